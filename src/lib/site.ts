/**
 * Settings an operator changes before launch, read through astro:env (the schema
 * and defaults are in astro.config.mjs). The defaults are placeholders on reserved
 * example domains, so nothing here can reach a real person by mistake.
 */
export { EDITOR_EMAIL } from 'astro:env/server';
