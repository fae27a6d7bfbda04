/**
 * Checks on the text of an `.mdx`/`.md` file (below the front matter), decided from
 * the syntax tree of the parser the build itself uses (satteri, through @astrojs/mdx),
 * never from patterns on the text: what the tree says is a tag, an expression or a
 * link is exactly what the build would turn into one.
 *
 * Content is data, never code. So the tree may hold Markdown, the editor components
 * (src/lib/content/mdx-components.ts) and a short allow-list of harmless HTML elements
 * (tools/content-check/allowed-html.ts); everything else is refused with the file,
 * line and column, what was found and what to write instead: `import`/`export`,
 * expressions, directives (`set:html`, `client:load`…), `on*` handlers, `style`,
 * raw HTML in `.md`, and links that are not `https:`/`http:`/`mailto:`/`tel:` or a
 * path on this site.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { MDX_COMPONENTS } from '../../src/lib/content/mdx-components';
import { ALLOWED_HTML, GLOBAL_ATTRIBUTES, REFUSED_ELEMENTS, URL_ATTRIBUTES } from './allowed-html';
import type { Issue } from './issues';
import { didYouMean } from './suggest';
import { unsafeUrlMessage } from './urls';

export interface Found {
  value: string;
  line: number;
  column?: number | undefined;
}

export interface BodyFindings {
  issues: Issue[];
  /** Every link target (`[text](/en/help/)`, `<a href>`), for the site-wide link check. */
  links: Found[];
  /** Every image source, for the file-exists check. */
  images: Found[];
  /** Every `<HelplineCard id>`, checked against content/helplines.yaml. */
  helplines: Found[];
  /** True when the build's parser could not read the body (its error is in `issues`). */
  unreadable?: boolean;
}

/** The part of an mdast node this check reads (satteri's tree, positions included). */
interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  url?: string;
  alt?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

type Attribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** Where the MDX compiler stopped, and why (its own words). */
export interface MdxSyntaxError {
  line: number;
  column?: number | undefined;
  message: string;
}

/** Link text that says nothing out of context (screen-reader users often list links alone). */
const VAGUE_LINK_TEXT = new Set([
  'here',
  'click here',
  'this',
  'link',
  'this link',
  'read more',
  'more',
  'sini',
  'di sini',
  'klik sini',
  'klik di sini',
  'pautan ini',
  'baca lagi',
]);

const EXTERNAL = /^(https?:)?\/\//i;

/** An `{…}` that holds only one `/* … *\/` comment: the way docs/editing.md tells editors to leave a note. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

export const CURLY_MESSAGE =
  'Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.';

const ESM_MESSAGE =
  'A line starting with "import" or "export" is code, and the build would run it on the build computer. Content cannot bring in code: remove the line (the components Callout, HelplineCard, Reflection and ContentNote need no import). If the sentence really starts with that word, start it differently.';

/** Reads a body with the build's parser. Throws the parser's own error on text it cannot read. */
export function parseBody(body: string, mdx: boolean): Node {
  return (mdx ? mdxToMdast(body) : markdownToMdast(body)) as unknown as Node;
}

/** The parser's error as { line, column, message } (its message starts with "line:column: "). */
export function syntaxErrorOf(error: unknown): MdxSyntaxError {
  const text = String((error as { message?: unknown } | null)?.message ?? error);
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(text);
  return match
    ? { line: Number(match[1]), column: Number(match[2]), message: match[3]!.split('\n')[0]! }
    : { line: 1, message: text.split('\n')[0]! };
}

/** The plain text inside a node (link labels, for the vague-link check). */
function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** A value short enough to quote in a message, with invisible characters shown as spaces. */
function quoted(value: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
}

/**
 * Scans the body of one content file. `bodyLine` is the file line the body starts on;
 * `components` is false where the page does not provide the editor components.
 */
