/**
 * The Content-Security-Policy of every page, from our own code (src/lib/build/csp.ts):
 *
 * 1. While Vite bundles, record each script chunk and stylesheet the site makes from
 *    src/ (never from the content folder), with the source file it comes from, plus
 *    Astro's own island runtime. That is the whole list of code allowed inline.
 * 2. After `astro build`, give each page a policy hashing only those, and fill the
 *    same hashes into dist/_headers.
 * 3. The guard: a page with any other inline script, style, handler or script URL
 *    fails the build, naming the page and the content file it came from.
 *    `CSP_GUARD=off` turns the failure into a warning; only the browser test that
 *    proves the CSP alone holds uses it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { OwnCode } from './module-preload';
import {
  fillHeaderPolicy,
  foreignCode,
  ownCode,
  pageCode,
  withCsp,
  withoutViteMarkers,
  type TrustedCode,
} from '../lib/build/csp';
import { SEARCH_IN_URL_SCRIPT } from '../lib/search/search-results';

/**
 * Classic scripts that components write inline (`<script is:inline set:html={…}>`), each
 * a constant of src/ with where it lives. Only for what must run before the first paint.
 */
const OWN_INLINE_SCRIPTS: ReadonlyMap<string, string> = new Map([
  [SEARCH_IN_URL_SCRIPT, 'src/lib/search/search-results.ts (SEARCH_IN_URL_SCRIPT)'],
]);

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? htmlFiles(join(dir, e.name))
        : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

/**
 * The string a prebuilt module of Astro exports (`var x = \`…\`;` / `const X = "…";`),
 * evaluated as the literal it is, with nothing else in scope.
 */
function exportedString(file: string): string | undefined {
  const literal = /^(?:var|const)\s+\w+\s*=\s*([`"][\s\S]*[`"]);\s*export\s*\{/m.exec(readFileSync(file, 'utf8'))?.[1];
  if (!literal) return undefined;
  // A literal evaluates at once; the timeout only stops a runaway. 100 ms failed builds on a
  // loaded two-core machine, where creating the context alone can take longer.
  const value: unknown = runInNewContext(`(${literal})`, Object.create(null), { timeout: 5_000 });
  return typeof value === 'string' ? value : undefined;
}

/** Astro's own inline island runtime (only on pages with a `client:*` island), read from its package. */
function astroRuntime(root: string, trusted: TrustedCode): void {
  const dist = join(root, 'node_modules', 'astro', 'dist', 'runtime');
  const files = [
    join(dist, 'server', 'astro-island.prebuilt.js'),
    ...['load', 'idle', 'media', 'only', 'visible'].map((d) => join(dist, 'client', `${d}.prebuilt.js`)),
  ];
  for (const file of files.filter(existsSync)) {
    const code = exportedString(file);
    if (code !== undefined) trusted.scripts.set(code, `astro/${relative(dist, file)}`);
  }
  const styles = join(dist, 'server', 'astro-island-styles.js');
  const css = existsSync(styles) ? exportedString(styles) : undefined;
  if (css !== undefined) trusted.styles.set(css, 'astro/server/astro-island-styles.js');
}

/** Where a piece of foreign code came from: the content file that holds its first words, if any. */
function sourceOf(code: string, contentDir: string): string {
  const needle = code.trim().slice(0, 40);
  if (needle === '') return 'an empty element (not made by src/)';
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  const files = existsSync(contentDir) ? walk(contentDir) : [];
  const found = files.find((f) => /\.(mdx?|ya?ml)$/.test(f) && readFileSync(f, 'utf8').includes(needle));
  return found
    ? `content file ${relative(process.cwd(), found).split(sep).join('/')}`
    : 'no file of src/ (not made by the site’s own code)';
}

/**
 * The integration: `const csp = pageCsp()`, then `integrations: [modulePreload(csp.own), csp]`
 * in astro.config.mjs. `own` lets a build step that runs before it ask whether a module
 * is the site's own and allow the inline code it writes.
 */
export function pageCsp(): AstroIntegration & { own: OwnCode } {
  const trusted: TrustedCode = { scripts: new Map(), styles: new Map() };
  const root = process.cwd();
  const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
  const fromContent = (id: string | null | undefined) =>
    typeof id === 'string' && resolve(id.replace(/\?.*$/, '')).startsWith(contentDir + sep);
  const shown = (id: string) => relative(root, id.replace(/\?.*$/, '')).split(sep).join('/');

  // Runs before Astro inlines small scripts and stylesheets (it removes them from the bundle then).
  const record: Plugin = {
    name: 'rakan-pulih:record-own-code',
    enforce: 'pre',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          const modules = Object.keys(file.modules);
          if (modules.some(fromContent)) continue;
          trusted.scripts.set(file.code, shown(file.facadeModuleId ?? modules[0] ?? file.fileName));
        } else if (file.fileName.endsWith('.css')) {
          const origins = file.originalFileNames ?? [];
          if (origins.some(fromContent)) continue;
          trusted.styles.set(withoutViteMarkers(String(file.source)), origins.map(shown).join(', ') || file.fileName);
        }
      }
    },
  };

  const own: OwnCode = {
    isOurs: (code) => trusted.scripts.has(code),
    trust: (code, origin) => void trusted.scripts.set(code, origin),
  };

  return {
    own,
    name: 'rakan-pulih:page-csp',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [record] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        astroRuntime(root, trusted);
        for (const [code, source] of OWN_INLINE_SCRIPTS) trusted.scripts.set(code, source);
        const outDir = fileURLToPath(dir);
        const files = await htmlFiles(outDir);
        const used = { scripts: new Set<string>(), styles: new Set<string>() };
        const problems: string[] = [];
        await Promise.all(
          files.map(async (file) => {
            const html = await readFile(file, 'utf8');
            const code = pageCode(html);
            const page = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
            for (const foreign of foreignCode(code, trusted)) {
              problems.push(
                `${page}: an inline ${foreign.what} that the site's own code did not make (from ${sourceOf(foreign.code, contentDir)}): ${JSON.stringify(foreign.code.slice(0, 80))}`,
              );
            }
            const own = ownCode(code, trusted);
            own.scripts.forEach((s) => used.scripts.add(s));
            own.styles.forEach((s) => used.styles.add(s));
            await writeFile(file, withCsp(html, trusted, code));
          }),
        );
        // The header policy covers every file served (SVG, PDF, JSON…): our hashes only.
        const headers = join(outDir, '_headers');
        if (existsSync(headers)) {
          const text = await readFile(headers, 'utf8');
          await writeFile(
            headers,
            text.replace(
              /^(\s+Content-Security-Policy:\s*)(.*)$/m,
              (_, name: string, policy: string) => `${name}${fillHeaderPolicy(policy, used)}`,
            ),
          );
        }
        logger.info(
          `Content-Security-Policy written into ${files.length} pages: ${used.scripts.size} scripts and ${used.styles.size} stylesheets of our own`,
        );
        if (problems.length > 0) {
          const report = `Inline code that is not the site's own, in ${problems.length} place(s) (docs/safety.md):\n${problems.sort().join('\n')}`;
          if (process.env.CSP_GUARD === 'off') logger.warn(report);
          else throw new Error(report);
        }
      },
    },
  };
}
