/**
 * The response headers every page must carry (public/_headers; docs/deploy.md for nginx).
 * Returns what is missing or wrong, as readable lines.
 */
export function securityHeaderProblems(headers: Record<string, string>): string[] {
  const expectations: [name: string, test: (value: string) => boolean, want: string][] = [
    [
      'content-security-policy',
      (v) => /frame-ancestors 'none'/.test(v) && !/unsafe-inline/.test(v),
      "frame-ancestors 'none', no 'unsafe-inline'",
    ],
    ['referrer-policy', (v) => v === 'no-referrer', 'no-referrer'],
    ['x-content-type-options', (v) => v === 'nosniff', 'nosniff'],
    ['permissions-policy', (v) => /(^|,\s*)geolocation=\(self\)/.test(v), 'geolocation=(self)'],
  ];
  return expectations
    .filter(([name, test]) => !test(headers[name] ?? ''))
    .map(([name, , want]) => `${name}: expected ${want}, got ${headers[name] ?? '(missing)'}`);
}
