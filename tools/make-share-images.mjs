#!/usr/bin/env node
// @ts-check
/**
 * Draws the default link-preview images (public/og/{ms,en}.png, 1200×630) in
 * Chromium, so they can be regenerated when the wording changes:
 *   node tools/make-share-images.mjs
 * Uses CHROME_PATH or Debian's /usr/bin/chromium.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const cards = {
  ms: {
    title: 'Rakan Pulih',
    line: 'Anda tidak keseorangan.',
    sub: 'Sokongan rakan sebaya untuk pemulihan daripada dadah di Brunei Darussalam',
  },
  en: {
    title: 'Rakan Pulih',
    line: 'You are not alone.',
    sub: 'Peer support for recovery from drugs in Brunei Darussalam',
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
mkdirSync('public/og', { recursive: true });
for (const [locale, c] of Object.entries(cards)) {
  await page.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0;width:1200px;height:630px;
    display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;
    background:#e3f4f0;font-family:system-ui,'Noto Sans',sans-serif;color:#1d2523">
    <div style="display:flex;align-items:center;gap:28px">
      ${readFileSync('public/favicon.svg', 'utf8').replace('<svg ', '<svg width="112" height="112" ')}
      <div style="font-size:84px;font-weight:800;color:#0a423c">${c.title}</div></div>
    <div style="font-size:64px;font-weight:700;margin-top:48px">${c.line}</div>
    <div style="font-size:38px;margin-top:20px;color:#4d5a57">${c.sub}</div></body></html>`);
  await page.screenshot({ path: `public/og/${locale}.png` });
  console.log(`public/og/${locale}.png`);
}
await browser.close();
