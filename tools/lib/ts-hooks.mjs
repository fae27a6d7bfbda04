// @ts-check
/**
 * Lets the editor scripts import the site's TypeScript (`src/lib/…`) with plain
 * `node`: Node 24 strips the types itself; this hook adds the `.ts` that Vite-style
 * imports (`from './schemas'`) leave out. Import it before any `.ts` module.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (relative && !/\.[cm]?[jt]sx?$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});
