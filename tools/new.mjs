#!/usr/bin/env node
// @ts-check
/**
 * npm run new -- story|article|group [--locale ms|en] [--section learn] [--slug name] "Title"
 *
 * Starts a new entry in content/ (or CONTENT_DIR) from a template: every field a
 * placeholder with a comment saying what to write. Articles and stories get both
 * languages (the second an untranslated draft). Never overwrites a file.
 */
import './lib/ts-hooks.mjs';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, shownPath } from './lib/content-files.mjs';

const { ENTRY_KINDS, planNewEntry, todayInBrunei } = await import('./lib/new-entry.ts');
const { SECTIONS } = await import('../src/lib/content/schemas.ts');
const { LOCALES, DEFAULT_LOCALE } = await import('../src/i18n/locales.ts');

const USAGE = `Usage: npm run new -- story|article|group [--locale ms|en] [--section ${SECTIONS.join('|')}] [--slug file-name] "Title"

  story     a recovery story, in content/stories/ms/ and content/stories/en/
  article   an article, in content/articles/ms/ and content/articles/en/ (--section: default learn)
  group     a support group, content/groups/<name>.yaml (both languages in one file)

  --locale  the language the title is written in (default ${DEFAULT_LOCALE})
  --slug    the file name and page address (default: made from the title)

Example: npm run new -- story --locale en "Coming home after Ramadan"`;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      locale: { type: 'string', default: DEFAULT_LOCALE },
      section: { type: 'string' },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [kind, ...words] = positionals;
const title = words.join(' ').trim();
/** @type {(value: unknown) => value is import('./lib/new-entry.ts').EntryKind} */
const isKind = (value) => ENTRY_KINDS.some((k) => k === value);
/** @type {(value: unknown) => value is import('../src/i18n/locales.ts').Locale} */
const isLocale = (value) => LOCALES.some((l) => l === value);
/** @type {(value: unknown) => value is import('../src/lib/content/schemas.ts').Section} */
const isSection = (value) => SECTIONS.some((s) => s === value);
if (!isKind(kind))
  fail(
    kind
      ? `"${kind}" is not something this can create; use story, article or group.`
      : 'Say what to create: story, article or group.',
  );
if (title === '') fail('Give the title in quotes, e.g. "Coming home after Ramadan".');
if (!isLocale(values.locale)) fail(`--locale must be ${LOCALES.join(' or ')}.`);
if (values.section !== undefined && (kind !== 'article' || !isSection(values.section))) {
  fail(kind === 'article' ? `--section must be one of: ${SECTIONS.join(', ')}.` : '--section is for articles only.');
}
if (values.slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.slug)) {
  fail('--slug may use only lower-case letters, digits and hyphens, e.g. coming-home.');
}

const plan = planNewEntry({
  kind,
  title,
  locale: values.locale,
  slug: values.slug,
  section: isSection(values.section) ? values.section : undefined,
  today: todayInBrunei(),
});
if (plan.slug === '') fail('The title has no letters or digits to make a file name from; add --slug file-name.');

const root = contentDir();
const shown = (/** @type {string} */ path) => `${shownPath(root)}/${path}`;
// Refuse before writing anything, so a half-created pair never happens. Names that differ
// only in capitals count as taken: they would get the same address.
const taken = plan.files.filter(({ path }) => {
  const folder = join(root, dirname(path));
  return existsSync(folder) && readdirSync(folder).some((name) => name.toLowerCase() === basename(path).toLowerCase());
});
if (taken.length > 0) {
  console.error(
    `Nothing was created: ${taken.map((f) => shown(f.path)).join(' and ')} already exist${taken.length === 1 ? 's' : ''}.`,
  );
  console.error('Edit the existing file instead, or choose another title or --slug.');
  process.exit(1);
}

for (const file of plan.files) {
  mkdirSync(join(root, dirname(file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
}

const width = Math.max(...plan.files.map((f) => shown(f.path).length));
console.log('Created:');
for (const file of plan.files) console.log(`  ${shown(file.path).padEnd(width)}   ${file.role}`);
console.log('\nNext:');
console.log(`  1. Open ${shown(plan.files[0]?.path ?? '')} and fill in every placeholder (each says TODO).`);
if (kind === 'story')
  console.log(
    '     Set kind: composite or personal. A personal story needs the consent record (checklist in docs/editing.md).',
  );
console.log('  2. Run   npm run check:content   — it lists what is still missing, with line numbers.');
if (kind === 'group') {
  console.log(`  3. Preview: npm run dev, then open http://localhost:4321${plan.previewPath}`);
} else {
  console.log(`  3. Preview: set draft: false, run npm run dev, then open http://localhost:4321${plan.previewPath}`);
  console.log(
    `  4. Translate: fill in ${shown(plan.files[1]?.path ?? '')} (or leave it a draft; readers then see the original under a notice).`,
  );
}
