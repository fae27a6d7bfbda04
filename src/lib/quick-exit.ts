/**
 * The quick exit, after the GOV.UK "Exit this page" pattern: a button and a key
 * gesture that replace the page with a neutral one, so Back does not return.
 */

/**
 * Where the quick-exit button sends the reader: a neutral page (a weather
 * search) on a common site. It is the only link on the page to another origin
 * that a reader is pushed towards, and it is followed only when they ask.
 */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=cuaca+brunei';

/** The key that, pressed twice in a row, leaves the site. */
export const QUICK_EXIT_KEY = 'Escape';

/** Two presses further apart than this (milliseconds) are two separate presses, not "twice". */
export const QUICK_EXIT_WINDOW_MS = 1000;

/**
 * Watches key presses and answers whether this press completes the exit gesture:
 * Escape, then Escape again within the window, with no other key between.
 * A single Escape still closes menus and dialogs as usual.
 * @example
 * const pressed = quickExitGesture();
 * pressed('Escape', 0); // false
 * pressed('Escape', 400); // true
 */
export function quickExitGesture(windowMs: number = QUICK_EXIT_WINDOW_MS): (key: string, at: number) => boolean {
  let lastEscape: number | undefined;
  return (key, at) => {
    if (key !== QUICK_EXIT_KEY) {
      lastEscape = undefined;
      return false;
    }
    const twice = lastEscape !== undefined && at - lastEscape <= windowMs;
    // After an exit the count starts again, so a third press is not a second exit.
    lastEscape = twice ? undefined : at;
    return twice;
  };
}
