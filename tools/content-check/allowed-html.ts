/**
 * The HTML elements content may use in `.mdx`, and what each may carry: text
 * formatting only. Everything not listed is refused (compared in small letters,
 * so `<sCript>` is `<script>`). docs/editing.md and docs/safety.md show the list.
 */

/** Element → the attributes it may have (besides GLOBAL_ATTRIBUTES). */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  details: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};

/** Attributes any allowed element may have. (No `id` or `class`: they could stand in for the site's own.) */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** Attributes holding an address, checked like a link. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/** Elements that run code, load from elsewhere or reshape the page, with the reason an editor reads. */
export const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'Content cannot run scripts.',
  noscript: 'Content cannot run scripts.',
  template: 'Content cannot run scripts.',
  iframe:
    'An embedded frame loads another website on the reader’s device, which this site promises never to do. Link to the page instead.',
  frame: 'Frames load another website. Link to the page instead.',
  frameset: 'Frames load another website. Link to the page instead.',
  portal: 'Portals load another website. Link to the page instead.',
  embed: 'Embedded media loads from elsewhere. Link to it instead.',
  object: 'Embedded objects load from elsewhere. Link to it instead.',
  applet: 'Embedded objects load from elsewhere. Link to it instead.',
  video: 'Video and sound load from elsewhere and may play aloud. Link to them instead.',
  audio: 'Video and sound load from elsewhere and may play aloud. Link to them instead.',
  source: 'Video and sound load from elsewhere and may play aloud. Link to them instead.',
  track: 'Video and sound load from elsewhere and may play aloud. Link to them instead.',
  style: 'Styling belongs to the site’s design, not to a page (a style could hide the quick exit). Remove it.',
  link: 'A <link> loads files from elsewhere into the page. Write a Markdown link instead: [text](https://…).',
  meta: 'A <meta> tag can send the reader to another website or change how the page is read. Remove it.',
  base: 'A <base> tag changes where every link on the page goes. Remove it.',
  form: 'Forms would send readers’ data somewhere. Remove it.',
  input: 'Forms would send readers’ data somewhere. Remove it.',
  button: 'Buttons belong to the site, not to content. Write a link instead: [text](/en/help/).',
  textarea: 'Forms would send readers’ data somewhere. Remove it.',
  select: 'Forms would send readers’ data somewhere. Remove it.',
  svg: 'Drawings written into the page can carry code. Save the drawing as a file in public/images/ and show it with ![description](/images/name.svg).',
  math: 'Formulas written as markup are not supported. Write them in words.',
  html: 'Content is the middle of a page, not a whole page. Remove it.',
  head: 'Content is the middle of a page, not a whole page. Remove it.',
  body: 'Content is the middle of a page, not a whole page. Remove it.',
  title: 'The page title comes from title: in the front matter. Remove it.',
  dialog: 'Pop-ups belong to the site, not to content. Remove it.',
};
