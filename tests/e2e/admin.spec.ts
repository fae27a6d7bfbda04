/**
 * The browser editor (/admin/, issue 17) against its local backend: an editor creates a
 * Malay story with its English translation, and a group, through the forms; the files
 * land where the site reads them and pass `npm run check:content`; and the forms refuse
 * what the check would refuse (a required field left empty, a personal story published
 * without its complete consent record). New stories start as composites, new groups as
 * samples with no verification record. Everything is written to a throwaway copy of content/.
 *
 * DOCS_SCREENSHOTS=1 also saves the screenshots of docs/editing.md's walk-through to
 * docs/images/browser-editor/ (they are always saved with the test's results).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { startLocalCms, type LocalCms } from './support/cms-local';

test.describe.configure({ mode: 'serial' });
// The editor is a 5 MB application; on a busy machine it needs time to start.
test.setTimeout(240_000);

let cms: LocalCms;
test.beforeAll(async () => {
  cms = await startLocalCms();
});
test.afterAll(async () => {
  await cms?.dispose();
});

const DOCS_IMAGES = 'docs/images/browser-editor';

async function shoot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
  if (process.env.DOCS_SCREENSHOTS === '1') {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    await page.screenshot({ path: join(DOCS_IMAGES, `${name}.png`) });
  }
}

/** Opens the editor, sends its local-backend requests to this test's proxy, and logs in. */
async function openEditor(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The configuration says http://localhost:8081 (what `npm run cms` uses); the test's
  // proxy listens on a free port, so the requests are redirected to it.
  await page.route('http://localhost:8081/api/v1**', (route) =>
    route.continue({ url: route.request().url().replace('http://localhost:8081/api/v1', cms.api) }),
  );
  await page.goto('/admin/');
  await page.getByRole('button', { name: /login/i }).click({ timeout: 120_000 });
  await expect(page.getByText(/Kisah · Stories/).first()).toBeVisible({ timeout: 60_000 });
}

/** The control of a field by its name: `pane` 0 is Malay (left), 1 is English (right). */
const control = (page: Page, name: string, index = 0): Locator => page.locator(`[id^="${name}-field-"]`).nth(index);

async function choose(page: Page, name: string, option: string, index = 0) {
  await control(page, name, index).click();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

/** The Markdown text of the body, in raw mode, in the given pane. */
async function writeBody(page: Page, text: string, index: number) {
  const area = page
    .locator('[aria-label="markdown field"]')
    .nth(index)
    .locator('textarea, [contenteditable="true"]')
    .first();
  await area.click();
  await page.keyboard.type(text);
}

async function publishNow(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
}

const storyFiles = () => readdirSync(join(cms.repo, 'content/stories/ms')).sort();

test('a required field left empty is refused, and nothing is written', async ({ page }, info) => {
  await openEditor(page);
  const before = storyFiles();
  await page.goto('/admin/#/collections/stories/new');
  await control(page, 'narrator').fill('Salmah');
  await publishNow(page);
  await expect(page.getByText(/Tajuk · Title is required/i).first()).toBeVisible();
  await shoot(page, info, 'required-field');
  expect(storyFiles()).toEqual(before);
});

/** A refusal's message is shown, and then clicked away so that it covers no button. */
async function refused(page: Page, message: RegExp) {
  const toast = page.getByText(message).first();
  await expect(toast).toBeVisible();
  await toast.click();
  await expect(toast).toBeHidden({ timeout: 30_000 });
}

const front = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '');

