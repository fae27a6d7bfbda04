/**
 * The support group directory as a reader uses it: filters kept in the URL, near me
 * without tracking, Brunei time whatever the device's zone, the calendar file, the
 * printable district lists, and the page with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support/guard';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KUALA_BELAIT = { latitude: 4.5833, longitude: 114.2317 };

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const cards = (page: Page) => page.locator('[data-directory-list] > li:visible');
const status = (page: Page) => page.locator('[data-directory-status]');
/** The districts of the visible cards with a place, in order, read from each card's record. */
const visibleDistricts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-directory-list] > li')]
      .filter((li) => !li.hidden)
      .map((li) => li.dataset['g']!.split('|')[0]),
  );

test('filters by district and day and keeps them in the URL', async ({ page }) => {
  await page.goto('/en/groups/');
  await expect(status(page)).toHaveText('All 26 groups');
  await expect(page.locator('[data-directory-ready]')).toBeAttached();
  await page.getByLabel('District', { exact: true }).selectOption('belait');
  await expect(page).toHaveURL(/\/en\/groups\/\?district=belait$/);
  // Belait's five groups with a place, and the five online groups (they have none).
  await expect(status(page)).toHaveText('Showing 10 of 26 groups');
  await expect(cards(page)).toHaveCount(5);
  await page.locator('[data-more] summary').click();
  await page.getByLabel('Day', { exact: true }).selectOption('friday');
  await expect(page).toHaveURL(/\?district=belait&day=friday$/);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Sinar Harapan');

  // A shared link opens the same list.
  await page.goto('/en/groups/?district=belait&day=friday');
  await expect(page.getByLabel('District', { exact: true })).toHaveValue('belait');
  await expect(cards(page)).toHaveCount(1);
  await page.locator('[data-more] summary').click();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/en\/groups\/$/);
  await expect(page.locator('[data-g]:visible')).toHaveCount(26);
});

test('the home page’s families link opens the directory filtered to family groups', async ({ page }) => {
  await page.goto('/ms/groups/?audience=families');
  await expect(page.getByLabel('Untuk siapa')).toHaveValue('families');
  const shown = await cards(page).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(26);
  for (const card of await cards(page).all()) await expect(card).toContainText('Keluarga');
});

test('a district on the map filters the list, and the map shows which one is chosen', async ({ page }) => {
  await page.goto('/en/groups/');
  // Before the script starts the map's links lead to each district's own list; after, they filter in place.
  await expect(page.locator('[data-directory-ready]')).toBeAttached();
  const temburong = page.getByRole('link', { name: /^Temburong: \d+ groups?$/ });
  await temburong.click();
  await expect(page).toHaveURL(/\?district=temburong$/);
  await expect(page.getByLabel('District', { exact: true })).toHaveValue('temburong');
  expect(new Set(await visibleDistricts(page))).toEqual(new Set(['temburong']));
  await expect(temburong).toHaveAttribute('aria-current', 'true');
});

test('near me: a device location at Kuala Belait puts Belait groups first, and nothing is sent', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    geolocation: KUALA_BELAIT,
    permissions: ['geolocation'],
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const guard = await watchPage(page, baseURL);
  await page.goto('/en/groups/');
  await page.waitForLoadState('networkidle');
  // The island (loaded after the first paint) has fetched the place list it needs.
  await expect(page.locator('select[name="near"] optgroup').first()).toBeAttached();

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.locator('[data-locate-status]')).toHaveText('Sorted by distance from your location.');
  await expect(page.getByLabel('Sort by')).toHaveValue('distance');

  const districts = await visibleDistricts(page);
  expect(districts.slice(0, 5)).toEqual(['belait', 'belait', 'belait', 'belait', 'belait']);
  await expect(cards(page).first()).toContainText('Tenang Kuala Belait');
  await expect(cards(page).first().locator('[data-distance]')).toHaveText(/^\d+(\.\d)? km away$/);

  // The location stays on the device: no request after the click (Chromium's own
  // favicon fetch aside), and nothing in the URL.
  await page.waitForTimeout(500);
  expect(requests.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
  expect(page.url()).not.toMatch(/4\.58|114\.23|lat|lng/);
  expect(await guard.problems()).toEqual([]);
  await context.close();
});

test('near me without location: choosing a kampong from the list sorts by distance from it', async ({ page }) => {
  await page.goto('/en/groups/');
  await page.getByLabel('Near').selectOption('bangar');
  await expect(page).toHaveURL(/near=bangar&sort=distance$/);
  expect((await visibleDistricts(page))[0]).toBe('temburong');
  await expect(cards(page).first().locator('[data-distance]')).toBeVisible();
});

