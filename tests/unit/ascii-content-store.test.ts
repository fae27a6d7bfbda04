import { describe, expect, it } from 'vitest';
import { asciiContentStore, asciiJsonLiteral, CONTENT_STORE_ID } from '../../src/integrations/ascii-content-store';

/** The module Astro generates for its content store, for some data. */
const storeModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
/** Runs such a module's expression and returns its value. */
const evaluate = (code: string): unknown => new Function(`return ${code.replace(/^export default /, '')}`)();

describe('asciiJsonLiteral', () => {
  const data = {
    'ms/relapse': { title: 'Relaps — “ia bukan pengakhiran”', body: 'Kata-kata… ’ and ✓ and 🙂, plus Latin-1: café' },
    quotes: 'a "quoted" \\ backslash\n and a line break',
  };

  it('leaves nothing above U+00FF in the module', () => {
    expect(storeModule(data)).toMatch(/[\u0100-\uffff]/);
    expect(asciiJsonLiteral(storeModule(data))).not.toMatch(/[\u0100-\uffff]/);
  });

  it('gives exactly the same data after JSON.parse, emoji and quotes included', () => {
    expect(evaluate(asciiJsonLiteral(storeModule(data)))).toEqual(data);
  });
});

describe('asciiContentStore', () => {
  const plugin = asciiContentStore();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;

  it('rewrites Astro’s content store module only', () => {
    const code = storeModule({ t: '—' });
    expect(transform(code, CONTENT_STORE_ID)?.code).toBe(asciiJsonLiteral(code));
    expect(transform(code, '/src/pages/index.astro')).toBeUndefined();
    // The chunked store (experimental.collectionStorage) has another shape: left alone.
    expect(transform('export default{"articles":[]}', CONTENT_STORE_ID)).toBeUndefined();
  });
});