test('a personal story is refused until its consent record is complete, and then carries it in both languages', async ({
  page,
}, info) => {
  await openEditor(page);
  const before = storyFiles();
  await page.goto('/admin/#/collections/stories/new');
  for (const index of [0, 1]) {
    await control(page, 'title', index).fill(index === 0 ? 'Ujian persetujuan' : 'Consent test');
    await control(page, 'description', index).fill(index === 0 ? 'Kisah ujian.' : 'A test story.');
  }
  await control(page, 'narrator').fill('Salmah');
  await choose(page, 'role', 'parent');
  await choose(page, 'kind', 'personal');
  await control(page, 'updated').fill('2026-11-20');
  await writeBody(page, 'Teks ujian.', 0);
  await writeBody(page, 'Test text.', 1);
  // Personal, draft off, no consent record: the save check must stop it.
  await publishNow(page);
  await refused(page, /this personal story has no consent record/);
  expect(storyFiles()).toEqual(before);

  // Part of the record is still not enough: the check names what is missing.
  await control(page, 'record').fill('CR-2026-014');
  await control(page, 'given').fill('2026-10-01');
  await publishNow(page);
  await refused(page, /the day the final text was approved/);
  expect(storyFiles()).toEqual(before);

  await control(page, 'approved').fill('2026-10-05');
  await control(page, 'ms').fill('Hubungi editor, dan kisah ini diturunkan dalam masa tujuh hari.');
  await control(page, 'en').fill('Contact the editors, and the story comes down within seven days.');
  await control(page, 'record').scrollIntoViewIfNeeded();
  await shoot(page, info, 'story-consent');
  await publishNow(page);
  const ms = join(cms.repo, 'content/stories/ms/ujian-persetujuan.mdx');
  const en = join(cms.repo, 'content/stories/en/ujian-persetujuan.mdx');
  await expect.poll(() => existsSync(ms) && existsSync(en), { timeout: 30_000 }).toBe(true);
  expect(front(ms)).toMatchObject({
    kind: 'personal',
    consent: { record: 'CR-2026-014', given: '2026-10-01', approved: '2026-10-05' },
  });
  expect(front(en).consent).toEqual(front(ms).consent);

  const check = cms.checkContent();
  expect(check.status, check.output).toBe(0);
});

test('an editor creates a Malay story and its English translation, and the content check passes', async ({
  page,
}, info) => {
  await openEditor(page);
  await shoot(page, info, 'collections');
  await page.goto('/admin/#/collections/stories/new');
  await control(page, 'title', 0).fill('Pagi Raya bersama abang');
  await control(page, 'title', 1).fill('Raya morning with my brother');
  await control(page, 'description', 0).fill(
    'Fatimah, dari Tutong, tentang Hari Raya pertama abangnya bersama keluarga selepas bertahun-tahun.',
  );
  await control(page, 'description', 1).fill(
    'Fatimah, from Tutong, on her brother’s first Hari Raya with the family in years.',
  );
  await control(page, 'narrator').fill('Fatimah');
  await choose(page, 'role', 'sibling');
  await control(page, 'age').fill('41');
  await choose(page, 'district', 'Tutong');
  await choose(page, 'faithThemes', 'hari-raya');
  await choose(page, 'faithThemes', 'silaturahim');
  await control(page, 'contentNotes', 0).fill('kambuh semula');
  await control(page, 'contentNotes', 1).fill('relapse');
  // A new story starts as a composite: labelled as several people's experiences, with no consent record.
  await expect(page.getByText('gabungan · composite').first()).toBeVisible();
  await control(page, 'updated').fill('2026-11-20');
  await writeBody(page, 'Pagi itu kami berbaris untuk bersalam dengan ibu. Kali ini, abang ada bersama.', 0);
  await writeBody(page, 'That morning we lined up to salam our mother. This time, my brother was there.', 1);
  await control(page, 'title', 0).scrollIntoViewIfNeeded();
  await shoot(page, info, 'story-both-languages');
  await publishNow(page);

  const ms = join(cms.repo, 'content/stories/ms/pagi-raya-bersama-abang.mdx');
  const en = join(cms.repo, 'content/stories/en/pagi-raya-bersama-abang.mdx');
  await expect.poll(() => existsSync(ms) && existsSync(en), { timeout: 30_000 }).toBe(true);
  expect(front(ms)).toMatchObject({
    title: 'Pagi Raya bersama abang',
    narrator: 'Fatimah',
    kind: 'composite',
    role: 'sibling',
  });
  expect(front(en)).toMatchObject({
    title: 'Raya morning with my brother',
    narrator: 'Fatimah',
    kind: 'composite',
    contentNotes: ['relapse'],
  });
  // A composite claims no consent: the empty consent block is not written.
  expect(front(ms)).not.toHaveProperty('consent');
  expect(front(en)).not.toHaveProperty('consent');
  expect(readFileSync(en, 'utf8')).toContain('This time, my brother was there.');
  await shoot(page, info, 'story-saved');

  const check = cms.checkContent();
  expect(check.output).not.toMatch(/pagi-raya-bersama-abang[^\n]*error/i);
  expect(check.status, check.output).toBe(0);
});

