/**
 * The language check from the command line: `npm run check:language`. Prints every
 * stigmatising word in content and UI strings as file:line:column, with what to say instead,
 * and exits non-zero when there is one. The same check runs in `npm test`
 * (tests/unit/content-language.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLanguage, formatFinding, sourceKindOf } from './lib/language-check.ts';
import { checkTerminology, terminologyRules, type GlossaryTerms } from './lib/terminology.ts';
import { parse } from 'yaml';
import { languageCheckedFiles, ROOT } from './lib/prose-files.ts';

// One term for one idea: the glossary's `variants` (issue 11).
const rules = terminologyRules(parse(readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8')) as GlossaryTerms[]);

let count = 0;
const files = languageCheckedFiles();
for (const path of files) {
  const kind = sourceKindOf(path);
  if (!kind) continue;
  const source = readFileSync(join(ROOT, path), 'utf8');
  for (const finding of [...checkLanguage(source, kind), ...checkTerminology(source, kind, rules)]) {
    console.log(formatFinding(path, finding));
    count++;
  }
}
console.log(
  count === 0
    ? `Language check: ${files.length} files, no stigmatising words, one term for each glossary idea.`
    : `\n${count} to fix (see docs/writing-guide.md).`,
);
process.exitCode = count > 0 ? 1 : 0;
