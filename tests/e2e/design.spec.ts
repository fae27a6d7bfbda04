/**
 * The look and feel promises of issue 13, measured in real Chromium on the built site:
 * the header's height on a phone, the pinned quick exit never lying over content, every
 * control's edge and focus ring at 3:1 in light and dark, one tap from `/` to a group and
 * to help, and a reading column of 60–75 characters. Design notes: docs/design.md.
 */
import { expect, test, type Page } from '@playwright/test';
import { contrastRatio, flatten, parseColor } from '../../tools/lib/contrast';
import { builtPagePaths } from './support/sitemap';

/** One page of each type (a template: `/ms/learn/relapse/` stands for `/ms/learn/*`), both languages. */
function pageTypes(): string[] {
  const templateOf = (path: string) => {
    const parts = path.split('/').filter(Boolean);
    return parts.length >= 3 ? `/${parts.slice(0, -1).join('/')}/*` : parts.length === 2 ? `/${parts[0]}/*/` : path;
  };
  const paths = builtPagePaths()
    .filter((p) => p.endsWith('/') || p === '/404.html')
    .map((p) => (p === '/404.html' ? '/ms/no-such-page/' : p));
  const seen = new Map<string, string>();
  for (const path of paths) {
    // Section lists and standing pages (`/ms/learn/`, `/ms/about/`) are each their own type.
    const type = path.split('/').filter(Boolean).length === 2 ? path : templateOf(path);
    if (!seen.has(type)) seen.set(type, path);
  }
  return [...seen.values()].sort();
}
const PAGE_TYPES = pageTypes();
const ARTICLES = ['/ms/learn/relapse/', '/en/learn/relapse/'];
const SCHEMES = ['light', 'dark'] as const;

test.describe('the header on a phone', () => {
  for (const { width, limit } of [
    { width: 320, limit: 120 },
    { width: 360, limit: 110 },
  ]) {
    test(`is at most ${limit} px tall at ${width} px, in two rows, on every page type`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 740 });
      for (const path of PAGE_TYPES.filter((p) => p !== '/' && !p.includes('no-such-page'))) {
        await page.goto(path);
        const rows = await page.evaluate(() => {
          const box = (s: string) => document.querySelector(s)?.getBoundingClientRect();
          const centre = (s: string) => {
            const b = box(s);
            return b ? Math.round(b.top + b.height / 2) : -1;
          };
          return {
            bottom: box('[data-site-nav]')?.bottom ?? Infinity,
            top: ['[data-quick-exit-link]', '[data-home-link]', '[data-language-switch]'].map(centre),
            second: [
              '[data-site-nav] [data-help-now] a[href="tel:991"]',
              '[data-site-nav] a[href="tel:145"]',
              '.site-menu > summary',
            ].map(centre),
            // Each number is named on screen, not only to screen readers (review R23).
            namesShown: [
              ...document.querySelectorAll<HTMLElement>('[data-site-nav] [data-help-now] [data-help-label]'),
            ].map(
              (label) => label.getBoundingClientRect().width > 20 && getComputedStyle(label).position !== 'absolute',
            ),
            scrollWidth: document.documentElement.scrollWidth,
            // The wordmark is cut ("Rakan Pu…") when the row has no room for it.
            wordmark: (() => {
              const name = document.querySelector<HTMLElement>('[data-home-link] .truncate');
              return name ? name.scrollWidth - name.clientWidth : -1;
            })(),
          };
        });
        expect(rows.bottom, `${path}: header height`).toBeLessThanOrEqual(limit);
        expect(new Set(rows.top).size, `${path}: mark, language link and quick exit share the first row`).toBe(1);
        expect(new Set(rows.second).size, `${path}: 991, 145 and Menu share the second row`).toBe(1);
        expect(rows.namesShown, `${path}: 991 and 145 are named on screen`).toEqual([true, true]);
        expect(rows.scrollWidth, `${path}: nothing sticks out sideways`).toBeLessThanOrEqual(width);
        expect(rows.wordmark, `${path}: "Rakan Pulih" is shown whole`).toBe(0);
      }
    });
  }

  test('opens its menu without JavaScript, and the menu leads to the directory', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: baseURL ?? '',
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto('/ms/learn/relapse/');
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await expect(menu.getByRole('link', { name: 'Cari kumpulan' })).toBeHidden();
    await page.locator('.site-menu > summary').click();
    await menu.getByRole('link', { name: 'Cari kumpulan' }).click();
    await expect(page).toHaveURL(/\/ms\/groups\/$/);
    await context.close();
  });

  test('shows the whole menu in the row on a desktop, with no "Menu" button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/');
    await expect(page.locator('.site-menu > summary')).toBeHidden();
    for (const name of ['Find a group', 'Get help', 'Learn', 'Families', 'Stories', 'Search']) {
      await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name })).toBeVisible();
    }
  });
});

