/**
 * The two small files of /admin/ that are not the CMS itself: the page, and the script
 * that starts Decap with the site's save checks. No inline script or style, so the
 * admin page's Content-Security-Policy needs no 'unsafe-inline' for scripts.
 */

/** The admin page: noindex, no referrer, the bundle from this site's own origin. */
export const ADMIN_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <title>Penyunting · Editor — Rakan Pulih</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <script src="cms-manual-init.js"></script>
    <script src="decap-cms.js"></script>
    <script type="module" src="cms-start.js"></script>
  </body>
</html>
`;

/**
 * Registers the save checks with the CMS. The field tree is written in as data (JSON),
 * from the generated configuration, so the checks follow the schemas.
 */
export const START_SCRIPT = (fieldsByCollection: unknown): string =>
  `import { allowDuplicateInBlocks, registerSaveChecks } from './cms-hooks.js';\n\n` +
  `allowDuplicateInBlocks(window.CMS);\n` +
  `registerSaveChecks(window.CMS, ${JSON.stringify(fieldsByCollection)});\n` +
  `window.CMS.init();\n`;

/** Runs before the bundle: Decap waits for CMS.init(), so the widgets can be adjusted first. */
export const MANUAL_INIT_SCRIPT = 'window.CMS_MANUAL_INIT = true;\n';
