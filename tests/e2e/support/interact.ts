/**
 * Uses every control on a page the way a curious reader would — types into each
 * text box, picks an option in each list, ticks each box, presses each button,
 * opens each disclosure — without knowing what the page is. A crawl that calls it
 * covers search, the directory filters and "near me" today, and whatever is added
 * tomorrow. The quick exit is left alone (it leaves the site on purpose).
 */
import type { Locator, Page } from '@playwright/test';

/** A place in Brunei (Bandar Seri Begawan) for "near me": geolocation is emulated, nothing is looked up. */
export const BRUNEI_POSITION = { latitude: 4.8903, longitude: 114.9401 };

/** A word that finds something in each language. */
const WORD: Record<string, string> = { ms: 'keluarga', en: 'family' };

const OUTSIDE_EXIT = ':not([data-quick-exit] *)';

async function each(locator: Locator, act: (control: Locator) => Promise<void>): Promise<number> {
  let used = 0;
  const count = await locator.count();
  for (let i = 0; i < count; i++) {
    const control = locator.nth(i);
    // A control may vanish or hide when another one is used (a filtered list re-renders).
    if (!(await control.isVisible().catch(() => false)) || !(await control.isEnabled().catch(() => false))) continue;
    await act(control);
    used++;
  }
  return used;
}

/** Uses every visible control once; returns how many it used (0 for a page of plain reading). */
export async function useEveryControl(page: Page): Promise<number> {
  const controls = `details > summary, input, select, textarea, button`;
  const present = await page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].some((el) => !el.closest('[data-quick-exit]')),
    controls,
  );
  if (!present) return 0;
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'ms';
  const word = WORD[lang] ?? 'keluarga';
  const quick = { timeout: 3000 };
  let used = 0;

  used += await each(page.locator(`details:not([open]) > summary${OUTSIDE_EXIT}`), (c) => c.click(quick));
  // The site menu opens over the page (a dropdown): close it again, as a reader does, so the
  // controls under it can be used too.
  const menu = page.locator('[data-site-nav] details[open] > summary');
  if (await menu.isVisible()) await menu.click(quick);
  used += await each(
    page.locator(`input:is([type="search"], [type="text"], :not([type]))${OUTSIDE_EXIT}, textarea${OUTSIDE_EXIT}`),
    (c) => c.fill(word, quick),
  );
  used += await each(page.locator(`select${OUTSIDE_EXIT}`), async (c) => {
    const values = await c
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const last = values.at(-1);
    if (last !== undefined) await c.selectOption(last, quick);
  });
  used += await each(page.locator(`input[type="checkbox"]${OUTSIDE_EXIT}`), (c) => c.check(quick));
  used += await each(page.locator(`input[type="radio"]${OUTSIDE_EXIT}`), (c) => c.check(quick));
  used += await each(page.locator(`button:not([type="submit"])${OUTSIDE_EXIT}`), (c) => c.click(quick));
  if (used > 0) await settle(page);
  return used;
}

/** Waits until the page has made no request for a moment (search and filters fetch as you type). */
export async function settle(page: Page, quietMs = 300, maxMs = 5000): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const start = () => ((inFlight += 1), (lastChange = Date.now()));
  const end = () => ((inFlight = Math.max(0, inFlight - 1)), (lastChange = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs)) await page.waitForTimeout(50);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}
