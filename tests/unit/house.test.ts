/**
 * The shape issue 15 set for the site's source: `.astro` files short enough to read at a
 * glance (median ≤ 35 lines, none over 100), so a page is a composition of parts and a
 * part does one job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

describe('the .astro files', () => {
  const lines = astroFiles(SRC).map((path) => ({
    path: path.slice(SRC.length + 1),
    lines: readFileSync(path, 'utf8').split('\n').length - 1,
  }));

  it('are many and short: a median of 35 lines or fewer', () => {
    expect(lines.length).toBeGreaterThan(50);
    const sorted = lines.map((f) => f.lines).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(35);
  });

  it('none over 100 lines', () => {
    expect(lines.filter((f) => f.lines > 100).map((f) => `${f.path}: ${f.lines}`)).toEqual([]);
  });
});