test('an editor creates a group, with both languages in one file, and the content check passes', async ({
  page,
}, info) => {
  await openEditor(page);
  await page.goto('/admin/#/collections/groups/new');
  // Both-language blocks in form order: name, description, address, accessibility.
  await control(page, 'ms', 0).fill('Kumpulan Sokongan Cahaya Tutong');
  await control(page, 'en', 0).fill('Cahaya Tutong Support Group');
  await choose(page, 'kind', 'support-group');
  await control(page, 'ms', 1).fill('Perjumpaan mingguan untuk sesiapa yang sedang pulih. Contoh sahaja.');
  await control(page, 'en', 1).fill('A weekly meeting for anyone in recovery. A sample only.');
  await choose(page, 'district', 'Tutong');
  await choose(page, 'mukim', 'Pekan Tutong');
  await control(page, 'ms', 2).fill('Dewan contoh, Pekan Tutong');
  await control(page, 'en', 2).fill('Sample hall, Pekan Tutong');
  await control(page, 'lat').fill('4.8031');
  await control(page, 'lng').fill('114.6590');
  await page.getByRole('button', { name: /Add Jadual · Schedule/i }).click();
  // A meeting set by a prayer: 15 minutes after Isyak, 90 minutes long.
  await choose(page, 'day', 'saturday');
  await choose(page, 'after', 'isyak');
  await control(page, 'offset').fill('15');
  await control(page, 'duration').fill('90');
  await control(page, 'after').scrollIntoViewIfNeeded();
  await shoot(page, info, 'group-prayer-meeting');
  await choose(page, 'languages', 'ms');
  await choose(page, 'format', 'in-person');
  await choose(page, 'audience', 'everyone');
  await control(page, 'email').fill('cahaya-tutong@example.org');
  // The source is said in both languages (its own block, after the contact fields).
  const source = control(page, 'source');
  await source.locator('[id^="ms-field-"]').fill('Senarai contoh — bukan kumpulan sebenar.');
  await source.locator('[id^="en-field-"]').fill('Sample listing — not a real group.');
  await expect(control(page, 'sample')).toHaveAttribute('aria-checked', 'true');
  await control(page, 'mukim').scrollIntoViewIfNeeded();
  await shoot(page, info, 'group-form');
  await publishNow(page);

  const file = join(cms.repo, 'content/groups/kumpulan-sokongan-cahaya-tutong.yaml');
  await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
  const group = parse(readFileSync(file, 'utf8'));
  expect(group).toMatchObject({
    name: { ms: 'Kumpulan Sokongan Cahaya Tutong', en: 'Cahaya Tutong Support Group' },
    district: 'tutong',
    mukim: 'Pekan Tutong',
    schedule: [{ day: 'saturday', after: 'isyak', offset: 15, duration: 90 }],
    sample: true,
    source: { ms: 'Senarai contoh — bukan kumpulan sebenar.', en: 'Sample listing — not a real group.' },
  });
  // What nobody filled in is left out, not written as empty text: the online-only fields,
  // what the group has not told us, and above all no verification record nobody made.
  for (const unknown of ['accessibility', 'conferenceUrl', 'cost', 'families', 'runBy', 'firstTime', 'ramadan'])
    expect(group).not.toHaveProperty(unknown);
  expect(group).not.toHaveProperty('verified');
  expect(group).not.toHaveProperty('lastVerified');
  expect(group.schedule[0]).not.toHaveProperty('start');

  const check = cms.checkContent();
  expect(check.status, check.output).toBe(0);
});
