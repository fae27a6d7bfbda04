/**
 * `npm run build` is the deploy command, so after Astro it checks what a reader
 * depends on in the finished site (tools/check-build.mjs): every page has its one
 * Content-Security-Policy, no internal link or file reference leads nowhere, and the
 * header policy was filled with our hashes. (The guard against inline code that is
 * not ours runs inside the build: src/integrations/page-csp.ts.)
 */
import { htmlToHast } from 'satteri';
import { HASH_PLACEHOLDERS } from '../../src/lib/build/csp';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Problems in one built page. `exists` says whether a site path is a built file. */
export function pageProblems(path: string, html: string, exists: (sitePath: string) => boolean): string[] {
  const problems: string[] = [];
  const tree = htmlToHast(html) as unknown as HastNode;
  let policies = 0;
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const props = node.properties ?? {};
      const tag = node.tagName ?? '';
      if (tag === 'meta' && String(props.httpEquiv ?? '').toLowerCase() === 'content-security-policy') policies++;
      const ref =
        tag === 'a' || tag === 'link' ? props.href : tag === 'img' || tag === 'script' ? props.src : undefined;
      if (typeof ref === 'string' && ref.startsWith('/') && !ref.startsWith('//')) {
        const target = new URL(ref, 'https://site.invalid').pathname;
        if (!exists(target)) problems.push(`${path}: <${tag}> points to ${ref}, which is not in the build`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  if (policies !== 1) problems.push(`${path}: has ${policies} Content-Security-Policy <meta> tags, not 1`);
  return problems;
}

/** Problems in the built `_headers` file. */
export function headersProblems(text: string | undefined): string[] {
  if (text === undefined) return ['_headers is missing from the build (it comes from public/_headers)'];
  const policy = /^\s+Content-Security-Policy:(.*)$/m.exec(text)?.[1] ?? '';
  if (!policy.includes("default-src 'self'"))
    return ["_headers has no Content-Security-Policy with default-src 'self'"];
  return Object.values(HASH_PLACEHOLDERS).some((p) => policy.includes(p))
    ? ['_headers still has the hash placeholders: the build did not fill them (src/integrations/page-csp.ts)']
    : [];
}