export function scanBody(file: string, body: string, bodyLine: number, mdx: boolean, components = true): BodyFindings {
  const findings: BodyFindings = { issues: [], links: [], images: [], helplines: [] };
  let tree: Node;
  try {
    tree = parseBody(body, mdx);
  } catch (error) {
    findings.issues.push(mdxSyntaxIssue(file, bodyLine, syntaxErrorOf(error)));
    findings.unreadable = true;
    return findings;
  }
  const where = (node: Node) => ({
    line: bodyLine + (node.position?.start.line ?? 1) - 1,
    column: node.position?.start.column,
  });
  const error = (node: Node, message: string) =>
    findings.issues.push({ severity: 'error', file, ...where(node), message });
  const warn = (node: Node, message: string) =>
    findings.issues.push({ severity: 'warning', file, ...where(node), message });

  /** A link or image address: refused when it is not a web, mail or phone address or a path here. */
  const safeUrl = (node: Node, url: string, what: 'link' | 'image'): boolean => {
    const problem = unsafeUrlMessage(url, what);
    if (problem) error(node, problem);
    return !problem;
  };

  const checkImage = (node: Node, src: string) => {
    if (!safeUrl(node, src, 'image')) return;
    findings.images.push({ value: src, ...where(node) });
    if (EXTERNAL.test(src.trim())) {
      error(
        node,
        `This image loads from another website (${quoted(src)}), so every reader’s device would contact that website. Save the image in public/images/ and write its path, e.g. /images/name.svg.`,
      );
    }
  };

  const checkLinkUrl = (node: Node, href: string) => {
    if (safeUrl(node, href, 'link')) findings.links.push({ value: href, ...where(node) });
  };

  const checkElement = (node: Node) => {
    const name = node.name;
    if (!name) {
      error(
        node,
        'An empty tag <> … </> is not something content can use. Remove the <> and </> and keep the text between them.',
      );
      return;
    }
    const lower = name.toLowerCase();
    const component = Object.keys(MDX_COMPONENTS).find((c) => c.toLowerCase() === lower);
    const attributes = node.attributes ?? [];

    // What can never be in content, whatever the capitalisation (<sCript> is <script>).
    const refused = REFUSED_ELEMENTS[lower];
    if (refused) {
      error(node, `<${name}> is not allowed in content. ${refused}`);
      return;
    }
    if (component) {
      if (name !== component) {
        error(node, `Write <${component}> with exactly these capital letters (you wrote <${name}>).`);
        return;
      }
      checkComponent(node, component, attributes);
      return;
    }
    const allowed = ALLOWED_HTML[lower];
    if (!allowed || /[.:]/.test(name)) {
      if (/^[A-Z]/.test(name) || /[.:]/.test(name)) {
        const available = Object.keys(MDX_COMPONENTS);
        error(
          node,
          `<${name}> is not a component you can use here.${didYouMean(name, available)} The components are: ${available.join(', ')} (examples in docs/editing.md).`,
        );
      } else {
        error(
          node,
          `<${name}> is not an element content can use. Write it in Markdown (## heading, **bold**, [link](/en/help/)), or use one of: ${Object.keys(ALLOWED_HTML).join(', ')}.`,
        );
      }
      return;
    }
    if (name !== lower) {
      error(node, `Write <${lower}> in small letters (you wrote <${name}>): with capitals MDX looks for a component.`);
      return;
    }
    const values = new Map<string, string>();
    for (const attribute of attributes) {
      const value = attributeValue(node, name, attribute);
      if (value === undefined) continue;
      const key = attribute.type === 'mdxJsxAttribute' ? attribute.name : '';
      if (!allowed.includes(key) && !GLOBAL_ATTRIBUTES.includes(key)) {
        const known = [...allowed, ...GLOBAL_ATTRIBUTES];
        error(
          node,
          `<${name}> cannot have "${key}" in content.${didYouMean(key, known)} It may have: ${known.join(', ')}.`,
        );
        continue;
      }
      values.set(key, value);
    }
    for (const key of URL_ATTRIBUTES) {
      const value = values.get(key);
      if (value === undefined) continue;
      if (lower === 'img' && key === 'src') checkImage(node, value);
      else if (lower === 'a' && key === 'href') checkLinkUrl(node, value);
      else safeUrl(node, value, 'link');
    }
    if (lower === 'img' && (values.get('alt') ?? '').trim() === '') {
      error(
        node,
        'This <img> has no description (alt text). Add alt="…" saying what the image shows, e.g. <img src="/images/bench.svg" alt="Two friends talking on a bench" />.',
      );
    }
  };

  /**
   * An attribute's text, or undefined (with an error) when it is code or a directive:
   * `{…}` values and spreads, `set:html` and other `name:value` directives, `on*` handlers, `style`.
   */
  const attributeValue = (node: Node, tag: string, attribute: Attribute): string | undefined => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      error(node, `<${tag} {${quoted(attribute.value)}}> runs code. Remove the curly-bracket part of the tag.`);
      return undefined;
    }
    const key = attribute.name;
    if (key.includes(':')) {
      error(
        node,
        `<${tag} ${key}> is a directive: it tells the build to turn text into HTML, or to run code in the reader’s browser. Content cannot use directives: remove ${key}="…" and write the text between the tags.`,
      );
      return undefined;
    }
    if (/^on/i.test(key)) {
      error(
        node,
        `<${tag} ${key}> runs code when the reader does something (on… attributes are event handlers). Remove it.`,
      );
      return undefined;
    }
    if (key.toLowerCase() === 'style') {
      error(
        node,
        `<${tag} style="…"> is not allowed: the site’s design decides how things look, and a style could hide the quick exit or the helplines. Remove it.`,
      );
      return undefined;
    }
    const value = attribute.value;
    if (value !== null && typeof value === 'object') {
      error(
        node,
        `<${tag} ${key}={…}> runs code to make its value. Write the value in quotes instead: ${key}="…". ${CURLY_MESSAGE}`,
      );
      return undefined;
    }
    return value ?? '';
  };

  const checkComponent = (node: Node, name: string, attributes: Attribute[]) => {
    const rule = MDX_COMPONENTS[name]!;
    if (!components) {
      error(
        node,
        `<${name}> cannot be used here: the components (${Object.keys(MDX_COMPONENTS).join(', ')}) work only in the .mdx files of articles and stories.`,
      );
      return;
    }
    const values = new Map<string, string>();
    for (const attribute of attributes) {
      const value = attributeValue(node, name, attribute);
      if (value === undefined || attribute.type !== 'mdxJsxAttribute') continue;
      const prop = attribute.name;
      if (!(prop in rule.props)) {
        const known = Object.keys(rule.props);
        error(
          node,
          `<${name}> has no "${prop}" setting.${didYouMean(prop, known)} ${known.length ? `It takes: ${known.join(', ')}.` : 'It takes none: write the text between <' + name + '> and </' + name + '>.'}`,
        );
        continue;
      }
      values.set(prop, value);
    }
    for (const [prop, propRule] of Object.entries(rule.props)) {
      const value = values.get(prop);
      if (propRule.required && (value === undefined || value.trim() === '')) {
        error(node, `<${name}> needs ${prop}="…", e.g. ${rule.example}`);
      }
      if (value !== undefined && propRule.values && !propRule.values.includes(value)) {
        error(
          node,
          `<${name} ${prop}="${quoted(value)}"> is not allowed; use one of: ${propRule.values.join(', ')}.${didYouMean(value, propRule.values)}`,
        );
      }
    }
    const id = values.get('id');
    if (name === 'HelplineCard' && id !== undefined && id.trim() !== '') {
      findings.helplines.push({ value: id.trim(), ...where(node) });
    }
  };

  const visit = (node: Node): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        error(node, ESM_MESSAGE);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(String(node.value ?? ''))) error(node, CURLY_MESSAGE);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'html':
        error(
          node,
          'HTML tags in a .md file are copied into the page as they are, so they could run code or hide the quick exit. Write it in Markdown instead (**bold**, [link](/en/help/)), or rename the file to .mdx to use the components.',
        );
        return;
      case 'image': {
        if ((node.alt ?? '').trim() === '') {
          error(
            node,
            'This image has no description (alt text). Write what it shows between the square brackets, e.g. ![Two friends talking on a bench](/images/bench.svg). Readers who cannot see the image hear this text.',
          );
        }
        checkImage(node, node.url ?? '');
        return;
      }
      case 'link': {
        checkLinkUrl(node, node.url ?? '');
        const label = textOf(node).trim().toLowerCase();
        if (VAGUE_LINK_TEXT.has(label)) {
          warn(
            node,
            `The link text "${textOf(node).trim()}" does not say where it goes. Use words that make sense on their own, e.g. [how to join a family group](…).`,
          );
        }
        break;
      }
      case 'definition':
        checkLinkUrl(node, node.url ?? '');
        return;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}