test.describe('the pinned quick exit', () => {
  /**
   * The exit sits in an opaque band as wide as the screen, pinned to the top: that strip is
   * reserved for it, so as the page scrolls no text or control is ever drawn beside or under
   * the button — content passes under the whole band instead.
   */
  async function exitProblems(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const problems: string[] = [];
      const exit = document.querySelector<HTMLElement>('[data-quick-exit-link]');
      const band = exit?.closest<HTMLElement>('[data-top-bar]');
      if (!exit || !band) return ['the quick exit is not inside a pinned top bar'];
      const e = exit.getBoundingClientRect();
      const b = band.getBoundingClientRect();
      if (getComputedStyle(band).position !== 'sticky' || Math.round(b.top) !== 0)
        problems.push(`the bar is not pinned (top ${b.top})`);
      if (b.left > 0 || b.right < innerWidth) problems.push('the bar does not span the screen');
      if (e.top < b.top || e.bottom > b.bottom || e.left < b.left || e.right > b.right)
        problems.push('the button sticks out of its bar');
      // Whatever the eye sees at any point of the button's box is the button or its bar.
      for (let x = e.left + 1; x < e.right; x += 10) {
        for (let y = e.top + 1; y < e.bottom; y += 10) {
          const hit = document.elementFromPoint(x, y);
          if (hit && !band.contains(hit))
            problems.push(
              `${hit.tagName.toLowerCase()} "${hit.textContent?.trim().slice(0, 30)}" shows at (${x}, ${y})`,
            );
        }
      }
      // Text and controls outside the bar: none is drawn within the bar's strip.
      const items = document.querySelectorAll<HTMLElement>(
        'main a, main button, main input, main select, main summary, main p, main h1, main h2, main h3, main li',
      );
      for (const item of items) {
        const r = item.getBoundingClientRect();
        if (r.width === 0 || r.bottom <= b.bottom || r.top >= b.bottom) continue;
        const visibleY = Math.min(r.bottom, b.bottom) - 1;
        const hit = document.elementFromPoint(Math.min(Math.max(r.left + 2, 0), innerWidth - 1), visibleY);
        if (hit && item.contains(hit) && !band.contains(hit))
          problems.push(`${item.tagName.toLowerCase()} is drawn over the bar`);
      }
      return [...new Set(problems)];
    });
  }

  for (const width of [320, 360, 1280]) {
    test(`never lies over text or a control while scrolling, at ${width} px`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: width > 400 ? 800 : 640 });
      for (const path of ['/ms/learn/relapse/', '/en/groups/', '/', '/en/']) {
        await page.goto(path);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y <= height; y += 181) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          expect(await exitProblems(page), `${path} scrolled to ${y}`).toEqual([]);
          await expect(page.locator('[data-quick-exit-link]')).toBeInViewport({ ratio: 1 });
        }
      }
    });
  }

  test('never hides a control the keyboard moves to, forwards or back', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/en/learn/relapse/');
    const hidden: string[] = [];
    for (const key of [...Array(45).fill('Tab'), ...Array(45).fill('Shift+Tab')] as string[]) {
      await page.keyboard.press(key);
      const where = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const band = document.querySelector('[data-site-header]');
        // The skip link shows over the bar on purpose, at the top left, when it has focus.
        if (!el || !band || band.contains(el) || el === document.body || el.getAttribute('href') === '#main') return '';
        const r = el.getBoundingClientRect();
        return r.top < band.getBoundingClientRect().bottom
          ? `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" at ${Math.round(r.top)}`
          : '';
      });
      if (where) hidden.push(where);
    }
    expect(hidden).toEqual([]);
  });
});

interface ControlLook {
  what: string;
  border: { color: string; width: number }[];
  fill: string;
  behind: string[];
  outline?: { color: string; width: number; style: string };
}

