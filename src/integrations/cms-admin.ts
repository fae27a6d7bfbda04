/**
 * The browser editor at /admin/ (docs/editing.md, "With the browser editor"): after the
 * build, writes Decap CMS (from node_modules, installed by `npm ci`: nothing is fetched
 * from another site, ever), its configuration generated from the content schemas
 * (src/lib/cms/config.ts) and its save checks (src/lib/cms/hooks.js) into dist/admin/.
 *
 * It runs after pageCsp(): the admin page is not a page of the site and has its own
 * Content-Security-Policy, sent by public/_headers (and the nginx block in docs/deploy.md).
 * It is written after the sitemap and the search index are made from the pages, and it
 * asks not to be indexed, so it is in neither.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { backendFromEnv, cmsConfig, type CmsCollection, type CmsField } from '../lib/cms/config';
import { ADMIN_HTML, MANUAL_INIT_SCRIPT, START_SCRIPT } from '../lib/cms/page';

const require = createRequire(import.meta.url);

/** The field tree the save checks need: names, required, default (a yes-only switch has none), nesting. */
function saveCheckFields(fields: CmsField[]): unknown[] {
  return fields.map(({ name, required, widget, default: initial, fields: inner }) => ({
    name,
    required,
    widget,
    ...(initial !== undefined && { default: initial }),
    ...(inner && { fields: saveCheckFields(inner) }),
  }));
}

/** Writes every file of /admin/ into `dir` (dist/admin/). */
export async function writeAdmin(
  dir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const config = cmsConfig(backendFromEnv(env));
  const collections = config.collections as CmsCollection[];
  const fieldsByCollection = Object.fromEntries(collections.map((c) => [c.name, saveCheckFields(c.fields)]));
  // The bundle and its chunks (loaded next to it), without source maps.
  const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  const bundle = (await readdir(decapDist)).filter(
    (f) => /(^|\.)decap-cms\.js$/.test(f) || f.endsWith('.wasm') || f === 'decap-cms.js.LICENSE.txt',
  );
  await Promise.all(bundle.map((f) => copyFile(join(decapDist, f), join(dir, f))));
  const hooks = await readFile(fileURLToPath(new URL('../lib/cms/hooks.js', import.meta.url)), 'utf8');
  await Promise.all([
    writeFile(join(dir, 'index.html'), ADMIN_HTML),
    writeFile(
      join(dir, 'config.yml'),
      `# Generated from src/lib/content/schemas.ts by src/lib/cms/config.ts; do not edit.\n${stringify(config)}`,
    ),
    writeFile(join(dir, 'cms-hooks.js'), hooks),
    writeFile(join(dir, 'cms-manual-init.js'), MANUAL_INIT_SCRIPT),
    writeFile(join(dir, 'cms-start.js'), START_SCRIPT(fieldsByCollection)),
  ]);
  return bundle;
}

export function cmsAdmin(): AstroIntegration {
  return {
    name: 'rakan-pulih:cms-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeAdmin(join(fileURLToPath(dir), 'admin'));
        logger.info(`Browser editor written to admin/ (${files.length} bundle files)`);
      },
    },
  };
}
