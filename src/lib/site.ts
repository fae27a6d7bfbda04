/**
 * Settings an operator changes before launch. Pages read them through astro:env
 * (`import { EDITOR_EMAIL } from 'astro:env/server'`; the schema is in astro.config.mjs);
 * this module holds their defaults and the rules for reading them. The defaults are
 * placeholders on reserved example domains, so nothing here can reach a real person by mistake.
 */
import type { Locale } from '../i18n/locales';

/** Where corrections go until EDITOR_EMAIL is set: a reserved example address. */
export const DEFAULT_EDITOR_EMAIL = 'editors@example.org';

/**
 * The organisation that runs the site, in each language, set like SITE_URL:
 * `SITE_OPERATOR_MS` and `SITE_OPERATOR_EN`. Until both are set the footer says plainly
 * that no organisation has been named yet, rather than name one that has not agreed.
 */
export interface Operator {
  name: Record<Locale, string> | undefined;
}

/**
 * Reads the operator from the environment; a name given in one language only is not used
 * (the footer would then name it in one language and not the other).
 * @example operatorFrom({ SITE_OPERATOR_MS: 'Persatuan X', SITE_OPERATOR_EN: 'X Association' }).name?.en // 'X Association'
 */
export function operatorFrom(env: Record<string, string | undefined>): Operator {
  const ms = env.SITE_OPERATOR_MS?.trim();
  const en = env.SITE_OPERATOR_EN?.trim();
  return { name: ms && en ? { ms, en } : undefined };
}

/**
 * Whether an address is still a placeholder on a reserved example domain (RFC 2606),
 * so a page can say it reaches nobody yet.
 * @example isPlaceholderEmail('editors@example.org') // true
 */
export function isPlaceholderEmail(address: string): boolean {
  return /@(.+\.)?example\.(org|com|net)$/i.test(address);
}