/** The colours of each visible control's edge and fill, and of what lies behind it; with its focus ring when `focus` is set. */
async function controlLooks(page: Page, selector: string, focus: boolean): Promise<ControlLook[]> {
  // A key press first, so focus moved from script still shows the keyboard focus ring (:focus-visible).
  await page.keyboard.press('Shift');
  return page.evaluate(
    ({ selector, focus }) => {
      const layers = (el: Element | null) => {
        const out: string[] = [];
        for (let node = el; node; node = node.parentElement) out.push(getComputedStyle(node).backgroundColor);
        return out;
      };
      const looks: ControlLook[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (
          r.width < 2 ||
          r.height < 2 ||
          !el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })
        )
          continue;
        if (el.closest('.sr-only, [hidden]')) continue;
        if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') continue;
        const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
        const look: ControlLook = {
          what,
          border: (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
            color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
            width: Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
          })),
          fill: style.backgroundColor,
          behind: layers(el.parentElement),
        };
        if (focus) {
          el.focus();
          const f = getComputedStyle(el);
          look.outline = { color: f.outlineColor, width: Number.parseFloat(f.outlineWidth), style: f.outlineStyle };
          // A map region shows focus by the thick outline of its shape, not a box around it.
          const shape = el.closest('svg') && el.querySelector('path');
          if (shape && f.outlineStyle === 'none') {
            const p = getComputedStyle(shape);
            look.outline = { color: p.stroke, width: Number.parseFloat(p.strokeWidth), style: 'stroke' };
          }
          el.blur();
        }
        looks.push(look);
      }
      return looks;
    },
    { selector, focus },
  ) as Promise<ControlLook[]>;
}

const FIELDS = 'input:not([type="hidden"]), select, textarea, button, summary, [role="button"]';
const FOCUSABLE = `${FIELDS}, a[href]`;

test.describe('controls reach 3:1 against the page (WCAG 1.4.11)', () => {
  for (const scheme of SCHEMES) {
    test(`every control's edge and every focus ring, on every page type, ${scheme}`, async ({ browser, baseURL }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({
        colorScheme: scheme,
        baseURL: baseURL ?? '',
        viewport: { width: 360, height: 740 },
      });
      const page = await context.newPage();
      const problems: string[] = [];
      let measured = 0;
      for (const path of PAGE_TYPES) {
        await page.goto(path);
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          for (const look of await controlLooks(page, FIELDS, false)) {
            const behind = flatten(look.behind.map(parseColor));
            const edges = look.border.filter((b) => b.width >= 1 && parseColor(b.color).a > 0);
            const ratios = [
              ...edges.map((b) => contrastRatio(flatten([parseColor(b.color)], behind), behind)),
              ...(parseColor(look.fill).a > 0 ? [contrastRatio(flatten([parseColor(look.fill)], behind), behind)] : []),
            ];
            measured++;
            const best = Math.max(0, ...ratios);
            if (best < 3) problems.push(`${path} at ${width}: ${look.what} edge ${best.toFixed(2)}:1`);
          }
        }
        await page.setViewportSize({ width: 360, height: 800 });
        for (const look of await controlLooks(page, FOCUSABLE, true)) {
          const behind = flatten(look.behind.map(parseColor));
          const ring = look.outline;
          measured++;
          if (!ring || ring.style === 'none' || ring.width < 2) {
            problems.push(`${path}: ${look.what} shows no focus ring (${ring?.style} ${ring?.width}px)`);
            continue;
          }
          const ratio = contrastRatio(flatten([parseColor(ring.color)], behind), behind);
          if (ratio < 3) problems.push(`${path}: ${look.what} focus ring ${ratio.toFixed(2)}:1`);
        }
      }
      expect(measured, 'controls measured').toBeGreaterThan(PAGE_TYPES.length * 5);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

test.describe('one tap from the entry page', () => {
  for (const [locale, groups, help] of [
    ['ms', 'Cari kumpulan sokongan', 'Bantuan segera'],
    ['en', 'Find a support group', 'Help now'],
  ] as const) {
    test(`to the directory, ready to locate, in ${locale}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/');
      const link = page.locator(`[data-entry="${locale}"]`).getByRole('link', { name: groups });
      await expect(link, 'both languages’ actions are on the first screen').toBeInViewport({ ratio: 1 });
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/groups/#filter-near$`));
      await expect(page.locator('#filter-near')).toBeInViewport();
      await expect(page.locator('[data-locate]')).toBeInViewport();
    });

    test(`to help, in ${locale}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/');
      await page.locator(`[data-entry="${locale}"]`).getByRole('link', { name: help, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/help/$`));
      await expect(page.locator('a[href="tel:991"]').first()).toBeVisible();
    });

    test(`the ${locale} home page's first screen offers a group near me and someone to talk to now`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 568 });
      await page.goto(`/${locale}/`);
      const find = page.locator('[data-action="find-group"]');
      const talk = page.locator('[data-action="talk-now"]');
      await expect(find).toBeInViewport({ ratio: 1 });
      await expect(talk).toBeInViewport({ ratio: 1 });
      await expect(talk).toHaveAttribute('href', 'tel:145');
      await find.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/groups/#filter-near$`));
    });
  }
});