/** The compiler's complaint, in words an editor can act on; the compiler's text follows in brackets. */
export function mdxSyntaxIssue(file: string, bodyLine: number, error: MdxSyntaxError): Issue {
  const closing = /Expected a closing tag for `<([^>]+)>`/.exec(error.message);
  let plain: string;
  if (/note: to create a comment in MDX/.test(error.message)) {
    plain =
      'MDX files cannot contain <!-- … --> comments. Write a note for other editors as {/* your note */} instead.';
  } else if (/Unexpected character after `<`/.test(error.message)) {
    plain =
      'A "<" here looks like the start of a component, so the page cannot be built. Write &lt; instead, or use words ("less than"). For a web address, write a link: [the page name](https://…).';
  } else if (closing?.[1] === 'br') {
    plain = 'MDX needs <br /> (with a slash), not <br>. Or leave an empty line to start a new paragraph.';
  } else if (closing) {
    plain = `The tag <${closing[1]}> is never closed. Add </${closing[1]}> after its text, or write <${closing[1]} /> when it has no text inside.`;
  } else if (/expression|brace/i.test(error.message)) {
    plain = CURLY_MESSAGE;
  } else {
    plain = 'The MDX text cannot be read here. Compare it with a file that works, or remove what you added last.';
  }
  // The compiler's words without its code, its note (said above, in plain words) and body-relative positions.
  const withoutCode = error.message.replace(/\s*\(mdx[^)]*\)\s*$/, '');
  const note = withoutCode.indexOf(' (note:');
  const compiler = (note === -1 ? withoutCode : withoutCode.slice(0, note)).replace(/\s*\(\d+:\d+\)/g, '');
  return {
    severity: 'error',
    file,
    line: bodyLine + error.line - 1,
    column: error.column,
    message: `${plain} (The MDX reader said: "${compiler}".)`,
  };
}
