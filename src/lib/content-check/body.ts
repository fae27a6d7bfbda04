/**
 * Checks on the text of an `.mdx`/`.md` file (below the front matter): images
 * without a description, components and their props, things MDX cannot read, and
 * the links and helpline ids that are checked against the whole site later.
 * A light scanner rather than a full MDX parser: it skips code and comments,
 * and knows where every match is, which is what an editor needs.
 */
import { MDX_COMPONENTS } from '../mdx-components';
import type { Issue } from './issues';
import { didYouMean } from './suggest';

export interface Found {
  value: string;
  line: number;
}

export interface BodyFindings {
  issues: Issue[];
  /** Every link target (`[text](/en/help/)`, `<a href>`), for the site-wide link check. */
  links: Found[];
  /** Every image source, for the file-exists check. */
  images: Found[];
  /** Every `<HelplineCard id>`, checked against content/helplines.yaml. */
  helplines: Found[];
}

/** Replaces code blocks, inline code and `{/* … *\/}` comments with spaces, keeping every line break. */
export function blankCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let inFence: string | undefined;
  const lines = body.split('\n').map((line) => {
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (inFence) {
      if (fence && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = undefined;
      return blank(line);
    }
    if (fence) {
      inFence = fence;
      return blank(line);
    }
    return line;
  });
  return lines
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
}

type Attribute = { kind: 'text'; value: string } | { kind: 'code'; value: string } | { kind: 'flag' };

interface Tag {
  name: string;
  attributes: Map<string, Attribute>;
  /** Index just after the closing `>`. */
  end: number;
}

/** Reads `<Name a="x" b={y} c>` starting at the `<`. Undefined when it is not a tag. */
export function readTag(text: string, start: number): Tag | undefined {
  const name = /^<([A-Za-z][\w.]*)/.exec(text.slice(start))?.[1];
  if (!name) return undefined;
  const attributes = new Map<string, Attribute>();
  let i = start + 1 + name.length;
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] === '>') return { name, attributes, end: i + 1 };
    if (text.startsWith('/>', i)) return { name, attributes, end: i + 2 };
    const attr = /^[^\s=/>]+/.exec(text.slice(i))?.[0];
    if (!attr) return undefined;
    i += attr.length;
    while (text[i] === ' ') i++;
    if (text[i] !== '=') {
      attributes.set(attr, { kind: 'flag' });
      continue;
    }
    i++;
    while (text[i] === ' ') i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return undefined;
      attributes.set(attr, { kind: 'text', value: text.slice(i + 1, close) });
      i = close + 1;
    } else if (quote === '{') {
      let depth = 0;
      const from = i;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        if (text[i] === '}' && --depth === 0) break;
      }
      attributes.set(attr, { kind: 'code', value: text.slice(from + 1, i) });
      i++;
    } else {
      const bare = /^[^\s>]+/.exec(text.slice(i))?.[0] ?? '';
      attributes.set(attr, { kind: 'text', value: bare });
      i += bare.length;
    }
  }
  return undefined;
}

/** Names brought in by `import X from '…'` or `import { X } from '…'` lines. */
function importedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/^import\s+([\s\S]*?)\s+from\s+['"][^'"]+['"];?\s*$/gm)) {
    for (const name of m[1]!.replace(/[{}]/g, ',').split(',')) {
      const local = name
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (local) names.add(local);
    }
  }
  return names;
}

/** Elements that would load something from elsewhere or run code: not for content. */
const FORBIDDEN_TAGS: Record<string, string> = {
  script: 'Content cannot run scripts.',
  iframe:
    'An embedded frame loads another website on the reader’s device, which this site promises never to do. Link to the page instead.',
  embed: 'Embedded media loads from elsewhere. Link to it instead.',
  object: 'Embedded objects load from elsewhere. Link to it instead.',
  style: 'Styling belongs to the site’s design, not to a page. Remove it.',
  form: 'Forms would send readers’ data somewhere. Remove it.',
};

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

/**
 * Scans the body of one content file. `bodyLine` is the file line the body starts on;
 * `components` is false where the page does not provide the editor components.
 */