test.describe('reading', () => {
  /** Characters on each full line of the article's paragraphs (a paragraph's last line is left out). */
  async function lineLengths(page: Page): Promise<number[]> {
    return page.evaluate(() => {
      const lengths: number[] = [];
      for (const p of document.querySelectorAll('.prose > p')) {
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            const top = Math.round(rect.top / 4);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        lengths.push(...[...lines.values()].slice(0, -1));
      }
      return lengths;
    });
  }

  for (const width of [1280, 1024, 768]) {
    test(`article lines run 60–75 characters at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ARTICLES) {
        await page.goto(path);
        const lengths = (await lineLengths(page)).sort((a, b) => a - b);
        expect(lengths.length, `${path}: full lines measured`).toBeGreaterThan(10);
        const median = lengths[Math.floor(lengths.length / 2)]!;
        expect(median, `${path}: median line`).toBeGreaterThanOrEqual(60);
        expect(median, `${path}: median line`).toBeLessThanOrEqual(75);
        expect(lengths.at(-1)!, `${path}: longest line`).toBeLessThanOrEqual(80);
      }
    });
  }

  for (const width of [360, 1280]) {
    test(`headings step down clearly, H1 > H2 > H3 > body, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/en/learn/stigma-myths-and-facts/', '/en/help/', '/ms/']) {
        await page.goto(path);
        const sizes = await page.evaluate(() =>
          ['main h1', 'main h2', 'main h3', 'main p:not([class*="text-"])'].map((s) =>
            Number.parseFloat(getComputedStyle(document.querySelector(s)!).fontSize),
          ),
        );
        const [h1, h2, h3, body] = sizes as [number, number, number, number];
        expect(h1 / h2, `${path}: H1 over H2`).toBeGreaterThanOrEqual(1.2);
        expect(h2 / h3, `${path}: H2 over H3`).toBeGreaterThanOrEqual(1.15);
        expect(h3 / body, `${path}: H3 over body`).toBeGreaterThanOrEqual(1.05);
      }
    });
  }
});

