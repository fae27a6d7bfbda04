/**
 * Settings an operator changes before launch. The defaults are placeholders on
 * reserved example domains, so nothing here can reach a real person by mistake.
 */
export const EDITOR_EMAIL = process.env.EDITOR_EMAIL ?? 'editors@example.org';
