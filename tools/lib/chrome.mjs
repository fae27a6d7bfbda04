// @ts-check
/**
 * Debian's Chromium for Lighthouse, launched the one way the audits use
 * (tools/audit.mjs, tools/lighthouse-ab.mjs). `CHROME_PATH` overrides the path.
 */
import * as chromeLauncher from 'chrome-launcher';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** A headless Chromium for Lighthouse to drive, with nothing running in the background. */
export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
