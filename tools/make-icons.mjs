#!/usr/bin/env node
// @ts-check
/**
 * Draws the favicon set from public/favicon.svg (the mark, src/components/layout/Mark.astro) in
 * Chromium, so it can be regenerated when the mark changes:
 *   node tools/make-icons.mjs
 * Writes public/favicon.ico (32 px, for browsers and tools that ask for /favicon.ico) and
 * public/apple-touch-icon.png (180 px, on an opaque background as iOS wants).
 * Uses CHROME_PATH or Debian's /usr/bin/chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/**
 * @param {number} size
 * @param {{ inset?: number, background?: string }} [options]
 */
async function draw(size, { inset = 0, background = 'transparent' } = {}) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size - inset * 2;
  await page.setContent(
    `<body style="margin:0;background:${background}"><div style="padding:${inset}px;width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  const png = await page.screenshot({ omitBackground: background === 'transparent' });
  await page.close();
  return png;
}

/**
 * An .ico holding one PNG image (allowed since Windows Vista; every current browser reads it).
 * @param {Buffer} png
 * @param {number} size
 */
function ico(png, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // the image starts after this header
  return Buffer.concat([header, png]);
}

writeFileSync('public/favicon.ico', ico(await draw(32), 32));
writeFileSync('public/apple-touch-icon.png', await draw(180, { inset: 0, background: '#0f6b60' }));
await browser.close();
console.log('public/favicon.ico, public/apple-touch-icon.png');
