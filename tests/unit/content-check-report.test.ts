/**
 * `npm run content:report`: languages per page, translations behind their original,
 * groups not verified for 12 months, sample entries on the site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../tools/content-check/index';
import { contentReport, groupRows, pageRows } from '../../tools/lib/content-report';
import { FIXTURES } from '../support/content-fixtures';

const repo = new URL('../../', import.meta.url).pathname;
const now = new Date('2026-11-26T00:00:00Z');

const story = (locale: 'ms' | 'en', updated: string, more: Record<string, unknown> = {}): CheckedEntry => ({
  collection: 'stories',
  file: `stories/${locale}/hakim.mdx`,
  locale,
  slug: 'hakim',
  data: { updated: new Date(updated), draft: false, ...more },
  valid: true,
});

const group = (id: string, verifiedOn: string | undefined, sample: boolean): CheckedEntry => ({
  collection: 'groups',
  file: `groups/${id}.yaml`,
  slug: id,
  data: {
    name: { ms: `Kumpulan ${id}`, en: `Group ${id}` },
    district: 'belait',
    ...(verifiedOn
      ? { verified: { date: new Date(verifiedOn), by: 'site editor', method: 'phone', evidence: 'Called the group' } }
      : {}),
    sample,
  },
  valid: true,
});

describe('translations behind their original', () => {
  it('flags the older version when neither says which is the original', () => {
    expect(pageRows([story('ms', '2026-11-26'), story('en', '2026-11-20')])[0]?.behind).toEqual({
      locale: 'en',
      days: 6,
    });
  });

  it('flags a translation older than its original', () => {
    expect(
      pageRows([story('ms', '2026-11-26'), story('en', '2026-11-01', { translationOf: 'ms' })])[0]?.behind,
    ).toEqual({ locale: 'en', days: 25 });
  });

  it('does not flag an original older than its translation', () => {
    expect(
      pageRows([story('ms', '2026-10-01'), story('en', '2026-11-01', { translationOf: 'ms' })])[0]?.behind,
    ).toBeUndefined();
  });

  it('does not flag versions updated the same day, or a page in one language', () => {
    expect(pageRows([story('ms', '2026-11-26'), story('en', '2026-11-26')])[0]?.behind).toBeUndefined();
    expect(pageRows([story('ms', '2026-11-26')])[0]?.behind).toBeUndefined();
  });
});

describe('groups', () => {
  it('counts whole months since the last verification', () => {
    expect(groupRows([group('a', '2025-11-27', false)], now)[0]?.months).toBe(11);
    expect(groupRows([group('a', '2025-11-26', false)], now)[0]?.months).toBe(12);
  });
});

describe('the report', () => {
  const entries = [
    story('ms', '2026-11-26'),
    story('en', '2026-11-20'),
    group('old', '2025-07-20', false),
    group('fresh', '2026-11-01', true),
    group('unchecked', undefined, false),
    {
      ...story('en', '2026-11-26'),
      file: 'stories/en/draft.mdx',
      slug: 'draft',
      data: { updated: new Date('2026-11-26'), draft: true },
    },
  ];
  const { markdown, errors } = contentReport(entries, [], now);

  it('tables every story with the languages it exists in', () => {
    expect(markdown).toContain('| story | hakim | stories | ✓ 2026-11-26 | ✓ 2026-11-20 | ⚠ en is 6 days older |');
    expect(markdown).toContain('| story | draft | stories | — | draft · 2026-11-26 | only en |');
  });

  it('lists the groups verified over 12 months ago, and only those', () => {
    const section = markdown.split('## Groups verified more than 12 months ago')[1]!.split('##')[0]!;
    expect(section).toContain('| old | Kumpulan old | belait | 2025-07-20 | 16 |');
    expect(section).not.toContain('fresh');
  });

  it('lists the groups nobody has verified, and only those', () => {
    const section = markdown.split('## Groups not yet verified')[1]!.split('##')[0]!;
    expect(section).toContain('1 of 3 groups have no `verified:` record');
    expect(section).toContain('| unchecked | Kumpulan unchecked | belait |');
    expect(section).not.toContain('| old |');
  });

  it('lists the sample entries still published', () => {
    const section = markdown.split('## Sample entries still published')[1]!.split('##')[0]!;
    expect(section).toContain('1 of 3 groups are samples');
    expect(section).toContain('| fresh | Kumpulan fresh | belait |');
  });

  it('counts no errors when the check found none', () => {
    expect(errors).toBe(0);
  });
});

// Each test starts the real command (a Node process or three): slower than a unit test.
describe('npm run content:report', { timeout: 30_000 }, () => {
  const run = (dir: string, out: string) =>
    spawnSync(process.execPath, [join(repo, 'tools/content-report.mjs'), '--out', out], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });

  it('prints the report, writes it to a file, and exits 0 when there are only findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rakan-pulih-report-'));
    try {
      cpSync(join(FIXTURES, '_base'), dir, { recursive: true });
      const out = join(dir, 'report.md');
      const result = run(dir, out);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('## Sample entries still published');
      expect(readFileSync(out, 'utf8')).toContain(
        '| article | base-article | learn | ✓ 2026-01-10 | ✓ 2026-01-10 | up to date |',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 when the content has errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rakan-pulih-report-'));
    try {
      cpSync(join(FIXTURES, '_base'), dir, { recursive: true });
      writeFileSync(join(dir, 'groups/broken.yaml'), 'name: [unclosed\n');
      const result = run(dir, join(dir, 'report.md'));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('The content has 1 error: run npm run check:content');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
