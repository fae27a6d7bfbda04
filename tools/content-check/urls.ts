/**
 * Which addresses content may link to or show: `https:`, `http:`, `mailto:`, `tel:`,
 * or a path on this site. Read the way a browser reads them — character references
 * already decoded by the parser, tabs, line breaks and control characters dropped,
 * `\` taken as `/` — so `java&#10;script:` or `/\evil.example` cannot slip through.
 */

const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'];

/** What a browser drops from an address: control characters and spaces of every kind. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const DROPPED = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/** The address as a browser resolves it: no control characters or spaces, backslashes as slashes. */
export function browserView(url: string): string {
  return url.replace(DROPPED, '').replace(/\\/g, '/');
}

/** Why an address may not be used, or undefined when it may. */
export function unsafeUrlMessage(url: string, what: 'link' | 'image'): string | undefined {
  const seen = browserView(url);
  const shown = JSON.stringify(url.length > 50 ? `${url.slice(0, 47)}…` : url);
  const noun = what === 'image' ? 'image address' : 'link';
  if (seen.startsWith('//')) {
    return `The ${noun} ${shown} starts with two slashes, so it leads to another website without saying https:. Write the full address (https://…), or a path on this site with one slash (/en/help/).`;
  }
  const scheme = /^([^/?#]*?):/.exec(seen)?.[1];
  if (scheme !== undefined && !ALLOWED_SCHEMES.includes(scheme.toLowerCase())) {
    return `The ${noun} ${shown} starts with "${scheme}:", which a browser would run or open as something other than a web page. A ${what === 'image' ? 'picture' : 'link'} may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.`;
  }
  return undefined;
}
