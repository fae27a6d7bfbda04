/**
 * Printed pages: a family may print an article, a guide or a list of groups to read
 * away from the screen or hand to someone. On paper there is no navigation, no quick
 * exit and no filters; every link shows where it leads; the page says where it came from.
 */
import { expect, test, type Page } from '@playwright/test';

async function printed(page: Page, path: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.goto(path);
  await page.emulateMedia({ media: 'print', colorScheme });
}

async function expectNoSiteChrome(page: Page) {
  for (const selector of ['[data-site-header]', '[data-site-footer]', '[data-quick-exit]', 'nav', 'main form']) {
    for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
  }
}

/** The `::after` text of the first visible link in the main content that leads somewhere. */
async function printedAddressOfFirstLink(page: Page) {
  const link = page.locator('main :is(a[href^="/"], a[href^="http"]):visible').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  return { href, after };
}

test.describe('printed pages', () => {
  test('the “printed from” line is for paper only', async ({ page }) => {
    await page.goto('/en/learn/relapse/');
    await expect(page.locator('[data-print-only]')).toBeHidden();
  });

  test('an article prints without the site’s navigation, with the address of each link', async ({ page }) => {
    await printed(page, '/en/learn/relapse/');
    await expectNoSiteChrome(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-print-only]')).toBeVisible();
    await expect(page.locator('[data-print-only]')).toHaveText(/^Printed from https?:\/\/.+\/en\/learn\/relapse\/$/);
    const { href, after } = await printedAddressOfFirstLink(page);
    expect(after).toContain(href);
  });

  test('a family guide prints in Malay, black on white even when the screen is dark', async ({ page }) => {
    await printed(page, '/ms/families/talking-to-someone-you-are-worried-about/', 'dark');
    await expectNoSiteChrome(page);
    await expect(page.locator('[data-print-only]')).toBeVisible();
    await expect(page.locator('[data-print-only]')).toHaveText(/^Dicetak daripada https?:\/\//);
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).color,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(colours).toEqual({ body: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
  });

  test('a list of groups prints every group, without the filters', async ({ page }) => {
    for (const path of ['/ms/groups/', '/en/groups/district/brunei-muara/']) {
      await printed(page, path);
      await expectNoSiteChrome(page);
      const groups = page.locator('main a[href*="/groups/"]:visible');
      expect(await groups.count(), path).toBeGreaterThan(2);
    }
  });

  test('the directory on paper: no "now", no "tomorrow", no bare paths (issue 12)', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-29T15:30:00Z') }); // Sunday 23:30 in Brunei
    await page.goto('/en/groups/?time=now');
    await expect(page.locator('[data-upcoming]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-upcoming]')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/en/groups/');
    await expect(page.locator('[data-g] [data-next]:visible').first()).toHaveText(/^Next: (Today|Tomorrow)/);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['[data-now-banner]', '[data-g] [data-next]'])
      for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
    expect(await page.locator('main').innerText()).not.toMatch(/\b(Today|Tomorrow|now)\b/);
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('main a[href^="/"]')].map((a) => getComputedStyle(a, '::after').content),
    );
    expect(after.filter((c) => c !== 'none' && c !== 'normal')).toEqual([]);
  });

  test('every printed page ends with 991 and 145, which the screen shows in the header instead', async ({ page }) => {
    for (const path of ['/en/learn/relapse/', '/ms/families/', '/ms/groups/', '/en/groups/district/belait/']) {
      await page.goto(path);
      await expect(page.locator('[data-print-foot]'), path).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-print-foot]'), path).toBeVisible();
      await expect(page.locator('[data-print-foot]'), path).toContainText(/991.+145/);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('paper never carries the phone-only help strip or buttons', async ({ page }) => {
    await printed(page, '/ms/help/');
    for (const element of await page.locator('[data-help-now], button').all()) await expect(element).toBeHidden();
    // The helplines themselves are the content of this page, so they print.
    await expect(page.getByRole('main').getByText('991').first()).toBeVisible();
  });
});
