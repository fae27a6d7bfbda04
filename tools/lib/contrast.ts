/**
 * Colour contrast as WCAG 2 defines it, for the browser test that measures every control's
 * edge and focus ring (tests/e2e/design.spec.ts) and for choosing tokens (docs/design.md).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (transparent) to 1 (opaque). */
  a: number;
}

/**
 * Reads a colour as a browser's getComputedStyle writes it: `rgb(…)`, `rgba(…)`, or `#rrggbb`.
 * @example parseColor('rgba(0, 0, 0, 0.5)') // { r: 0, g: 0, b: 0, a: 0.5 }
 */
export function parseColor(text: string): Rgba {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{6})$/.exec(value);
  if (hex) {
    const n = Number.parseInt(hex[1]!, 16);
    return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(value);
  if (!fn) throw new Error(`cannot read the colour "${text}"`);
  const parts = fn[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  if (parts.length < 3 || parts.some(Number.isNaN)) throw new Error(`cannot read the colour "${text}"`);
  return { r, g, b, a };
}

/** A colour drawn over an opaque one (alpha compositing), as the eye sees it. */
export function over(top: Rgba, below: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, below.r), g: mix(top.g, below.g), b: mix(top.b, below.b), a: 1 };
}

/** Flattens layers listed from the element outwards (nearest first) onto a white canvas. */
export function flatten(layers: readonly Rgba[], canvas: Rgba = { r: 255, g: 255, b: 255, a: 1 }): Rgba {
  return [...layers].reverse().reduce((below, layer) => over(layer, below), canvas);
}

/** WCAG relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The WCAG contrast ratio of two opaque colours, from 1 to 21.
 * @example contrastRatio(parseColor('#767f7c'), parseColor('#ffffff')) // ≈ 4.12
 */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
