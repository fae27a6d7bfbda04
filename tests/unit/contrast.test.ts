import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, flatten, parseColor } from '../../tools/lib/contrast';

describe('contrast', () => {
  it('reads the colours getComputedStyle writes', () => {
    expect(parseColor('rgb(15, 107, 96)')).toEqual({ r: 15, g: 107, b: 96, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('#a1262e')).toEqual({ r: 161, g: 38, b: 46, a: 1 });
    expect(() => parseColor('oklch(0.5 0.1 200)')).toThrow(/cannot read/);
  });

  it('gives the WCAG ratios: black on white 21, a colour on itself 1', () => {
    expect(contrastRatio(parseColor('#000000'), parseColor('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#767f7c'), parseColor('#767f7c'))).toBe(1);
  });

  it('matches published values: #767676 on white is 4.54:1', () => {
    expect(contrastRatio(parseColor('#767676'), parseColor('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  it('sees a half-transparent layer mixed with what lies under it', () => {
    const grey = flatten([parseColor('rgba(0, 0, 0, 0.5)'), parseColor('#ffffff')]);
    expect(grey.r).toBeCloseTo(127.5, 5);
    expect(flatten([parseColor('rgba(0, 0, 0, 0)')])).toMatchObject({ r: 255, g: 255, b: 255 });
  });

  it('keeps the field-border tokens in global.css at 3:1 or more on every surface, light and dark', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const tokens = [...css.matchAll(/--control-line: (#[0-9a-f]{6});/g)].map((m) => m[1]!);
    expect(tokens).toHaveLength(2);
    const [light, dark] = tokens as [string, string];
    for (const surface of ['#ffffff', '#fbfaf7', '#effaf8']) {
      expect(contrastRatio(parseColor(light), parseColor(surface))).toBeGreaterThanOrEqual(3);
    }
    for (const surface of ['#18201e', '#101614', '#12302b']) {
      expect(contrastRatio(parseColor(dark), parseColor(surface))).toBeGreaterThanOrEqual(3);
    }
  });
});
