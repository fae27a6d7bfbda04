/**
 * The quick exit, after the GOV.UK "Exit this page" pattern: a reader who is being
 * watched can leave in one tap or with Escape pressed twice, and Back does not bring
 * the page back. The neutral page is stood in for locally, so nothing leaves the machine.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../../src/lib/quick-exit';

const EXIT_ORIGIN = new URL(QUICK_EXIT_URL).origin;
const ARTICLE = { ms: '/ms/learn/relapse/', en: '/en/learn/relapse/' };

/** Serves a stand-in for the neutral page; any other request off the site is refused. */
async function standInForTheNeutralPage(context: BrowserContext, baseURL: string | undefined) {
  const site = new URL(baseURL ?? 'http://localhost').origin;
  await context.route(
    (url) => url.origin !== site,
    async (route) => {
      if (new URL(route.request().url()).origin !== EXIT_ORIGIN) return route.abort('blockedbyclient');
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Cuaca</title><h1>Cuaca hari ini</h1>',
      });
    },
  );
}

const exitButton = (page: Page) => page.locator('a[data-quick-exit-link]');

test.describe('the quick exit', () => {
  test('replaces the page with the neutral one, so Back does not return to it', async ({ page, context, baseURL }) => {
    await standInForTheNeutralPage(context, baseURL);
    await page.goto('/ms/');
    await page.goto(ARTICLE.ms);
    await exitButton(page).click();
    await expect(page).toHaveURL(QUICK_EXIT_URL);
    await page.goBack();
    await expect(page, 'Back skips the page the reader left').toHaveURL(/\/ms\/$/);
  });

  test('leaves when Escape is pressed twice, even from the search box', async ({ page, context, baseURL }) => {
    await standInForTheNeutralPage(context, baseURL);
    await page.goto('/ms/search/');
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(QUICK_EXIT_URL);
  });

  test('stays on one Escape, or two far apart (Escape still closes things as usual)', async ({
    page,
    context,
    baseURL,
  }) => {
    await standInForTheNeutralPage(context, baseURL);
    await page.goto(ARTICLE.en);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`${ARTICLE.en}$`));
  });

  test('blanks the page and its title at once, before asking for the neutral page', async ({ page, baseURL }) => {
    // Hold the request for the neutral page: while it waits, the page the reader left
    // is still the one in the tab, so what it shows can be read without a race.
    const site = new URL(baseURL ?? 'http://localhost').origin;
    let asked!: () => void;
    const neutralPageAsked = new Promise<void>((done) => (asked = done));
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    await page.route(
      (url) => url.origin !== site,
      async (route) => {
        if (new URL(route.request().url()).origin !== EXIT_ORIGIN) return route.abort('blockedbyclient');
        asked();
        await released;
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Cuaca</title><h1>Cuaca</h1>' });
      },
    );
    const seen: { hidden: boolean; title: string }[] = [];
    await page.exposeFunction('reportLooks', (looks: { hidden: boolean; title: string }) => seen.push(looks));
    await page.goto(ARTICLE.ms);
    await expect(page).toHaveTitle(/Rakan Pulih/);
    // Report what the page looks like when the neutral page is asked for.
    await page.evaluate(() => {
      const report = () =>
        (window as unknown as { reportLooks(l: object): void }).reportLooks({
          hidden: document.body.hidden,
          title: document.title,
        });
      new MutationObserver(report).observe(document.body, { attributes: true });
    });
    await exitButton(page).click({ noWaitAfter: true });
    await neutralPageAsked;
    await expect.poll(() => seen.at(-1)).toEqual({ hidden: true, title: '' });
    release();
    await expect(page).toHaveURL(QUICK_EXIT_URL);
  });

  test('is a plain link that still leaves without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
    await standInForTheNeutralPage(context, baseURL);
    const page = await context.newPage();
    await page.goto(ARTICLE.ms);
    await exitButton(page).click();
    await expect(page).toHaveURL(QUICK_EXIT_URL);
    await context.close();
  });

  test('says what it does in the page’s language', async ({ page }) => {
    await page.goto(ARTICLE.ms);
    await expect(exitButton(page)).toHaveAccessibleName(/^Keluar segera — .*Escape dua kali/);
    await page.goto(ARTICLE.en);
    await expect(exitButton(page)).toHaveAccessibleName(/^Exit now — .*Escape twice/);
    await page.goto('/');
    await expect(exitButton(page), 'the bilingual entry page names it in both').toHaveText(/Keluar segera.*Exit now/);
  });

  for (const width of [320, 1280]) {
    test(`comes right after the skip link and stays in reach while reading, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(ARTICLE.ms);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(exitButton(page)).toBeFocused();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(exitButton(page)).toBeInViewport({ ratio: 1 });
      // Nothing in the header's row is hidden under it (tests/e2e/design.spec.ts checks the page).
      await page.evaluate(() => window.scrollTo(0, 0));
      const exit = (await exitButton(page).boundingBox())!;
      for (const other of await page.locator('[data-site-header] a:not([data-quick-exit-link])').all()) {
        if (!(await other.isVisible())) continue;
        const box = await other.boundingBox();
        if (!box) continue;
        const overlaps =
          box.x < exit.x + exit.width &&
          exit.x < box.x + box.width &&
          box.y < exit.y + exit.height &&
          exit.y < box.y + box.height;
        expect(overlaps, `${await other.textContent()} is under the exit button`).toBe(false);
      }
    });
  }

  test('is explained on its own page, with what it cannot hide', async ({ page }) => {
    await page.goto('/ms/quick-exit/');
    await expect(page.getByRole('main')).toContainText('sejarah');
    await page.goto('/en/quick-exit/');
    await expect(page.getByRole('main')).toContainText('history');
  });
});
