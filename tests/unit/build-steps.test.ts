/**
 * `npm run build` (tools/build.mjs) runs the stages of tools/lib/build-steps.mjs. The order
 * is part of the site's safety: `astro build` would run code an MDX file carried, so the
 * content check must have passed before it starts (docs/safety.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_STAGES } from '../../tools/lib/build-steps.mjs';

const repo = join(import.meta.dirname, '..', '..');
const stageOf = (name: string) => BUILD_STAGES.findIndex((stage) => stage.some((step) => step.name === name));

describe('the stages of `npm run build`', () => {
  it('is what package.json runs, and names scripts that exist', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build']).toBe('node tools/build.mjs');
    for (const step of BUILD_STAGES.flat()) expect(existsSync(join(repo, step.script)), step.script).toBe(true);
  });

  it('passes the content and launch checks before astro build starts', () => {
    const build = stageOf('astro build');
    expect(BUILD_STAGES[build]).toHaveLength(1);
    expect(stageOf('content check')).toBeGreaterThanOrEqual(0);
    expect(stageOf('content check')).toBeLessThan(build);
    expect(stageOf('launch check')).toBeLessThan(build);
    // Every step runs exactly once.
    const names = BUILD_STAGES.flat().map((step) => step.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has astro build check the finished site and make the search index, after every pass over the pages', () => {
    // Each waits in its astro:build:done, which runs in the order of the list: after the passes
    // that rewrite the pages (src/integrations/site-check.ts, search-index.ts).
    const config = readFileSync(join(repo, 'astro.config.mjs'), 'utf8');
    const list = config.slice(config.indexOf('integrations: ['));
    const entries = [...list.slice(0, list.indexOf('\n  ],')).matchAll(/^ {4}(\w+)[(,]/gm)].map((m) => m[1]);
    expect(entries.slice(-2)).toEqual(['siteCheck', 'searchIndex']);
    // csp is pageCsp(), made above the list (module preload shares it).
    expect(entries).toEqual(expect.arrayContaining(['sitemap', 'modulePreload', 'csp', 'cmsAdmin']));
  });

  it('stops before astro build when the content check fails, and exits 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'build-steps-'));
    try {
      const result = spawnSync(process.execPath, [join(repo, 'tools', 'build.mjs')], {
        cwd: repo,
        env: { ...process.env, CONTENT_DIR: join(out, 'no-content-here'), OUT_DIR: join(out, 'dist') },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('✖ content check failed');
      expect(result.stdout + result.stderr).not.toContain('Built in');
      // Astro never ran: nothing was written where it would have built.
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
