/**
 * After `astro build`, loads every page's island modules after its first paint, all
 * at once (src/lib/build/module-preload.ts). Runs before pageCsp(): each loader it
 * writes is handed to the policy as the site's own code, and only modules the site's
 * own bundle made are rewritten.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withDeferredModules } from '../lib/build/module-preload';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** What the policy knows of the site's own code (pageCsp().own). */
export interface OwnCode {
  /** Whether a script is one the site's bundle made. */
  isOurs(code: string): boolean;
  /** Allow a piece of inline code the build wrote, naming where it comes from. */
  trust(code: string, origin: string): void;
}

/** The integration: `integrations: [modulePreload(csp.own), csp]` in astro.config.mjs. */
export function modulePreload(own: OwnCode): AstroIntegration {
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
        const isOurs = (path: string) => path.startsWith('/_astro/') && own.isOurs(read(path));
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const { html, loaders } = withDeferredModules(await readFile(file, 'utf8'), read, isOurs);
          if (loaders.length === 0) continue;
          for (const loader of loaders) own.trust(loader, 'src/lib/build/module-preload.ts (island loader)');
          await writeFile(file, html);
          pages += 1;
        }
        logger.info(`island modules set to load after the first paint in ${pages} pages`);
      },
    },
  };
}