test.describe('stories', () => {
  test('show the content note before the summary, and end with next steps', async ({ page }) => {
    await page.goto('/en/stories/');
    const stories = await page
      .locator('main a[href^="/en/stories/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    let withNotes = 0;
    for (const story of stories) {
      await page.goto(story);
      const order = await page.evaluate(() => {
        const all = [...document.querySelectorAll('article *')];
        const at = (s: string) => all.indexOf(document.querySelector(`article ${s}`)!);
        return {
          note: at('[data-content-notes]'),
          summary: at('[data-summary]'),
          next: at('[data-next-steps]'),
          body: at('.prose'),
        };
      });
      expect(order.summary, `${story}: summary`).toBeGreaterThan(0);
      if (order.note >= 0) {
        withNotes++;
        expect(order.note, `${story}: content note first`).toBeLessThan(order.summary);
      }
      expect(order.next, `${story}: next steps after the story`).toBeGreaterThan(order.body);
      const steps = page.locator('[data-next-steps]');
      await expect(steps.locator('a[href="/en/groups/"]')).toBeVisible();
      await expect(steps.locator('a[href="tel:145"]')).toBeVisible();
      await expect(steps.locator('[data-step="guide"] a')).toHaveAttribute('href', /^\/en\/(learn|families)\//);
    }
    expect(withNotes, 'stories with a content note checked').toBeGreaterThan(0);
  });
});

test.describe('the second design pass (docs/design.md, review findings F3, F7, F9, F10, F12)', () => {
  for (const width of [320, 360]) {
    test(`the entry page's numbers are 44 px targets and wrap the same way in both languages at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/');
      const looks = await page.evaluate(() =>
        ['ms', 'en'].map((locale) =>
          [...document.querySelectorAll(`[data-entry="${locale}"] [data-help-now] a`)].map((a) => {
            const box = a.getBoundingClientRect();
            const card = a.closest('[data-entry]')!.getBoundingClientRect();
            return {
              href: a.getAttribute('href'),
              width: box.width,
              height: box.height,
              // Where it sits in its card: the same in both languages when they wrap alike.
              left: Math.round(box.left - card.left),
              top: Math.round(box.top - (a.parentElement!.getBoundingClientRect().top ?? 0)),
            };
          }),
        ),
      );
      const [ms, en] = looks as [(typeof looks)[0], (typeof looks)[0]];
      expect(ms.map((l) => l.href)).toEqual(['tel:991', 'tel:145']);
      for (const link of [...ms, ...en]) {
        expect(link.height, `${link.href} height`).toBeGreaterThanOrEqual(44);
        expect(link.width, `${link.href} width`).toBeGreaterThanOrEqual(44);
      }
      expect(
        en.map(({ href, left, top, height }) => ({ href, left, top, height })),
        'the English numbers sit and wrap as the Malay ones do',
      ).toEqual(ms.map(({ href, left, top, height }) => ({ href, left, top, height })));
    });
  }

  for (const scheme of SCHEMES) {
    test(`the home page's "talk to someone now" card carries a button to call, hours off the card (${scheme})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({
        colorScheme: scheme,
        baseURL: baseURL ?? '',
        viewport: { width: 360, height: 740 },
      });
      const page = await context.newPage();
      for (const [locale, call, hours] of [
        ['ms', 'Hubungi 145', /24 jam/],
        ['en', 'Call 145', /24 hours/],
      ] as const) {
        await page.goto(`/${locale}/`);
        const card = page.locator('[data-action="talk-now"]');
        const button = card.locator('[data-talk-button]');
        await expect(button).toHaveText(call);
        await expect(button).toBeInViewport({ ratio: 1 });
        const look = await button.evaluate((el) => ({
          fill: getComputedStyle(el).backgroundColor,
          text: getComputedStyle(el).color,
          card: getComputedStyle(el.closest('a')!).backgroundColor,
          height: el.getBoundingClientRect().height,
        }));
        // A filled shape that stands out from its card and holds readable text: it reads as a button.
        expect(
          contrastRatio(parseColor(look.fill), parseColor(look.card)),
          `${locale}: button against card`,
        ).toBeGreaterThanOrEqual(3);
        expect(
          contrastRatio(parseColor(look.text), parseColor(look.fill)),
          `${locale}: button text`,
        ).toBeGreaterThanOrEqual(4.5);
        expect(look.height).toBeGreaterThanOrEqual(44);
        await expect(card).not.toContainText(hours);
        await expect(page.locator('[data-talk-hours]')).toContainText(hours);
      }
      await context.close();
    });
  }

  test('every story shows its first lines on the first screen of a 360×740 phone, after the content note', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    let checked = 0;
    for (const locale of ['ms', 'en']) {
      await page.goto(`/${locale}/stories/`);
      const stories = await page
        .locator(`main a[href^="/${locale}/stories/"]`)
        .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
      for (const story of stories) {
        await page.goto(story);
        const at = await page.evaluate(() => {
          const first = document.querySelector('article .prose > p')!;
          const line = Number.parseFloat(getComputedStyle(first).lineHeight);
          return { top: first.getBoundingClientRect().top, line, screen: innerHeight };
        });
        expect(at.top + 2 * at.line, `${story}: the story's first two lines on the first screen`).toBeLessThanOrEqual(
          at.screen,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4);
  });

  test('a group page says what kind of group it is, then how to join, with H1 over H2 over the labels', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/en/groups/');
    const group = await page
      .locator(
        'main a[href^="/en/groups/"]:not([href="/en/groups/"]):not([href*="/district/"]):not([href*="/services/"])',
      )
      .first()
      .getAttribute('href');
    await page.goto(group!);
    const look = await page.evaluate(() => {
      const size = (s: string) => Number.parseFloat(getComputedStyle(document.querySelector(s)!).fontSize);
      const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top;
      return {
        h1: size('main h1'),
        h2: size('[data-join] h2'),
        label: size('[data-join] dt'),
        kind: top('[data-group-kind]'),
        summary: top('[data-group-summary]'),
        join: top('[data-join]'),
        where: top('[data-where]'),
        first: top('[data-first-time]'),
      };
    });
    expect(look.h1 / look.h2).toBeGreaterThanOrEqual(1.2);
    expect(look.h2 / look.label).toBeGreaterThanOrEqual(1.2);
    expect(look.kind).toBeLessThan(look.join);
    // What happens at a meeting follows "how to join" and comes before "your first time" (review N3).
    expect(look.where).toBeLessThan(look.summary);
    expect(look.summary).toBeLessThan(look.first);
  });
});
