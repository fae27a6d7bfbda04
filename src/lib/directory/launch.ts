/**
 * The launch rule for sample groups: a build for a real address must not publish
 * invented groups by accident. Example domains (RFC 2606) and local addresses are
 * not real; anything else is. `SAMPLE_GROUPS=show` publishes them on purpose
 * (a preview of the real domain before real groups are in).
 */

/** True for reserved example domains and local addresses: builds that are not a launch. */
export function isExampleAddress(site: URL | string | undefined): boolean {
  if (!site) return true;
  const host = new URL(site).hostname.toLowerCase();
  return (
    /(^|\.)example(\.(com|net|org))?$/.test(host) ||
    /\.(test|example|invalid|localhost)$/.test(host) ||
    host === 'localhost' ||
    host === '127.0.0.1' ||
    host === '[::1]'
  );
}

/**
 * The message that stops the build, or `undefined` when it may go on.
 * @example sampleGroupsProblem('https://rakanpulih.bn', ['a'], undefined) // 'Refusing to publish 1 sample group …'
 */
export function sampleGroupsProblem(
  site: URL | string | undefined,
  sampleIds: readonly string[],
  setting: string | undefined,
): string | undefined {
  if (sampleIds.length === 0 || isExampleAddress(site) || setting === 'show') return undefined;
  const shown = sampleIds.slice(0, 5).join(', ') + (sampleIds.length > 5 ? ', …' : '');
  return [
    `Refusing to publish ${sampleIds.length} sample group${sampleIds.length === 1 ? '' : 's'} (${shown}) on ${new URL(site!).origin}.`,
    'Sample groups are invented; a site at a real address must not list them.',
    'Replace them with checked groups (sample: false), or delete them, before launch (docs/editing.md, "Before launch").',
    'To publish them on purpose, e.g. for a preview, build with SAMPLE_GROUPS=show.',
  ].join('\n');
}
