/**
 * After `astro build`, adds `<link rel="modulepreload">` for every module a page
 * loads (src/lib/build/module-preload.ts): one round trip for all of them, not a chain.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moduleEntries, moduleGraph, withModulePreload } from '../lib/build/module-preload';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The integration: `integrations: [modulePreload()]` in astro.config.mjs. */
export function modulePreload(): AstroIntegration {
  return {
    name: 'rakan-pulih:module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, string>();
        const read = (path: string) => {
          if (!cache.has(path)) cache.set(path, readFileSync(join(root, path), 'utf8'));
          return cache.get(path)!;
        };
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const modules = moduleGraph(moduleEntries(html), read);
          if (modules.length === 0) continue;
          await writeFile(file, withModulePreload(html, modules));
          pages += 1;
        }
        logger.info(`modulepreload links written into ${pages} pages`);
      },
    },
  };
}
