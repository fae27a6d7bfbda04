#!/usr/bin/env node
// @ts-check
/**
 * Screenshots of every page type, in both languages, on a phone (360×740) and a desktop
 * (1280 wide), light and dark, for design reviewers: `npm run screenshots` (after a build).
 * Writes screenshots/<phone|desktop>-<scheme>-<page>.png (whole page) and …-first-screen.png (the folder is git-ignored) and an
 * index.html that shows them side by side.
 *
 *   node tools/screenshots.mjs [--port 4399] [--dir dist] [--only home-ms,article-en]
 *                              [--viewports phone,desktop,small]
 *
 * `small` (320×568, the smallest phone still in use) is not taken unless asked for.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { LOCALES } from '../src/i18n/locales.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SCREENSHOT_PORT ?? '4399' },
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    only: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    viewports: { type: 'string', default: 'phone,desktop' },
  },
});

/** One page of each type; every type in both languages. */
const TYPES = {
  home: '/{l}/',
  section: '/{l}/learn/',
  article: '/{l}/learn/relapse/',
  story: '/{l}/stories/',
  'story-page': null, // filled from the stories list below
  directory: '/{l}/groups/',
  group: null,
  district: '/{l}/groups/district/belait/',
  help: '/{l}/help/',
  search: '/{l}/search/?q=keluarga',
  editorial: '/{l}/editorial-policy/',
  'quick-exit': '/{l}/quick-exit/',
  glossary: '/{l}/glossary/',
};
const ALL_VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'small', width: 320, height: 568 },
];
const wanted = values.viewports.split(',');
const VIEWPORTS = ALL_VIEWPORTS.filter((v) => wanted.includes(v.name));
if (VIEWPORTS.length !== wanted.length)
  throw new Error(`screenshots: --viewports takes ${ALL_VIEWPORTS.map((v) => v.name)}`);
const SCHEMES = /** @type {const} */ (['light', 'dark']);

const base = `http://127.0.0.1:${values.port}`;
const server = spawn(process.execPath, ['tools/serve.mjs', '--port', values.port, '--dir', values.dir], {
  stdio: 'ignore',
});
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet: try again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the site did not start on ${base}`);
}

await waitForServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/**
 * The first link under a list page that matches, so the shots follow the content.
 * @param {string} path
 * @param {string} pattern
 */
async function firstLink(path, pattern) {
  const page = await browser.newPage();
  await page.goto(base + path);
  // Not the list page itself, nor a district list: a real entry under it.
  const href = await page
    .locator(`main a[href^="${pattern}"]:not([href="${path}"]):not([href*="/district/"]):not([href*="/services/"])`)
    .first()
    .getAttribute('href');
  await page.close();
  if (!href || href === path) throw new Error(`screenshots: no entry linked from ${path}`);
  return href;
}

const pages = [
  { name: 'entry', path: '/' },
  { name: '404', path: '/no-such-page/' },
];
for (const l of LOCALES) {
  for (const [type, pattern] of Object.entries(TYPES)) {
    let path = pattern?.replaceAll('{l}', l);
    if (type === 'story-page') path = await firstLink(`/${l}/stories/`, `/${l}/stories/`);
    if (type === 'group') path = await firstLink(`/${l}/groups/`, `/${l}/groups/`);
    if (path) pages.push({ name: `${type}-${l}`, path });
  }
}
/**
 * Cards off screen skip rendering (`content-visibility: auto`) and would show as empty boxes in
 * a whole-page shot: draw them all for that shot (through the CSSOM, which the pages' CSP
 * allows), then put them back as they were.
 * @param {import('playwright-core').Page} page
 * @param {boolean} on
 */
function drawAll(page, on) {
  return page.evaluate((visible) => {
    for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('body *'))) {
      if (getComputedStyle(el).contentVisibility === 'auto' || el.dataset.shotVisible) {
        el.dataset.shotVisible = '1';
        el.style.contentVisibility = visible ? 'visible' : '';
      }
    }
  }, on);
}

const only = values.only?.split(',');
mkdirSync(values.out, { recursive: true });
const shots = [];
for (const scheme of SCHEMES) {
  for (const vp of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      colorScheme: scheme,
      deviceScaleFactor: 1,
      // Nothing leaves the machine: another origin (a map tile, the quick exit's page) is refused.
    });
    await context.route(
      (url) => !url.href.startsWith(base),
      (route) => route.abort(),
    );
    const page = await context.newPage();
    for (const p of pages) {
      if (only && !only.includes(p.name)) continue;
      await page.goto(base + p.path, { waitUntil: 'networkidle' });
      const file = `${vp.name}-${scheme}-${p.name}.png`;
      await drawAll(page, true);
      await page.screenshot({ path: `${values.out}/${file}`, fullPage: true });
      await drawAll(page, false);
      shots.push({ file, ...p, scheme, viewport: vp.name });
      // What a reader sees first, before scrolling.
      const top = `${vp.name}-${scheme}-${p.name}-first-screen.png`;
      await page.screenshot({ path: `${values.out}/${top}` });
      shots.push({ file: top, ...p, scheme, viewport: `${vp.name}, first screen` });
    }
    await context.close();
  }
}
await browser.close();
writeFileSync(
  `${values.out}/index.html`,
  `<!doctype html><meta charset="utf-8"><title>Rakan Pulih screenshots</title>
<style>body{font:14px system-ui;margin:1rem}figure{display:inline-block;vertical-align:top;margin:0 1rem 2rem 0}img{border:1px solid #888;max-width:360px}</style>
${shots.map((s) => `<figure><figcaption>${s.name} · ${s.viewport} · ${s.scheme} · <code>${s.path}</code></figcaption><a href="${s.file}"><img src="${s.file}" alt="" loading="lazy"></a></figure>`).join('\n')}`,
);
console.log(`${shots.length} screenshots in ${values.out}/ (open ${values.out}/index.html)`);
stop();
