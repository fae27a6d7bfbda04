import { describe, expect, it } from 'vitest';
import { QUICK_EXIT_URL, quickExitGesture } from '../../src/lib/quick-exit';

/** Feeds a sequence of [key, time] presses and returns the answer to each. */
function press(sequence: [string, number][], windowMs?: number): boolean[] {
  const pressed = quickExitGesture(windowMs);
  return sequence.map(([key, at]) => pressed(key, at));
}

describe('the quick-exit key gesture', () => {
  it('leaves on Escape pressed twice within a second', () => {
    expect(
      press([
        ['Escape', 0],
        ['Escape', 400],
      ]),
    ).toEqual([false, true]);
  });

  it('does not leave on a single Escape (it still closes menus)', () => {
    expect(press([['Escape', 0]])).toEqual([false]);
  });

  it('treats two presses more than a second apart as two single presses', () => {
    expect(
      press([
        ['Escape', 0],
        ['Escape', 1500],
      ]),
    ).toEqual([false, false]);
  });

  it('counts the second of two slow presses as the start of a new pair', () => {
    expect(
      press([
        ['Escape', 0],
        ['Escape', 1500],
        ['Escape', 1900],
      ]),
    ).toEqual([false, false, true]);
  });

  it('starts again when another key comes between the two presses', () => {
    expect(
      press([
        ['Escape', 0],
        ['a', 100],
        ['Escape', 200],
      ]),
    ).toEqual([false, false, false]);
  });

  it('does not fire twice for three quick presses', () => {
    expect(
      press([
        ['Escape', 0],
        ['Escape', 100],
        ['Escape', 200],
      ]),
    ).toEqual([false, true, false]);
  });

  it('honours a custom window', () => {
    expect(
      press(
        [
          ['Escape', 0],
          ['Escape', 400],
        ],
        300,
      ),
    ).toEqual([false, false]);
  });
});

describe('the quick-exit destination', () => {
  it('is a neutral page on another site, over HTTPS', () => {
    const url = new URL(QUICK_EXIT_URL);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).not.toMatch(/rakan|pulih/i);
    // A neutral search: nothing in it hints at drugs, recovery or help.
    expect(decodeURIComponent(url.search)).not.toMatch(/dadah|drug|pulih|recover|help|bantuan/i);
  });
});
