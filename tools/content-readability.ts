/**
 * Measures every article, story and page and writes docs/content-quality.md (the per-page
 * list of words and readability). `npm run content:readability`; `-- --check` only prints
 * the table and exits non-zero when a page is over its limit.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { LOCALES } from '../src/i18n/locales.ts';
import {
  isPlain,
  keepEditorialPart,
  limitMessage,
  markdownReport,
  measureProse,
  tableRows,
  type ReportRow,
} from './lib/readability.ts';
import { frontMatter, pageUrl, proseFiles, ROOT } from './lib/prose-files.ts';

const KIND = { articles: 'article', stories: 'story', pages: 'page' } as const;

const rows: (ReportRow & { path: string })[] = proseFiles().map((file) => {
  const source = readFileSync(join(ROOT, file.path), 'utf8');
  const data = frontMatter(source);
  return {
    path: file.path,
    page: pageUrl(file, data['section']),
    title: String(data['title'] ?? file.slug),
    kind: KIND[file.collection],
    measure: measureProse(source, file.locale),
  };
});

for (const locale of LOCALES) console.table(tableRows(rows.filter((r) => r.measure.locale === locale)));

const over = rows.filter((r) => !isPlain(r.measure));
for (const r of over) console.error(`${r.path}: ${limitMessage(r.measure)}`);

if (!process.argv.includes('--check')) {
  // The second readings recorded below the marker are people's work: keep them.
  const path = join(ROOT, 'docs/content-quality.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const text = keepEditorialPart(previous, markdownReport(rows));
  // Formatted as `npm run format` would, so a fresh report passes `npm test`'s format check.
  writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
  console.log('Wrote docs/content-quality.md');
}
process.exitCode = over.length > 0 ? 1 : 0;
