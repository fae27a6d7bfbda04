import { chromium } from 'playwright-core';
const [,, url, out, w = '360', h = '740', scheme = 'light', full = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.goto(url); await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: !!full });
await browser.close();
