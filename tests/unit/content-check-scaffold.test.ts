/**
 * `npm run new`: what an editor gets, in a temporary content folder (CONTENT_DIR),
 * and how `npm run check:content` treats it until the placeholders are filled in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseMdx } from '../../tools/content-check/source';
import { planNewEntry, slugFromTitle, todayInBrunei } from '../../tools/lib/new-entry';
import { articleSchema, groupSchema, storySchema } from '../../src/lib/content/schemas';

const repo = new URL('../../', import.meta.url).pathname;

function frontMatter(text: string): unknown {
  const parsed = parseMdx('new.mdx', text);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.source.frontMatter.data;
}

describe('the templates', () => {
  const today = '2026-11-26';

  it('writes an article in both languages: the original and an untranslated draft marked as its translation', () => {
    const plan = planNewEntry({ kind: 'article', title: 'Coming home', locale: 'en', section: 'families', today });
    expect(plan.files.map((f) => f.path)).toEqual(['articles/en/coming-home.mdx', 'articles/ms/coming-home.mdx']);
    expect(plan.previewPath).toBe('/en/families/coming-home/');
    const [original, translation] = plan.files.map((f) => articleSchema.parse(frontMatter(f.text)));
    expect(original).toMatchObject({ title: 'Coming home', section: 'families', draft: true });
    expect(original?.translationOf).toBeUndefined();
    expect(translation).toMatchObject({ section: 'families', translationOf: 'en', draft: true });
    expect(plan.files[1]?.text).toMatch(/^# BELUM DITERJEMAH/m);
  });

  it('writes a draft that claims no consent; made personal, it cannot be published without the record', () => {
    const plan = planNewEntry({ kind: 'story', title: 'Lima waktu', locale: 'ms', today });
    const story = storySchema.parse(frontMatter(plan.files[0]!.text));
    expect(story).toMatchObject({ kind: 'composite', draft: true });
    expect(story.consent).toBeUndefined();
    expect(plan.files[0]!.text).toMatch(/^# consent:$/m);
    const personal = { ...(frontMatter(plan.files[0]!.text) as object), kind: 'personal' };
    expect(storySchema.safeParse(personal).success).toBe(true);
    expect(storySchema.safeParse({ ...personal, draft: false }).success).toBe(false);
  });

  it('writes a group with the schema line for autocompletion and values that pass the schema', () => {
    const plan = planNewEntry({ kind: 'group', title: 'Kumpulan Harapan Tutong', locale: 'ms', today });
    const [file] = plan.files;
    expect(file?.path).toBe('groups/kumpulan-harapan-tutong.yaml');
    expect(file?.text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../.astro/collections/groups.schema.json',
    );
    expect(groupSchema.safeParse(parse(file!.text)).success).toBe(true);
    expect(parse(file!.text).name.ms).toBe('Kumpulan Harapan Tutong');
  });

  it('puts a comment above every field saying what to write', () => {
    const plan = planNewEntry({ kind: 'story', title: 'Five prayers', locale: 'en', today });
    const lines = plan.files[0]!.text.split('\n---\n')[0]!.split('\n');
    const fields = lines.filter((l) => /^[a-zA-Z]+:/.test(l) && !l.startsWith('consent:'));
    for (const field of fields) expect(lines[lines.indexOf(field) - 1], field).toMatch(/^\s*#/);
  });

  it('makes a short address from a long title, cut at a word', () => {
    expect(slugFromTitle('Apa itu sokongan rakan sebaya?')).toBe('apa-itu-sokongan-rakan-sebaya');
    const long = slugFromTitle('When someone you love comes home from a rehabilitation centre after a long time away');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('when-someone-you-love-comes-home-from-a-rehabilitation');
  });

  it('dates everything by the Brunei calendar', () => {
    expect(todayInBrunei(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
    expect(todayInBrunei(new Date('2026-11-26T15:59:00Z'))).toBe('2026-11-26');
  });
});

// Each test starts the real command (a Node process or three): slower than a unit test.
describe('npm run new and npm run check:content, in a temporary content folder', { timeout: 30_000 }, () => {
  let dir: string;
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(repo, 'tools', script), ...args], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: dir, NO_COLOR: '1' },
      encoding: 'utf8',
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rakan-pulih-new-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a story in both languages, prints the paths and the next step', () => {
    const result = run('new.mjs', 'story', '--locale', 'en', 'Coming home after Ramadan');
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'stories/en/coming-home-after-ramadan.mdx'))).toBe(true);
    expect(existsSync(join(dir, 'stories/ms/coming-home-after-ramadan.mdx'))).toBe(true);
    expect(result.stdout).toContain('stories/en/coming-home-after-ramadan.mdx   English, the original (a draft)');
    expect(result.stdout).toContain('Next:');
    expect(result.stdout).toContain('http://localhost:4321/en/stories/coming-home-after-ramadan/');
  });

  it('refuses to overwrite, and creates nothing when one of the pair exists', () => {
    const existing = join(dir, 'stories/ms/coming-home.mdx');
    expect(run('new.mjs', 'story', 'Coming home').status).toBe(0);
    writeFileSync(existing, 'my work');
    rmSync(join(dir, 'stories/en/coming-home.mdx'));
    const again = run('new.mjs', 'story', 'Coming home');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Nothing was created');
    expect(readFileSync(existing, 'utf8')).toBe('my work');
    expect(existsSync(join(dir, 'stories/en/coming-home.mdx'))).toBe(false);
  });

  it('explains a wrong command', () => {
    const result = run('new.mjs', 'meeting', 'Friday group');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"meeting" is not something this can create; use story, article or group.');
  });

  it('lets new drafts pass with a warning: they stay off the site until filled in', () => {
    run('new.mjs', 'article', '--section', 'help', 'Apa itu pemulihan');
    const check = run('check-content.mjs');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('This draft still has placeholder text (TODO)');
    expect(check.stdout).toMatch(/✔ 2 files checked: no errors, 2 warnings/);
  });

  it('fails a new group until every placeholder is replaced, then passes', () => {
    run('new.mjs', 'group', 'Kumpulan Harapan Tutong');
    const file = join(dir, 'groups/kumpulan-harapan-tutong.yaml');
    const before = run('check-content.mjs');
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('Placeholder text (TODO) is still on lines');

    // What an editor does: real values in, the word TODO out.
    const filled = readFileSync(file, 'utf8')
      .replace(/\s+# TODO.*$/gm, '')
      .replace(/"TODO: [^"]*"/g, '"Perjumpaan mingguan di dewan kampung."')
      .replace('district: brunei-muara', 'district: tutong')
      .replace('mukim: Kianggeh', 'mukim: Pekan Tutong')
      .replace('{ lat: 4.8903, lng: 114.9401 }', '{ lat: 4.8035, lng: 114.6590 }');
    writeFileSync(file, filled);
    const after = run('check-content.mjs');
    expect(after.stderr).toBe('');
    expect(after.stdout).toContain('✔ 1 file checked: no errors.');
    expect(after.status).toBe(0);
  });
});
