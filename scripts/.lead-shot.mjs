import { chromium } from 'playwright-core';
const [,, url, out, width = '390', dark] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: dark ? 'dark' : 'light' });
await p.goto(url, { waitUntil: 'networkidle' });
await p.screenshot({ path: out, fullPage: !process.env.VIEWPORT_ONLY });
await b.close();
