/**
 * A Markdown/MDX file's front matter: `---`, the YAML (group 1), `---` at the start of
 * the file. The line break after the closing `---` is not part of the match, so a
 * caller that blanks the block keeps the lines of the body where they were.
 * @example FRONT_MATTER.exec('---\ntitle: x\n---\nBody')?.[1] // 'title: x'
 */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;
