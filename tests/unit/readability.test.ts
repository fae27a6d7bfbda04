import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EDITORIAL_MARKER,
  ENGLISH_MAX_GRADE,
  keepEditorialPart,
  MALAY_MAX_SENTENCE_LENGTH,
  isPlain,
  limitMessage,
  markdownReport,
  measureProse,
  plainProse,
  readingAge,
  scoreEnglish,
  scoreMalay,
  tableRows,
  type ReportRow,
} from '../../tools/lib/readability';
import { frontMatter, pageUrl, proseFiles, ROOT } from '../../tools/lib/prose-files.ts';

describe('plainProse: the text a reader reads', () => {
  it('drops front matter, headings, tables and code, keeps paragraphs', () => {
    const md = [
      '---',
      'title: A title',
      'sources:',
      '  - title: Something',
      '---',
      '',
      '## A heading',
      '',
      'First paragraph here.',
      '',
      '| Say | Do not say |',
      '| --- | --- |',
      '| person | label |',
      '',
      '```',
      'code here',
      '```',
      'Second paragraph.',
    ].join('\n');
    expect(plainProse(md)).toBe('First paragraph here. Second paragraph.');
  });

  it('keeps the words of links and emphasis, without addresses or markup', () => {
    expect(plainProse('Read **this** [guide](https://example.org/a) and `that` ~~word~~ <https://x.org>.')).toBe(
      'Read this guide and that word.',
    );
  });

  it('ends list items and lead-in lines with a full stop, so each counts as a sentence', () => {
    expect(plainProse('Here is what helps:\n\n- listen first\n- be kind;\n1. call 145')).toBe(
      'Here is what helps. listen first. be kind. call 145.',
    );
  });

  it('joins a paragraph’s lines and removes quotation marks that hide a new sentence', () => {
    expect(plainProse('He said, “Breathe.\nGo and help.” Then he left.')).toBe(
      'He said, Breathe. Go and help. Then he left.',
    );
  });

  it('drops MDX and HTML comments and imports', () => {
    expect(plainProse("import X from './x';\n\n{/* note */}Text <!-- hidden --> here.")).toBe('Text here.');
  });
});

describe('English scores', () => {
  const plain = 'I came home in May. My mother cried at the door. We ate rice. I went to the masjid with my father.';
  const dense =
    'Comprehensive rehabilitation programmes incorporating multidisciplinary therapeutic interventions demonstrate considerable effectiveness regarding sustained abstinence outcomes. Organisational collaboration between governmental institutions and non-governmental associations facilitates community reintegration opportunities.';

  it('gives short everyday sentences a low grade and high reading ease', () => {
    const score = scoreEnglish(plain);
    expect(score.grade).toBeLessThan(3);
    expect(score.readingEase).toBeGreaterThan(90);
    expect(score.words).toBe(22);
    expect(score.sentences).toBe(4);
    expect(isPlain({ locale: 'en', score })).toBe(true);
  });

  it('fails long sentences of long words', () => {
    const measure = measureProse(dense, 'en');
    expect(measure.locale === 'en' && measure.score.grade).toBeGreaterThan(ENGLISH_MAX_GRADE);
    expect(isPlain(measure)).toBe(false);
    expect(limitMessage(measure)).toMatch(/above grade 7 \(reading age 12\)/);
  });

  it('reads a grade as a reading age five years older', () => {
    expect(readingAge(7)).toBe(12);
    expect(readingAge(3.1)).toBe(8.1);
  });
});

describe('Malay scores', () => {
  it('measures words per sentence', () => {
    const score = scoreMalay('Saya pergi ke kedai itu. Dia makan nasi lemak pagi tadi.');
    expect(score).toEqual({ words: 11, sentences: 2, averageSentenceLength: 5.5 });
  });

  it(`fails a text whose sentences average more than ${MALAY_MAX_SENTENCE_LENGTH} words`, () => {
    const long =
      'Keluarga yang prihatin boleh membantu seseorang yang sedang dalam pemulihan dengan cara mendengar tanpa menghukum, memberi sokongan yang berterusan, dan menggalakkan dia menyertai kumpulan sokongan rakan sebaya yang berdekatan dengan rumah mereka setiap minggu.';
    const measure = measureProse(long, 'ms');
    expect(isPlain(measure)).toBe(false);
    expect(limitMessage(measure)).toMatch(/above 20: split long sentences/);
  });
});

