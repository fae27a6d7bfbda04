/**
 * Accessibility checks a real browser can make on a page: axe's WCAG rules, the
 * heading outline, reflow without horizontal scrolling, the keyboard path through
 * every control with a visible focus, and motion under prefers-reduced-motion.
 * Each returns the problems it found as readable lines (empty when all is well).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG A/AA violations, one line per rule with the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing in a new blank page: two to
  // three times faster, and exact here because the site has no iframes.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** One h1, first; no level skipped on the way down (h2 → h4). Hidden headings do not count. */
export async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((h) => h.checkVisibility({ visibilityProperty: true }) && !h.closest('[aria-hidden="true"]'))
      .map((h) => ({
        level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
        text: (h.textContent ?? '').trim().slice(0, 60),
      })),
  );
  const problems: string[] = [];
  const h1s = levels.filter((h) => h.level === 1);
  if (h1s.length !== 1)
    problems.push(`${h1s.length} h1 elements (${h1s.map((h) => h.text).join(' | ')}); expected one`);
  if (levels[0] && levels[0].level !== 1)
    problems.push(`the first heading is h${levels[0].level} "${levels[0].text}", not the h1`);
  levels.forEach((h, i) => {
    const before = levels[i - 1];
    if (before && h.level > before.level + 1)
      problems.push(`h${before.level} "${before.text}" is followed by h${h.level} "${h.text}"`);
  });
  return problems;
}

/** Elements sticking out to the right when the page is wider than the window (it scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const width = root.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 3).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 1);
    // Report the innermost offenders: the ones without a wide child of their own.
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return [`page is ${root.scrollWidth}px wide in a ${width}px window`, ...innermost.slice(0, 5).map(describe)];
  });
}

interface FocusStop {
  expected: number | null;
  what: string;
  visibleFocus: boolean;
  obscured: boolean;
}

/** Runs in the page: the focused element, described, and whether its focus can be seen. */
function inspectFocus(): FocusStop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const points: [number, number][] = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + 2, r.top + 2],
    [r.right - 2, r.top + 2],
    [r.left + 2, r.bottom - 2],
    [r.right - 2, r.bottom - 2],
  ];
  const uncovered = points.some(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
  });
  const href = el.getAttribute('href');
  return {
    expected: el.hasAttribute('data-kb') ? Number(el.getAttribute('data-kb')) : null,
    what: `${el.tagName.toLowerCase()}${href ? `[href="${href}"]` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
    visibleFocus: ring && r.width > 1 && r.height > 1,
    obscured: !uncovered,
  };
}

/**
 * For a focus style the quick test cannot see (no outline or ring, e.g. an SVG map whose
 * shape thickens on focus): whether the focused element looks different from the same
 * element unfocused. Focus is put back afterwards, so Tab carries on from there.
 */
async function focusChangesPixels(page: Page, selector: string): Promise<boolean> {
  const element = page.locator(selector);
  const box = await element.boundingBox();
  if (!box || box.width <= 1 || box.height <= 1) return false;
  const x = Math.max(0, box.x - 4);
  const y = Math.max(0, box.y - 4);
  const clip = { x, y, width: box.width + 8, height: box.height + 8 };
  const focused = await page.screenshot({ clip, animations: 'disabled' });
  await element.evaluate((el) => (el as HTMLElement).blur());
  const blurred = await page.screenshot({ clip, animations: 'disabled' });
  await element.evaluate((el) => (el as HTMLElement).focus());
  return !focused.equals(blurred);
}

/** The first few Tab stops of a freshly loaded page, described as `tag[href="…"] "text"`. */
export async function firstTabStops(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocus);
    if (stop) stops.push(stop.what);
  }
  return stops;
}

/**
 * Tabs through the whole page from the top. Reports every control that Tab never
 * reaches, and every stop where focus cannot be seen (no outline or ring, no size,
 * or hidden entirely under something else, such as the sticky quick-exit button).
 * `order` lists the stops as they came.
 */
export async function keyboardProblems(page: Page): Promise<{ problems: string[]; stops: number; order: string[] }> {
  const expected = await page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    function isRadioStop(radio: HTMLInputElement) {
      const group = [
        ...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(radio.name)}"]`),
      ];
      const checked = group.find((r) => r.checked);
      return checked ? checked === radio : group[0] === radio;
    }
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        !el.closest('[inert], [hidden]') &&
        el.checkVisibility({ visibilityProperty: true }) &&
        // Only the checked radio (or the first) of a group is a Tab stop; arrows move within it.
        !(el instanceof HTMLInputElement && el.type === 'radio' && el.name && !isRadioStop(el)),
    );
    candidates.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return candidates.map(describe);
  });

  // From the top of the document, one Tab at a time, looking at each stop once the
  // browser has scrolled it into view; a few extra presses pass any stop the page adds itself.
  const log: FocusStop[] = [];
  for (let i = 0; i < expected.length + 3; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocus);
    if (stop && !stop.visibleFocus && stop.expected !== null)
      stop.visibleFocus = await focusChangesPixels(page, `[data-kb="${stop.expected}"]`);
    if (stop) log.push(stop);
  }

  await page.evaluate(() => document.querySelectorAll('[data-kb]').forEach((el) => el.removeAttribute('data-kb')));

  const reached = new Set(log.map((s) => s.expected));
  const problems = [
    ...expected.filter((_, i) => !reached.has(i)).map((what) => `not reachable with Tab: ${what}`),
    ...log.filter((s) => !s.visibleFocus).map((s) => `focus not visible on ${s.what}`),
    ...log.filter((s) => s.obscured).map((s) => `focused but hidden under something else: ${s.what}`),
  ];
  return { problems: [...new Set(problems)], stops: expected.length, order: log.map((s) => s.what) };
}

/** Animations still running, or transitions longer than an instant, while the reader asks for reduced motion. */
export async function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const long = (value: string) =>
      value.split(',').some((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000) > 10);
    const running = document.getAnimations().filter((a) => a.playState === 'running');
    const moving = [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return (s.animationName !== 'none' && long(s.animationDuration)) || long(s.transitionDuration);
    });
    return [
      ...running.map((a) => `animation running: ${(a as CSSAnimation).animationName ?? a.id ?? 'script animation'}`),
      ...moving
        .slice(0, 5)
        .map((el) => `moves under prefers-reduced-motion: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      ...(getComputedStyle(document.documentElement).scrollBehavior === 'smooth'
        ? ['smooth scrolling under prefers-reduced-motion']
        : []),
    ];
  });
}