test('“now” and “next meeting” are in Brunei time even on a device set to New York', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
  const page = await context.newPage();
  // Friday 27 November 2026, 15:00 in Brunei (02:00 in New York): the after-prayers groups are meeting.
  await page.clock.install({ time: new Date('2026-11-27T07:00:00Z') });
  await page.goto('/en/groups/');
  await expect(page.locator('[data-now-text]')).toHaveText('It is 15:00 in Brunei. 2 groups are meeting now.');
  await page.getByRole('link', { name: 'Show these groups' }).click();
  await expect(page).toHaveURL(/\?time=now$/);
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).first().locator('[data-next]')).toHaveText('Meeting now, until 16:00');

  await page.locator('[data-more] summary').click();
  await page.getByLabel('Time of day').selectOption('');
  await page.getByLabel('Day', { exact: true }).selectOption('today');
  await page.getByLabel('Sort by').selectOption('next');
  await expect(cards(page).first().locator('[data-next]')).toHaveText('Meeting now, until 16:00');
  // The evening meeting is online: the last card of the online part, after the places.
  await expect(page.locator('[data-g]:visible').last().locator('[data-next]')).toHaveText('Next: Today, 20:30');
  await context.close();
});

test('the filters work by keyboard and the count is announced', async ({ page }) => {
  await page.goto('/en/groups/');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.locator('[data-more] summary').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Search by name or place').focus();
  await page.keyboard.type('seria');
  await expect(status(page)).toHaveText('Showing 2 of 26 groups');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Sort by')).toBeFocused();
  await page.getByLabel('District', { exact: true }).focus();
  await page.keyboard.press('ArrowDown'); // the first district: Brunei-Muara
  await expect(status(page)).toHaveText('No groups match. Try removing a filter.');
  await expect(page).toHaveURL(/\?district=brunei-muara&q=seria$/);
});

test('what a reader types and chooses before the script starts is kept, not wiped', async ({ page }) => {
  // A slow phone: hold the page's scripts back until the reader has typed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/groups/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('District', { exact: true }).selectOption('belait');
  await page.locator('[data-more] summary').click();
  await page.getByLabel('Search by name or place').fill('kuala');
  release();
  await expect(page.locator('[data-directory-ready]')).toBeAttached();
  await expect(page).toHaveURL(/\?district=belait&q=kuala$/);
  await expect(page.getByLabel('Search by name or place')).toHaveValue('kuala');
  await expect(status(page)).toHaveText(/^Showing [1-9]\d* of 26 groups$/);
  for (const district of await visibleDistricts(page)) expect(district).toBe('belait');
});

