// @ts-check
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales';
import { asciiContentStore } from './src/integrations/ascii-content-store';
import { cmsAdmin } from './src/integrations/cms-admin';
import { modulePreload } from './src/integrations/module-preload';
import { pageCsp } from './src/integrations/page-csp';
import { searchIndex } from './src/integrations/search-index';
import { siteCheck } from './src/integrations/site-check';
import { DEFAULT_EDITOR_EMAIL } from './src/lib/site';

// The public address of the site: canonical URLs, sitemap and link previews use it.
const site = process.env.SITE_URL ?? 'https://rakanpulih.example.org';
// OUT_DIR builds elsewhere (benchmarks, fixture sites) without touching dist/.
const outDir = new URL(`${(process.env.OUT_DIR ?? 'dist').replace(/\/?$/, '/')}`, new URL('./', import.meta.url));

// Content from elsewhere (CONTENT_DIR) gets its own content cache, so it never mixes with content/.
const cacheDir = process.env.CONTENT_DIR
  ? `./node_modules/.astro-${process.env.CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '-')}`
  : undefined;

/**
 * A built page that asks not to be indexed (fallbacks, 404) stays out of the sitemap. The
 * robots <meta> comes early in <head> (src/components/layout/Head.astro): only the page's
 * first 8 KB are read, unless the head goes on past them without a <style> yet.
 * @param {string} page
 */
function isIndexable(page) {
  const file = new URL(`.${new URL(page).pathname}index.html`, outDir);
  let start;
  try {
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.alloc(8192);
      start = bytes.toString('utf8', 0, readSync(fd, bytes, 0, bytes.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return true;
  }
  const head = /<style|<\/head>/.test(start) ? start : readFileSync(file, 'utf8');
  return !/<meta name="robots" content="noindex/.test(head);
}

// The page policy (see integrations below), shared with the step that writes island loaders.
const csp = pageCsp();

export default defineConfig({
  site,
  outDir: outDir.pathname,
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  // The stylesheet goes inside each page: a first visit then needs one round trip, not two,
  // before anything shows (docs/performance.md). Each page's CSP allows it by hash.
  build: { inlineStylesheets: 'always' },
  // The locales come from src/i18n/locales.ts, the one list the pages use too.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
      filter: isIndexable,
    }),
    // Island modules load after the first paint, all at once (docs/performance.md). Before
    // the policy: the loaders it writes are the site's own code, allowed by hash.
    modulePreload(csp.own),
    // Each page's own Content-Security-Policy, by hash (src/lib/build/csp.ts; docs/deploy.md).
    csp,
    // The browser editor at /admin/, written after pageCsp(): it has its own policy (docs/deploy.md).
    cmsAdmin(),
    // The check of the finished site (tools/check-build.mjs), after every pass over the pages.
    siteCheck(),
    // The search index, made beside the passes above from a copy of the generated pages; last,
    // so the build waits for it after them (src/integrations/search-index.ts).
    searchIndex(),
  ],
  // Settings the pages read through astro:env (src/lib/site.ts), checked when the build starts.
  env: {
    schema: {
      EDITOR_EMAIL: envField.string({ context: 'server', access: 'public', default: DEFAULT_EDITOR_EMAIL }),
      // Who runs the site, in both languages (the footer names it only when both are set).
      SITE_OPERATOR_MS: envField.string({ context: 'server', access: 'public', optional: true }),
      SITE_OPERATOR_EN: envField.string({ context: 'server', access: 'public', optional: true }),
      // "show" publishes sample groups on a real address on purpose (src/lib/directory/launch.ts).
      SAMPLE_GROUPS: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
  // asciiContentStore: Astro's content store parses several times faster in one-byte characters (src/integrations/ascii-content-store.ts).
  vite: {
    plugins: [tailwindcss(), asciiContentStore()],
    build: {
      rolldownOptions: {
        // Astro marks each MDX entry's assets with a "use astro:head-inject" directive that the
        // bundler warns it may drop: one warning per article and story (1,778 at 2,000 pages),
        // which buried every other line of the build log. Only that warning is left out.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
