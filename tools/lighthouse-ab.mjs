#!/usr/bin/env node
// @ts-check
/**
 * Lighthouse's performance figures for pages side by side, in turns, so a change can
 * be compared on a shared machine whose load moves every absolute figure: serve two
 * builds (`node tools/serve.mjs --dir <a> --port 4361`, `--dir <b> --port 4362`), then
 *
 *   node tools/lighthouse-ab.mjs <runs> http://localhost:4361/ms/groups/ http://localhost:4362/ms/groups/
 *
 * Prints, per URL and run: performance score, FCP, LCP, TBT, CLS and Lighthouse's
 * benchmarkIndex of the machine at that moment (mobile defaults, simulated throttling).
 */
import lighthouse from 'lighthouse';
import { launchChrome } from './lib/chrome.mjs';

const [runs = '1', ...urls] = process.argv.slice(2);
const chrome = await launchChrome();
/** @type {Map<string, string[]>} */
const lines = new Map(urls.map((u) => [u, []]));
try {
  for (let i = 0; i < Number(runs); i++) {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (!result) throw new Error(`no result for ${url}`);
      const { audits, categories, environment } = result.lhr;
      const ms = (/** @type {string} */ id) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      lines
        .get(url)
        ?.push(
          `perf ${Math.round((categories['performance']?.score ?? 0) * 100)} FCP ${ms('first-contentful-paint')} LCP ${ms('largest-contentful-paint')} TBT ${ms('total-blocking-time')} CLS ${(audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)} benchmarkIndex ${Math.round(environment.benchmarkIndex)}`,
        );
    }
  }
} finally {
  chrome.kill();
}
for (const [url, list] of lines) console.log(`${url}\n  ${list.join('\n  ')}`);
