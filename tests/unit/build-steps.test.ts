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

  it('passes the content and launch checks before astro build starts, and checks and indexes what it built after', () => {
    const build = stageOf('astro build');
    expect(BUILD_STAGES[build]).toHaveLength(1);
    expect(stageOf('content check')).toBeGreaterThanOrEqual(0);
    expect(stageOf('content check')).toBeLessThan(build);
    expect(stageOf('launch check')).toBeLessThan(build);
    expect(stageOf('search index')).toBeGreaterThan(build);
    expect(stageOf('site check')).toBeGreaterThan(build);
    // Every step runs exactly once.
    const names = BUILD_STAGES.flat().map((step) => step.name);
    expect(new Set(names).size).toBe(names.length);
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
