// @ts-check
/**
 * The MDX syntax check of `npm run check:content`: the same compiler `astro build`
 * uses (satteri, through @astrojs/mdx), so an error found here is exactly the one
 * the build would stop on — but reported with the file's own line number.
 */
import { mdxToJs } from 'satteri';

/** The first syntax error in an MDX body, as { line, message }, or undefined. */
export function mdxSyntax(body) {
  try {
    mdxToJs(body);
    return undefined;
  } catch (error) {
    const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(String(error?.message ?? error));
    return match
      ? { line: Number(match[1]), message: match[3].split('\n')[0] }
      : { line: 1, message: String(error?.message ?? error) };
  }
}
