import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a Malay reader opens an article, switches to English, searches and opens a result', async ({ page }) => {
  await page.goto('/ms/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda tidak keseorangan');
  await expectNoAxeViolations(page);

  await page.locator('[data-path="recover"]').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/ms\/learn\/what-is-peer-support\/$/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /^English\s*: Baca halaman ini dalam bahasa Inggeris$/ }).click();
  await expect(page).toHaveURL(/\/en\/learn\/what-is-peer-support\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/peer support/i);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search this site').fill('relapse');
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toBeVisible();
  await expectNoAxeViolations(page);
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the bilingual entry page leads into both languages without script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Enter in English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/');
  await page.getByRole('link', { name: 'Masuk dalam Bahasa Melayu' }).click();
  await expect(page).toHaveURL(/\/ms\/$/);
  await context.close();
});

test('without JavaScript the search page says so and links to every section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ms/search/');
  await expect(page.getByText('Carian memerlukan JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kisah pemulihan' })).toBeVisible();
  await context.close();
});
