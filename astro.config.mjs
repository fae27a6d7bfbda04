// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// The public address of the site: canonical URLs, sitemap and link previews use it.
const site = process.env.SITE_URL ?? 'https://rakanpulih.example.org';
const outDir = new URL('./dist/', import.meta.url);

/** A built page that asks not to be indexed (fallbacks, 404) stays out of the sitemap. */
/** @param {string} page */
function isIndexable(page) {
  const file = new URL(`.${new URL(page).pathname}index.html`, outDir);
  try {
    return !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
  } catch {
    return true;
  }
}

export default defineConfig({
  site,
  outDir: outDir.pathname,
  trailingSlash: 'always',
  i18n: {
    locales: ['ms', 'en'],
    defaultLocale: 'ms',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'ms', locales: { ms: 'ms', en: 'en' } },
      filter: isIndexable,
    }),
  ],
  vite: { plugins: [tailwindcss()] },
});