export function scanBody(file: string, body: string, bodyLine: number, mdx: boolean, components = true): BodyFindings {
  const text = blankCode(body);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return bodyLine + lo;
  };
  const findings: BodyFindings = { issues: [], links: [], images: [], helplines: [] };
  const error = (index: number, message: string) =>
    findings.issues.push({ severity: 'error', file, line: lineOf(index), message });
  const warn = (index: number, message: string) =>
    findings.issues.push({ severity: 'warning', file, line: lineOf(index), message });

  const checkImage = (index: number, src: string) => {
    findings.images.push({ value: src, line: lineOf(index) });
    if (EXTERNAL.test(src)) {
      error(
        index,
        `This image loads from another website (${src}), so every reader’s device would contact that website. Save the image in public/images/ and write its path, e.g. /images/name.svg.`,
      );
    }
  };

  // Markdown images: ![description](src)
  for (const m of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^\s)>]*)/g)) {
    if (m[1]!.trim() === '') {
      error(
        m.index,
        'This image has no description (alt text). Write what it shows between the square brackets, e.g. ![Two friends talking on a bench](/images/bench.svg). Readers who cannot see the image hear this text.',
      );
    }
    checkImage(m.index, m[2]!);
  }

  // Markdown links: [text](href), not images
  for (const m of text.matchAll(/(?<!!)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^\s)>]*)/g)) {
    findings.links.push({ value: m[2]!, line: lineOf(m.index) });
    const label = m[1]!.replace(/[*_`]/g, '').trim().toLowerCase();
    if (VAGUE_LINK_TEXT.has(label)) {
      warn(
        m.index,
        `The link text "${m[1]!.trim()}" does not say where it goes. Use words that make sense on their own, e.g. [how to join a family group](…).`,
      );
    }
  }
  // Reference-style link definitions: [name]: /en/help/
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    findings.links.push({ value: m[1]!, line: lineOf(m.index) });
  }

  const imported = importedNames(text);
  // Text outside tags and import lines, for the curly-bracket check below.
  let prose = text.replace(/^(import|export)\s.*$/gm, (line) => line.replace(/[^\n]/g, ' '));
  for (const m of text.matchAll(/<([A-Za-z][\w.]*)/g)) {
    const tag = readTag(text, m.index);
    if (!tag) continue;
    prose = prose.slice(0, m.index) + prose.slice(m.index, tag.end).replace(/[^\n]/g, ' ') + prose.slice(tag.end);
    const { name, attributes } = tag;
    const attr = (key: string) => {
      const a = attributes.get(key);
      return a && a.kind !== 'flag' ? a : undefined;
    };
    const lower = name.toLowerCase();
    if (lower === 'img') {
      const alt = attr('alt');
      if (!alt || (alt.kind === 'text' && alt.value.trim() === '')) {
        error(
          m.index,
          'This <img> has no description (alt text). Add alt="…" saying what the image shows, e.g. <img src="/images/bench.svg" alt="Two friends talking on a bench" />.',
        );
      }
      const src = attr('src');
      if (src?.kind === 'text') checkImage(m.index, src.value);
    } else if (lower === 'a') {
      const href = attr('href');
      if (href?.kind === 'text') findings.links.push({ value: href.value, line: lineOf(m.index) });
    } else if (FORBIDDEN_TAGS[lower] && name === lower) {
      error(m.index, `<${name}> is not allowed in content. ${FORBIDDEN_TAGS[lower]}`);
    } else if (/^[A-Z]/.test(name)) {
      const rule = components ? MDX_COMPONENTS[name] : undefined;
      if (!components && !imported.has(name.split('.')[0]!)) {
        error(
          m.index,
          `<${name}> cannot be used here: the components (${Object.keys(MDX_COMPONENTS).join(', ')}) work only in the .mdx files of articles and stories.`,
        );
        continue;
      }
      if (!rule) {
        if (!imported.has(name.split('.')[0]!)) {
          const available = Object.keys(MDX_COMPONENTS);
          error(
            m.index,
            `<${name}> is not a component you can use here.${didYouMean(name, available)} The components are: ${available.join(', ')} (examples in docs/editing.md).`,
          );
        }
        continue;
      }
      for (const [prop, propRule] of Object.entries(rule.props)) {
        const value = attr(prop);
        if (propRule.required && (!value || (value.kind === 'text' && value.value.trim() === ''))) {
          error(m.index, `<${name}> needs ${prop}="…", e.g. ${rule.example}`);
        }
        if (value?.kind === 'text' && propRule.values && !propRule.values.includes(value.value)) {
          error(
            m.index,
            `<${name} ${prop}="${value.value}"> is not allowed; use one of: ${propRule.values.join(', ')}.${didYouMean(value.value, propRule.values)}`,
          );
        }
      }
      for (const prop of attributes.keys()) {
        if (!(prop in rule.props)) {
          const known = Object.keys(rule.props);
          error(
            m.index,
            `<${name}> has no "${prop}" setting.${didYouMean(prop, known)} ${known.length ? `It takes: ${known.join(', ')}.` : 'It takes none: write the text between <' + name + '> and </' + name + '>.'}`,
          );
        }
      }
      const id = attr('id');
      if (name === 'HelplineCard' && id?.kind === 'text' && id.value.trim() !== '') {
        findings.helplines.push({ value: id.value.trim(), line: lineOf(m.index) });
      }
    }
  }
  if (mdx) {
    for (const m of prose.matchAll(/(?<!\\)[{}]/g)) {
      error(
        m.index,
        'Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
      );
      break;
    }
  }
  return findings;
}

/** Where the MDX compiler stopped, and why (its own words). */
export interface MdxSyntaxError {
  line: number;
  message: string;
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
    message: `${plain} (The MDX reader said: "${compiler}".)`,
  };
}