describe('the report', () => {
  const rows: ReportRow[] = [
    { page: '/en/learn/a/', title: 'A | B', kind: 'article', measure: measureProse('I am here. You are there.', 'en') },
    {
      page: '/en/learn/b/',
      title: 'B',
      kind: 'article',
      measure: measureProse(
        'Comprehensive multidisciplinary rehabilitation interventions demonstrate considerable effectiveness.',
        'en',
      ),
    },
    { page: '/ms/learn/a/', title: 'A', kind: 'article', measure: measureProse('Saya di sini. Awda di sana.', 'ms') },
  ];

  it('lists each page with its words and score, marking pages over the limit', () => {
    const md = markdownReport(rows);
    expect(md).toContain('| /en/learn/a/ | A \\| B | article | 6 |');
    expect(md).toMatch(/\| \/en\/learn\/b\/ \| B \| article \| 7 \| [\d.]+ \| -?[\d.]+ \| [\d.]+ \| \*\*no\*\* \|/);
    expect(md).toContain('| /ms/learn/a/ | A | article | 6 | 2 | 3 | yes |');
    expect(md).toContain('2 pages, 13 words');
  });

  it('gives console rows with the columns of each language', () => {
    expect(Object.keys(tableRows(rows)[0] ?? {})).toEqual([
      'page',
      'words',
      'FK grade',
      'reading ease',
      'reading age',
      'ok',
    ]);
    expect(Object.keys(tableRows(rows)[2] ?? {})).toEqual(['page', 'words', 'sentences', 'words/sentence', 'ok']);
  });
});

describe('content readability (every article, story and page)', () => {
  const rows = proseFiles().map((file) => {
    const source = readFileSync(join(ROOT, file.path), 'utf8');
    const data = frontMatter(source);
    return {
      file,
      row: {
        page: pageUrl(file, data['section']),
        title: String(data['title']),
        kind: file.collection,
        measure: measureProse(source, file.locale),
      },
    };
  });

  it('measures pages in both languages', () => {
    expect(rows.some((r) => r.file.locale === 'en')).toBe(true);
    expect(rows.some((r) => r.file.locale === 'ms')).toBe(true);
    console.table(tableRows(rows.filter((r) => r.file.locale === 'en').map((r) => r.row)));
    console.table(tableRows(rows.filter((r) => r.file.locale === 'ms').map((r) => r.row)));
  });

  it.each(rows.filter((r) => r.file.locale === 'en').map((r) => [r.file.path, r.row] as const))(
    `%s is at reading age ${readingAge(ENGLISH_MAX_GRADE)} or below`,
    (path, row) => {
      expect(isPlain(row.measure), `${path}: ${limitMessage(row.measure)}`).toBe(true);
    },
  );

  it.each(rows.filter((r) => r.file.locale === 'ms').map((r) => [r.file.path, r.row] as const))(
    `%s averages ${MALAY_MAX_SENTENCE_LENGTH} words per sentence or fewer`,
    (path, row) => {
      expect(isPlain(row.measure), `${path}: ${limitMessage(row.measure)}`).toBe(true);
    },
  );
});

describe('regenerating docs/content-quality.md', () => {
  it('keeps the editors’ part below the marker and replaces the generated part', () => {
    const previous = `# old tables\n\n${EDITORIAL_MARKER}\n\n## Second readings\n\nMalay: read by A.\n`;
    const next = keepEditorialPart(previous, '# new tables\n');
    expect(next).toBe(`# new tables\n\n${EDITORIAL_MARKER}\n\n## Second readings\n\nMalay: read by A.\n`);
    expect(next).not.toContain('old tables');
  });

  it('writes only the generated part when there is no editors’ part yet', () => {
    expect(keepEditorialPart('# old tables\n', '# new tables\n')).toBe('# new tables\n');
  });
});
