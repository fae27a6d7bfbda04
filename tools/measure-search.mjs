#!/usr/bin/env node
// @ts-check
/* global window, Element */
/**
 * Measures the search page's loading in Chromium as a phone opens it (360×740, the CPU
 * slowed 4×, as Lighthouse's mobile run assumes; the network as served locally): first
 * and largest contentful paint (when, which element, and whether that element is still
 * in the page after the island has run) and every layout shift, with what moved.
 * Prints each run, then the median of each page (docs/search.md records the figures).
 *
 *   npm run build && node tools/serve.mjs --port 4343 &
 *   node tools/measure-search.mjs [--base http://localhost:4343] [--runs 5] [--cpu 4]
 *
 * Several bases, comma-separated, are measured in turns (before and after a change, each
 * served by its own `tools/serve.mjs --dir`), so a busy moment of the machine falls on both.
 */
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:4343' },
    runs: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '4' },
  },
});
const PAGES = ['/ms/search/', '/en/search/', '/ms/search/?q=keluarga', '/en/search/?q=family'];

/** Runs in the page before any of its own script: keeps every paint and layout-shift entry. */
function observe() {
  /** @param {Node | null | undefined} node */
  const describe = (node) => {
    if (!node) return 'null';
    if (!(node instanceof Element)) return node.nodeName;
    const id = node.id ? `#${node.id}` : '';
    const data = [...node.attributes].find((a) => a.name.startsWith('data-'))?.name;
    return `${node.tagName}${id}${data ? `[${data}]` : ''}`;
  };
  /** @type {{ time: number; what: string; element: Element | null }[]} */
  const lcp = [];
  /** @type {{ time: number; value: number; sources: string[] }[]} */
  const shifts = [];
  const paints = { fcp: 0 };
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries()))
      lcp.push({ time: e.startTime, what: describe(e.element), element: e.element });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') paints.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) {
      if (e.hadRecentInput) continue;
      shifts.push({
        time: e.startTime,
        value: e.value,
        sources: (e.sources ?? []).map(
          (/** @type {any} */ s) =>
            `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  Object.assign(window, { measured: { lcp, shifts, paints } });
}

/** @param {number[]} list */
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
/** @type {Record<string, { fcp: number[]; lcp: number[]; cls: number[]; gone: number }>} */
const summary = {};
const bases = values.base.split(',');
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    // Pages and bases in turns, so a busy moment of the machine does not fall on one only.
    for (const [path, base] of PAGES.flatMap((p) => bases.map((b) => /** @type {const} */ ([p, b])))) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
      await page.addInitScript(observe);
      await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      // A query's results render once Pagefind has loaded: give them time to arrive and settle.
      await page.waitForTimeout(1500);
      const out = await page.evaluate(() => {
        const m = /** @type {any} */ (window).measured;
        const last = m.lcp.at(-1);
        return {
          fcp: Math.round(m.paints.fcp),
          lcp: last ? Math.round(last.time) : NaN,
          gone: last ? !last.element?.isConnected : true,
          entries: m.lcp.map(
            (/** @type {any} */ e) =>
              `${e.what} @${Math.round(e.time)}${e.element?.isConnected ? '' : ' (not in the page)'}`,
          ),
          cls: m.shifts.reduce((/** @type {number} */ sum, /** @type {any} */ e) => sum + e.value, 0),
          /** @type {string[]} */
          shifts: m.shifts.map(
            (/** @type {any} */ e) => `${e.value.toFixed(4)} @${Math.round(e.time)} ms: ${e.sources.join('; ')}`,
          ),
        };
      });
      console.log(
        `${bases.length > 1 ? `${base} ` : ''}${path} run ${run}: FCP ${out.fcp} ms, LCP ${out.lcp} ms, CLS ${out.cls.toFixed(4)}\n` +
          `  LCP candidates: ${out.entries.join(' → ')}\n` +
          out.shifts.map((s) => `  shift ${s}\n`).join(''),
      );
      const s = (summary[bases.length > 1 ? `${base} ${path}` : path] ??= { fcp: [], lcp: [], cls: [], gone: 0 });
      s.fcp.push(out.fcp);
      s.lcp.push(out.lcp);
      s.cls.push(out.cls);
      if (out.gone) s.gone++;
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`Median of ${values.runs} runs at 360×740, CPU ×${values.cpu}:`);
for (const [path, s] of Object.entries(summary)) {
  console.log(
    `  ${path.padEnd(bases.length > 1 ? 48 : 24)} FCP ${median(s.fcp)} ms, LCP ${median(s.lcp)} ms, CLS ${median(s.cls).toFixed(3)}` +
      ` (max ${Math.max(...s.cls).toFixed(3)}); LCP element not in the page in ${s.gone} of ${s.lcp.length}`,
  );
}
