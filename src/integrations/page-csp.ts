/**
 * After `astro build`, gives every HTML page its own Content-Security-Policy
 * (src/lib/csp.ts): the hashes of exactly the inline code that page carries.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withCsp } from '../lib/csp';

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

/** The integration: `integrations: [pageCsp()]` in astro.config.mjs. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'rakan-pulih:page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        await Promise.all(files.map(async (file) => writeFile(file, withCsp(await readFile(file, 'utf8')))));
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
      },
    },
  };
}