test('the directory and a group page pass axe, in both languages', async ({ page }) => {
  for (const path of [
    '/ms/groups/',
    '/en/groups/?district=belait&sort=next',
    '/en/groups/pelangi-tutong/',
    '/ms/groups/district/tutong/',
  ]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test('the group page: sample label, next meeting, maps and contact links, verification notice, correction', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-27T03:00:00Z') }); // Friday 11:00 in Brunei
  await page.goto('/en/groups/pelangi-tutong/');
  await expect(page.locator('[data-sample-label]')).toHaveText('Sample listing — not a real group');
  await expect(page.locator('[data-join] [data-next-label]')).toHaveText('Next meeting');
  // The weekly schedule under the answer says what it is, so it does not read as a repeat (R24).
  await expect(page.locator('[data-every-week]')).toHaveText('Every week');
  // The address reads as itself, and a narrow screen may break it only after its "@" (R29).
  const email = page.locator('a[data-email]');
  const address = (await email.getAttribute('href'))!.replace(/^mailto:/, '');
  await expect(email).toHaveText(address);
  expect(await email.locator('.whitespace-nowrap').allTextContents()).toEqual(address.split('@'));
  await expect(page.locator('[data-next-meeting] [data-next-when]')).toHaveText('Today, 14:30', {
    useInnerText: true,
  });
  await expect(page.getByRole('link', { name: 'Open in a maps app' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.google\.com\/maps\//,
  );
  await expect(page.getByRole('link', { name: 'pelangi-tutong@example.org' })).toHaveAttribute(
    'href',
    'mailto:pelangi-tutong@example.org',
  );
  await expect(page.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute(
    'href',
    /^mailto:.*subject=Correction/,
  );
  // Nobody has verified any group yet (issue 11), so the page says so and shows no date.
  await expect(page.locator('[data-not-verified]')).toBeVisible();
  await expect(page.locator('[data-stale-warning]')).toHaveCount(0);
  await expect(page.getByText('Last verified')).toHaveCount(0);

  // A group verified in July 2025: the island shows the 12-month warning the build hid.
  // No real group has a verified: record yet, so the page is given one on its way in.
  await page.route('**/en/groups/keluarga-lambak-kanan/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /<p[^>]*data-not-verified[^>]*>[\s\S]*?<\/p>/,
      '<p class="notice" data-stale-warning data-last-verified="2025-07-20" hidden>stale</p>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto('/en/groups/keluarga-lambak-kanan/');
  await expect(page.locator('[data-stale-warning]')).toBeVisible();
});

test('the calendar file downloads and is a weekly event in Brunei time', async ({ page }) => {
  await page.goto('/ms/groups/hijau-bangar/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '“Perjumpaan”' }).click(),
  ]);
  // The file's name says nothing about the group either.
  expect(download.suggestedFilename()).toBe('perjumpaan.ics');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const ics = Buffer.concat(chunks).toString('utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
  expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH');
  expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Brunei');
  expect(ics).toMatch(/DTSTART;TZID=Asia\/Brunei:\d{8}T200000/);
});

test('the directory announces its Meeting Guide feed', async ({ page, request }) => {
  await page.goto('/en/groups/');
  const feed = page.locator('link[rel="alternate"][type="application/json"][title="Meetings Feed"]');
  const href = await feed.getAttribute('href');
  expect(href).toMatch(/\/groups\.json$/);
  const response = await request.get('/groups.json');
  expect(response.ok()).toBe(true);
  const meetings = (await response.json()) as { slug: string; timezone: string }[];
  expect(meetings.length).toBeGreaterThanOrEqual(26);
  expect(meetings.every((m) => m.timezone === 'Asia/Brunei')).toBe(true);
});

test('a printable list per district: one click opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto('/en/groups/');
  await page.getByRole('link', { name: 'Print the Belait list' }).click();
  await expect(page).toHaveURL(/\/en\/groups\/district\/belait\/$/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support groups in Belait district');
  // Five groups meet in Belait; its online group is listed with the other online groups.
  await expect(page.locator('[data-place-list] > li[data-group]')).toHaveCount(5);
  await expect(page.locator('[data-online-list] [data-group="bulatan-wanita-belait"]')).toHaveCount(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-site-header]')).toBeHidden();
  await expect(page.locator('[data-place-list] > li[data-group]').first()).toBeVisible();
  // On paper too: the online groups in their own part, and 991 and 145 at the foot.
  await expect(page.locator('[data-online-list] > li[data-group]').first()).toBeVisible();
  await expect(page.locator('[data-print-foot]')).toBeVisible();
  await expect(page.locator('[data-print-foot]')).toContainText('991');
  await expect(page.locator('[data-print-foot]')).toContainText('145');
});

test('with JavaScript off every group is listed, labelled as a sample, and districts still open', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ms/groups/');
  await expect(page.locator('[data-g]')).toHaveCount(26);
  await expect(page.locator('[data-g] [data-sample-label]')).toHaveCount(26);
  await expect(page.locator('[data-directory-form]')).toBeHidden();
  await expect(page.locator('[data-directory-nojs]')).toHaveText(/^Tapisan memerlukan JavaScript/);
  await expect(page.locator('[data-directory-nojs]')).toBeVisible();
  const online = await page.locator('[data-online-list] [data-g]').count();
  expect(online).toBeGreaterThan(0);
  const belait = page.getByRole('link', { name: /^Belait: \d+ kumpulan$/ });
  const inBelait = Number(
    (await belait.getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? (await belait.innerText()).match(/\d+/)?.[0],
  );
  expect(inBelait).toBeGreaterThan(2);
  await belait.click();
  await expect(page).toHaveURL(/\/ms\/groups\/district\/belait\/$/);
  // The map's count is the groups that meet in Belait; the list has each of them.
  await expect(page.locator('[data-place-list] > li[data-group]')).toHaveCount(inBelait);
  // Online groups are for anyone: a district's list keeps them, in their own part (issue 12).
  await expect(page.getByRole('heading', { level: 2, name: 'Dalam talian — sertai dari mana-mana' })).toBeVisible();
  await expect(page.locator('[data-online-list] > li[data-group]')).toHaveCount(online);
  await page.goto('/ms/groups/pelangi-tutong/');
  await expect(page.locator('[data-sample-label]')).toBeVisible();
  await expect(page.locator('[data-calendar-link]').first()).toHaveAttribute(
    'href',
    '/groups/pelangi-tutong/perjumpaan.ics',
  );
  await context.close();
});

test('groups are in the search index with district, day and language filters', async ({ page }) => {
  await page.goto('/en/search/');
  const filters = await page.evaluate(async (bundle) => {
    const pagefind = (await import(/* @vite-ignore */ bundle)) as {
      init(): Promise<void>;
      filters(): Promise<Record<string, Record<string, number>>>;
    };
    await pagefind.init();
    return pagefind.filters();
  }, '/pagefind/pagefind.js');
  expect(Object.keys(filters.district ?? {}).sort()).toEqual(['Belait', 'Brunei-Muara', 'Temburong', 'Tutong']);
  expect(filters.day?.['Friday']).toBeGreaterThan(0);
  expect(filters.language?.['Malay']).toBeGreaterThanOrEqual(26);
});

test('what a group has not told us is said once, not row by row (review R30)', async ({ page }) => {
  await page.goto('/en/groups/jalan-pagi-muara/');
  const join = page.locator('[data-join]');
  await expect(join.locator('[data-not-told]')).toHaveText(
    'The cost; whether family members may come; who runs it. Ask the group when you get in touch.',
  );
  await expect(join.locator('dt', { hasText: /^Cost$/ })).toHaveCount(0);
  await expect(join.getByText('Not told to us yet')).toHaveCount(1);
  await page.goto('/ms/groups/jalan-pagi-muara/');
  await expect(page.locator('[data-join] [data-not-told]')).toContainText('siapa yang mengendalikannya');
  // An unverified group says so once (review N8).
  await expect(page.locator('main').getByText(/belum disahkan/i)).toHaveCount(1);
  await expect(page.locator('[data-not-verified]')).toContainText('belum disahkan');
});
