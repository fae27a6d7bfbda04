/**
 * The hostile corpus (tests/fixtures/hostile/): content written as an attacker
 * would, one file each — scripts in any case, code in expressions and imports,
 * directives, handlers, styles, script URLs however encoded, raw HTML in Markdown,
 * YAML that would crash a reader, what the build would refuse, and code in public/.
 * Each is laid over the valid base tree and must be refused with exactly these
 * messages, files, lines and columns. docs/safety.md describes the threat model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../tools/content-check/index';
import { checkPublic } from '../../tools/content-check/public-files';
import { HOSTILE, hostileInput, hostileNames } from '../support/content-fixtures';

const messages = (name: string): string[] =>
  (name.startsWith('public/')
    ? checkPublic([{ path: name.slice('public/'.length), text: readFileSync(HOSTILE + name, 'utf8') }])
    : checkContent(hostileInput(name)).issues
  ).map((i) => formatIssue(i));

const EXPECTED: Record<string, string[]> = {
  'build-rejects/bell-character-in-description.mdx': [
    'error articles/en/base-article.mdx:3:16: This line has an invisible character (U+0007, control character). Readers cannot see it, but it can reverse or hide text, such as a phone number or a name. Delete it: retype the text around it.',
  ],
  'build-rejects/html-in-group-name.yaml': [
    'error groups/base-group.yaml:1 name: The meetings feed (groups.json, read by meeting-finder apps) would refuse this group, and the build would stop: name must be plain text (no HTML). Change the name field so it follows this rule.',
  ],
  'build-rejects/http-conference-url.yaml': [
    'error groups/base-group.yaml:14 conferenceUrl: The meetings feed (groups.json, read by meeting-finder apps) would refuse this group, and the build would stop: conference_url must be a full https:// address. Change the conferenceUrl field so it follows this rule.',
  ],
  'build-rejects/impossible-date.mdx': [
    'error articles/en/base-article.mdx:6 updated: 2026-02-30 is not a real date (that month has no such day), and the site would quietly show another day. Write a date that exists, as YYYY-MM-DD.',
  ],
  'build-rejects/index.mdx': [
    'error articles/en/index.mdx: "index" cannot be a file name here: the site uses that address for its own page, and the build would stop. Give the file a name that says what it is about, e.g. "coming-home".',
    'warning articles/en/index.mdx: There is no Malay version (articles/ms/index.mdx). Until there is, the Malay site shows this page in English, under a notice. See "Translate a page" in docs/editing.md.',
  ],
  'build-rejects/isolate-in-body-text.mdx': [
    'error articles/en/base-article.mdx:15:6: This line has an invisible character (U+2067, right-to-left isolate). Readers cannot see it, but it can reverse or hide text, such as a phone number or a name. Delete it: retype the text around it.',
  ],
  'build-rejects/meeting-ends-before-it-starts.yaml': [
    'error groups/base-group.yaml:11 schedule[1].end: The meeting ends (14:30) before it starts (16:00). Times are 24-hour: 2 in the afternoon is "14:00". Check both times.',
  ],
  'build-rejects/not-a-leap-year.mdx': [
    'error articles/en/base-article.mdx:7 reviewed.date: 2025-02-29 is not a real date (that month has no such day), and the site would quietly show another day. Write a date that exists, as YYYY-MM-DD.',
  ],
  'build-rejects/not-utf-8.mdx': [
    'error articles/en/base-article.mdx:15:4: This line has bytes that are not UTF-8 text (shown as �), so letters would come out wrong on the site. Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8) and retype the damaged letters.',
  ],
  'build-rejects/right-to-left-override-in-title.mdx': [
    'error articles/en/base-article.mdx:2:13: This line has an invisible character (U+202E, right-to-left override). Readers cannot see it, but it can reverse or hide text, such as a phone number or a name. Delete it: retype the text around it.',
  ],
  'build-rejects/unknown-helpline-id.mdx': [
    'error articles/en/base-article.mdx:15:1: There is no helpline with id "nope" in helplines.yaml. The ids are: talian-harapan, ambulance.',
  ],
  'build-rejects/zero-width-space-in-group-name.yaml': [
    'error groups/base-group.yaml:1:44: This line has an invisible character (U+200B, zero-width space). Readers cannot see it, but it can reverse or hide text, such as a phone number or a name. Delete it: retype the text around it.',
  ],
  'elements/base-href.mdx': [
    'error articles/en/base-article.mdx:15:1: <base> is not allowed in content. A <base> tag changes where every link on the page goes. Remove it.',
  ],
  'elements/button.mdx': [
    'error articles/en/base-article.mdx:15:1: <button> is not allowed in content. Buttons belong to the site, not to content. Write a link instead: [text](/en/help/).',
  ],
  'elements/component-in-small-letters.mdx': [
    'error articles/en/base-article.mdx:15:1: Write <Callout> with exactly these capital letters (you wrote <callout>).',
  ],
  'elements/dialog.mdx': [
    'error articles/en/base-article.mdx:15:1: <dialog> is not allowed in content. Pop-ups belong to the site, not to content. Remove it.',
  ],
  'elements/div-with-set-html.mdx': [
    'error articles/en/base-article.mdx:15:1: <div> is not an element content can use. Write it in Markdown (## heading, **bold**, [link](/en/help/)), or use one of: a, abbr, b, blockquote, br, caption, cite, code, dd, del, details, dl, dt, em, figcaption, figure, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, mark, ol, p, q, s, small, span, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, time, tr, u, ul.',
  ],
  'elements/embed.mdx': [
    'error articles/en/base-article.mdx:15:1: <embed> is not allowed in content. Embedded media loads from elsewhere. Link to it instead.',
  ],
  'elements/form.mdx': [
    'error articles/en/base-article.mdx:15:1: <form> is not allowed in content. Forms would send readers’ data somewhere. Remove it.',
    'error articles/en/base-article.mdx:15:38: <input> is not allowed in content. Forms would send readers’ data somewhere. Remove it.',
  ],
  'elements/fragment.mdx': [
    'error articles/en/base-article.mdx:15:1: An empty tag <> … </> is not something content can use. Remove the <> and </> and keep the text between them.',
  ],
  'elements/html-in-capitals.mdx': [
    'error articles/en/base-article.mdx:15:6: Write <em> in small letters (you wrote <Em>): with capitals MDX looks for a component.',
  ],
  'elements/iframe-upper-case.mdx': [
    'error articles/en/base-article.mdx:15:1: <IFRAME> is not allowed in content. An embedded frame loads another website on the reader’s device, which this site promises never to do. Link to the page instead.',
  ],
  'elements/inline-svg.mdx': [
    'error articles/en/base-article.mdx:15:1: <svg> is not allowed in content. Drawings written into the page can carry code. Save the drawing as a file in public/images/ and show it with ![description](/images/name.svg).',
    'error articles/en/base-article.mdx:15:6: <circle> is not an element content can use. Write it in Markdown (## heading, **bold**, [link](/en/help/)), or use one of: a, abbr, b, blockquote, br, caption, cite, code, dd, del, details, dl, dt, em, figcaption, figure, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, mark, ol, p, q, s, small, span, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, time, tr, u, ul.',
  ],
  'elements/link-stylesheet.mdx': [
    'error articles/en/base-article.mdx:15:1: <link> is not allowed in content. A <link> loads files from elsewhere into the page. Write a Markdown link instead: [text](https://…).',
  ],
  'elements/member-component.mdx': [
    'error articles/en/base-article.mdx:15:1: <Foo.Bar> is not a component you can use here. The components are: Callout, HelplineCard, Reflection, ContentNote (examples in docs/editing.md).',
  ],
  'elements/meta-refresh.mdx': [
    'error articles/en/base-article.mdx:15:1: <meta> is not allowed in content. A <meta> tag can send the reader to another website or change how the page is read. Remove it.',
  ],
  'elements/namespaced-element.mdx': [
    'error articles/en/base-article.mdx:15:1: <svg:script> is not a component you can use here. The components are: Callout, HelplineCard, Reflection, ContentNote (examples in docs/editing.md).',
  ],
  'elements/noscript.mdx': [
    'error articles/en/base-article.mdx:15:1: <noscript> is not allowed in content. Content cannot run scripts.',
  ],
  'elements/object.mdx': [
    'error articles/en/base-article.mdx:15:1: <object> is not allowed in content. Embedded objects load from elsewhere. Link to it instead.',
  ],
  'elements/script-after-a-line-that-is-not-a-fence.mdx': [
    'error articles/en/base-article.mdx:17:1: <script> is not allowed in content. Content cannot run scripts.',
  ],
  'elements/script-between-stray-backticks.mdx': [
    'error articles/en/base-article.mdx:17:1: <script> is not allowed in content. Content cannot run scripts.',
  ],
  'elements/script-lower-case.mdx': [
    'error articles/en/base-article.mdx:15:1: <script> is not allowed in content. Content cannot run scripts.',
  ],
  'elements/script-mixed-case.mdx': [
    'error articles/en/base-article.mdx:15:7: <sCript> is not allowed in content. Content cannot run scripts.',
  ],
  'elements/script-upper-case.mdx': [
    'error articles/en/base-article.mdx:15:1: <SCRIPT> is not allowed in content. Content cannot run scripts.',
  ],
  'elements/style-hiding-the-quick-exit.mdx': [
    'error articles/en/base-article.mdx:15:1: <sTyle> is not allowed in content. Styling belongs to the site’s design, not to a page (a style could hide the quick exit). Remove it.',
  ],
  'elements/template.mdx': [
    'error articles/en/base-article.mdx:15:1: <template> is not allowed in content. Content cannot run scripts.',
  ],
  'elements/unknown-html-element.mdx': [
    'error articles/en/base-article.mdx:15:1: <marquee> is not an element content can use. Write it in Markdown (## heading, **bold**, [link](/en/help/)), or use one of: a, abbr, b, blockquote, br, caption, cite, code, dd, del, details, dl, dt, em, figcaption, figure, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, mark, ol, p, q, s, small, span, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, time, tr, u, ul.',
  ],
  'elements/video.mdx': [
    'error articles/en/base-article.mdx:15:1: <video> is not allowed in content. Video and sound load from elsewhere and may play aloud. Link to them instead.',
  ],
  'expressions/class-on-span.mdx': [
    'error articles/en/base-article.mdx:15:6: <span> cannot have "class" in content. It may have: title, lang, dir.',
  ],
  'expressions/client-load-on-component.mdx': [
    'error articles/en/base-article.mdx:15:1: <Callout client:load> is a directive: it tells the build to turn text into HTML, or to run code in the reader’s browser. Content cannot use directives: remove client:load="…" and write the text between the tags.',
  ],
  'expressions/code-after-a-comment.mdx': [
    'error articles/en/base-article.mdx:15:1: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/comment-then-code.mdx': [
    'error articles/en/base-article.mdx:15:15: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/environment-in-attribute.mdx': [
    'error articles/en/base-article.mdx:15:1: <Callout title={…}> runs code to make its value. Write the value in quotes instead: title="…". Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/environment-in-text.mdx': [
    'error articles/en/base-article.mdx:15:7: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/export-read-file.mdx': [
    'error articles/en/base-article.mdx:15:1: A line starting with "import" or "export" is code, and the build would run it on the build computer. Content cannot bring in code: remove the line (the components Callout, HelplineCard, Reflection and ContentNote need no import). If the sentence really starts with that word, start it differently.',
  ],
  'expressions/expression-in-heading.mdx': [
    'error articles/en/base-article.mdx:15:10: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/expression-in-link-text.mdx': [
    'error articles/en/base-article.mdx:15:4: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/expression-inside-component.mdx': [
    'error articles/en/base-article.mdx:15:10: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/flow-expression.mdx': [
    'error articles/en/base-article.mdx:15:1: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'expressions/id-on-span.mdx': [
    'error articles/en/base-article.mdx:15:6: <span> cannot have "id" in content. It may have: title, lang, dir.',
  ],
  'expressions/import-exec-sync.mdx': [
    'error articles/en/base-article.mdx:15:1: A line starting with "import" or "export" is code, and the build would run it on the build computer. Content cannot bring in code: remove the line (the components Callout, HelplineCard, Reflection and ContentNote need no import). If the sentence really starts with that word, start it differently.',
  ],
  'expressions/import-fs.mdx': [
    'error articles/en/base-article.mdx:15:1: A line starting with "import" or "export" is code, and the build would run it on the build computer. Content cannot bring in code: remove the line (the components Callout, HelplineCard, Reflection and ContentNote need no import). If the sentence really starts with that word, start it differently.',
  ],
  'expressions/is-raw-on-p.mdx': [
    'error articles/en/base-article.mdx:15:1: <p is:raw> is a directive: it tells the build to turn text into HTML, or to run code in the reader’s browser. Content cannot use directives: remove is:raw="…" and write the text between the tags.',
  ],
  'expressions/onclick-on-span.mdx': [
    'error articles/en/base-article.mdx:15:6: <span onclick> runs code when the reader does something (on… attributes are event handlers). Remove it.',
  ],
  'expressions/onerror-mixed-case-on-img.mdx': [
    'error articles/en/base-article.mdx:15:1: <img onError> runs code when the reader does something (on… attributes are event handlers). Remove it.',
  ],
  'expressions/onmouseover-on-link.mdx': [
    'error articles/en/base-article.mdx:15:1: <a onmouseover> runs code when the reader does something (on… attributes are event handlers). Remove it.',
  ],
  'expressions/set-html-on-span.mdx': [
    'error articles/en/base-article.mdx:15:6: <span set:html> is a directive: it tells the build to turn text into HTML, or to run code in the reader’s browser. Content cannot use directives: remove set:html="…" and write the text between the tags.',
  ],
  'expressions/set-text-on-span.mdx': [
    'error articles/en/base-article.mdx:15:6: <span set:text> is a directive: it tells the build to turn text into HTML, or to run code in the reader’s browser. Content cannot use directives: remove set:text="…" and write the text between the tags.',
  ],
  'expressions/spread-attribute.mdx': [
    'error articles/en/base-article.mdx:15:1: <Callout {...globalThis}> runs code. Remove the curly-bracket part of the tag.',
  ],
  'expressions/style-attribute-hiding-text.mdx': [
    'error articles/en/base-article.mdx:15:1: <p style="…"> is not allowed: the site’s design decides how things look, and a style could hide the quick exit or the helplines. Remove it.',
  ],
  'expressions/style-attribute-on-component.mdx': [
    'error articles/en/base-article.mdx:15:1: <Callout style="…"> is not allowed: the site’s design decides how things look, and a style could hide the quick exit or the helplines. Remove it.',
  ],
  'markdown/comment-in-md.md': [
    'error articles/en/base-article.md:15:1: HTML tags in a .md file are copied into the page as they are, so they could run code or hide the quick exit. Write it in Markdown instead (**bold**, [link](/en/help/)), or rename the file to .mdx to use the components.',
  ],
  'markdown/img-onerror-in-md.md': [
    'error articles/en/base-article.md:15:1: HTML tags in a .md file are copied into the page as they are, so they could run code or hide the quick exit. Write it in Markdown instead (**bold**, [link](/en/help/)), or rename the file to .mdx to use the components.',
  ],
  'markdown/inline-style-in-md.md': [
    'error articles/en/base-article.md:15:6: HTML tags in a .md file are copied into the page as they are, so they could run code or hide the quick exit. Write it in Markdown instead (**bold**, [link](/en/help/)), or rename the file to .mdx to use the components.',
    'error articles/en/base-article.md:15:39: HTML tags in a .md file are copied into the page as they are, so they could run code or hide the quick exit. Write it in Markdown instead (**bold**, [link](/en/help/)), or rename the file to .mdx to use the components.',
  ],
  'markdown/javascript-autolink-in-md.md': [
    'error articles/en/base-article.md:15:1: The link "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'markdown/meta-refresh-in-md.md': [
    'error articles/en/base-article.md:15:1: HTML tags in a .md file are copied into the page as they are, so they could run code or hide the quick exit. Write it in Markdown instead (**bold**, [link](/en/help/)), or rename the file to .mdx to use the components.',
  ],
  'markdown/script-in-md.md': [
    'error articles/en/base-article.md:15:1: HTML tags in a .md file are copied into the page as they are, so they could run code or hide the quick exit. Write it in Markdown instead (**bold**, [link](/en/help/)), or rename the file to .mdx to use the components.',
  ],
  'public/page.html': [
    'error page.html: public/ is served from the site’s own address, so it holds only pictures, fonts, icons and documents (.svg .png .jpg .jpeg .webp .avif .gif .ico .woff2 .pdf .txt .webmanifest). A .html file could run as part of the site: remove it, or ask a maintainer.',
  ],
  'public/script.js': [
    'error script.js: public/ is served from the site’s own address, so it holds only pictures, fonts, icons and documents (.svg .png .jpg .jpeg .webp .avif .gif .ico .woff2 .pdf .txt .webmanifest). A .js file could run as part of the site: remove it, or ask a maintainer.',
  ],
  'public/svg-animate-href.svg': [
    'error svg-animate-href.svg:2:12: This SVG animates a link (attributeName="href"), which can turn it into code. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-entity.svg': [
    'error svg-entity.svg:2:1: This SVG defines its own entities (<!ENTITY …>), which can pull in other files. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-external-image.svg': [
    'error svg-external-image.svg:2:7: This SVG refers to something outside the file (href="https://evil.example/x.png"). A drawing here must be self-contained. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-foreign-object.svg': [
    'error svg-foreign-object.svg:2:1: This SVG has a <foreignObject>, which puts a web page inside the drawing. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-onload.svg': [
    'error svg-onload.svg:2:14: This SVG has an event handler (onload="…"), which would run code. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-script-upper-case.svg': [
    'error svg-script-upper-case.svg:2:1: This SVG has a <script>, which would run on the site’s own address. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-script.svg': [
    'error svg-script.svg:2:1: This SVG has a <script>, which would run on the site’s own address. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-style-import.svg': [
    'error svg-style-import.svg:2:1: This SVG’s <style> loads something from outside the file (@import or url(…)). Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'public/svg-xlink-javascript.svg': [
    'error svg-xlink-javascript.svg:2:3: This SVG refers to something outside the file (xlink:href="javascript:alert(1)"). A drawing here must be self-contained. Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.',
  ],
  'urls/backslash-protocol-relative-link.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "/\\\\evil.example/" starts with two slashes, so it leads to another website without saying https:. Write the full address (https://…), or a path on this site with one slash (/en/help/).',
  ],
  'urls/data-html-link.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "data:text/html;base64,PHNjcmlwdD4=" starts with "data:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/data-svg-image.mdx': [
    'error articles/en/base-article.mdx:15:1: The image address "data:image/svg+xml;base64,PHN2Zz4=" starts with "data:", which a browser would run or open as something other than a web page. A picture may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/file-link.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "file:///etc/passwd" starts with "file:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-href-entity-encoded.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-href-leading-space.mdx': [
    'error articles/en/base-article.mdx:15:1: The link " javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-href-split-by-tab.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "java\\tscript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-img-src.mdx': [
    'error articles/en/base-article.mdx:15:1: The image address "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A picture may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-link-entity-encoded.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-link-hex-entity.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-link-mixed-case.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "JaVaScRiPt:alert(1)" starts with "JaVaScRiPt:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-link-split-by-newline.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "java\\nscript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-link.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-quote-cite.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/javascript-reference-definition.mdx': [
    'error articles/en/base-article.mdx:17:1: The link "javascript:alert(1)" starts with "javascript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'urls/protocol-relative-image.mdx': [
    'error articles/en/base-article.mdx:15:1: The image address "//evil.example/bench.png" starts with two slashes, so it leads to another website without saying https:. Write the full address (https://…), or a path on this site with one slash (/en/help/).',
  ],
  'urls/protocol-relative-link.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "//evil.example/" starts with two slashes, so it leads to another website without saying https:. Write the full address (https://…), or a path on this site with one slash (/en/help/).',
  ],
  'urls/vbscript-link.mdx': [
    'error articles/en/base-article.mdx:15:1: The link "vbscript:msgbox(1)" starts with "vbscript:", which a browser would run or open as something other than a web page. A link may start only with https:, http:, mailto: or tel:, or be a path on this site such as /en/help/.',
  ],
  'yaml/alias-in-group-description.yaml': [
    'error groups/base-group.yaml:5:7: A value starting with * is read as a reference to another part of the file, so "*Penting" is not text. Wrap it in quotes: "*Penting".',
  ],
  'yaml/alias-in-list.yaml': [
    'error groups/base-group.yaml:12:13: A value starting with * is read as a reference to another part of the file, so "*lang" is not text. Wrap it in quotes: "*lang".',
  ],
  'yaml/anchor-and-alias.mdx': [
    'error articles/en/base-article.mdx:6:13: "&d" marks a value for reuse elsewhere in the file, which content files do not do. Write each value out in full; if the & belongs to the text, wrap the whole value in quotes.',
    'error articles/en/base-article.mdx:7:11: A value starting with * is read as a reference to another part of the file, so "*d" is not text. Wrap it in quotes: "*d".',
  ],
  'yaml/billion-laughs.yaml': [
    'error groups/base-group.yaml:21:7: "&a" marks a value for reuse elsewhere in the file, which content files do not do. Write each value out in full; if the & belongs to the text, wrap the whole value in quotes.',
    'error groups/base-group.yaml:22:7: "&b" marks a value for reuse elsewhere in the file, which content files do not do. Write each value out in full; if the & belongs to the text, wrap the whole value in quotes.',
    'error groups/base-group.yaml:22:8: A value starting with * is read as a reference to another part of the file, so "*a" is not text. Wrap it in quotes: "*a".',
    'error groups/base-group.yaml:22:12: A value starting with * is read as a reference to another part of the file, so "*a" is not text. Wrap it in quotes: "*a".',
    'error groups/base-group.yaml:23:5: A value starting with * is read as a reference to another part of the file, so "*b" is not text. Wrap it in quotes: "*b".',
    'error groups/base-group.yaml:23:9: A value starting with * is read as a reference to another part of the file, so "*b" is not text. Wrap it in quotes: "*b".',
  ],
  'yaml/binary-tag.yaml': [
    'error groups/base-group.yaml:19:18: "!!binary" asks the YAML reader to make a special kind of value, which content files do not use. Remove it; if the ! belongs to the text, wrap the whole value in quotes.',
  ],
  'yaml/constructor-key.mdx': [
    'error articles/en/base-article.mdx:13:1: "constructor" cannot be a field name: it has a special meaning to the programs that read this file. Remove it, or check its spelling.',
  ],
  'yaml/custom-tag.yaml': [
    'error groups/base-group.yaml:19:17: "!custom" asks the YAML reader to make a special kind of value, which content files do not use. Remove it; if the ! belongs to the text, wrap the whole value in quotes.',
  ],
  'yaml/js-function-tag.yaml': [
    'error groups/base-group.yaml:19:23: "!!js/function" asks the YAML reader to make a special kind of value, which content files do not use. Remove it; if the ! belongs to the text, wrap the whole value in quotes.',
  ],
  'yaml/list-as-field-name.yaml': [
    'error groups/base-group.yaml:21:3: A field name must be a word, not a list or a block. Check the line: it should read "field: value".',
  ],
  'yaml/merge-key.yaml': [
    'error groups/base-group.yaml:8:10: "&b" marks a value for reuse elsewhere in the file, which content files do not do. Write each value out in full; if the & belongs to the text, wrap the whole value in quotes.',
    'error groups/base-group.yaml:10:3: The key << copies fields from elsewhere in the file, which content files do not do. Write the fields out in full.',
    'error groups/base-group.yaml:10:7: A value starting with * is read as a reference to another part of the file, so "*b" is not text. Wrap it in quotes: "*b".',
  ],
  'yaml/proto-key.mdx': [
    'error articles/en/base-article.mdx:13:1: "__proto__" cannot be a field name: it has a special meaning to the programs that read this file. Remove it, or check its spelling.',
  ],
  'yaml/prototype-nested-key.yaml': [
    'error groups/base-group.yaml:16:3: "prototype" cannot be a field name: it has a special meaning to the programs that read this file. Remove it, or check its spelling.',
  ],
  'yaml/star-title-penting.mdx': [
    'error articles/en/base-article.mdx:2:8: A value starting with * is read as a reference to another part of the file, so "*Penting*" is not text. Wrap it in quotes: "*Penting*".',
  ],
};

describe('the hostile corpus', () => {
  it('has an expectation for every fixture, and at least 80 of them', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(hostileNames());
    expect(hostileNames().length).toBeGreaterThanOrEqual(80);
  });

  it.each(hostileNames())('refuses %s', (name) => {
    const found = messages(name);
    expect(found).toEqual(EXPECTED[name]);
    expect(found.some((m) => m.startsWith('error '))).toBe(true);
  });

  it('keeps the friendly message for "<3" and lets "a < b" through', () => {
    const body = (text: string) => ({
      ...hostileInput('elements/script-lower-case.mdx'),
      files: hostileInput('elements/script-lower-case.mdx').files.map((f) =>
        f.path === 'articles/en/base-article.mdx' ? { ...f, text: f.text!.replace(/<script>.*<\/script>/, text) } : f,
      ),
    });
    expect(checkContent(body('I <3 you')).issues.map((i) => formatIssue(i))).toEqual([
      'error articles/en/base-article.mdx:15:3: A "<" here looks like the start of a component, so the page cannot be built. Write &lt; instead, or use words ("less than"). For a web address, write a link: [the page name](https://…). (The MDX reader said: "Unexpected character after `<`, expected a valid JSX tag".)',
    ]);
    expect(checkContent(body('When a < b, stop.')).issues).toEqual([]);
  });
});
