import { describe, expect, it } from 'vitest';
import {
  arrayItems,
  autoChunkBytes,
  boundaryPrefixes,
  chunkRanges,
  encodeArray,
  encodeText,
  groupWords,
  head,
  pack,
  readText,
  rechunkLanguage,
  renamePages,
  skip,
  unpack,
} from '../../tools/lib/pagefind-chunks.mjs';

const word = (w: string, size = 10) => ({ word: w, bytes: Buffer.alloc(size) });
/** A word entry as Pagefind writes it: [word, [[page, [locations]]], []]. */
const entry = (w: string, page: number) =>
  encodeArray([
    encodeText(w),
    encodeArray([encodeArray([Buffer.from([page]), encodeArray([Buffer.from([0x01])])])]),
    encodeArray([]),
  ]);

describe('CBOR', () => {
  it('writes headers for short and long lengths', () => {
    expect([...head(4, 3)]).toEqual([0x83]);
    expect([...head(3, 30)]).toEqual([0x78, 30]);
    expect([...head(4, 300)]).toEqual([0x99, 0x01, 0x2c]);
    expect([...head(4, 70_000)]).toEqual([0x9a, 0x00, 0x01, 0x11, 0x70]);
  });

  it('reads back the items it wrote, byte for byte', () => {
    const items = [
      encodeText('pulih'),
      encodeArray([encodeText('a'), Buffer.from([0x19, 0x01, 0x00])]),
      encodeText('é'.repeat(40)),
    ];
    const array = encodeArray(items);
    expect(skip(array, 0)).toBe(array.length);
    expect(arrayItems(array, 0).map((b) => Buffer.from(b).toString('hex'))).toEqual(
      items.map((b) => b.toString('hex')),
    );
    expect(readText(items[2] ?? Buffer.alloc(0))).toBe('é'.repeat(40));
  });

  it('refuses what it does not know', () => {
    expect(() => skip(Buffer.from([0x9f]), 0)).toThrow(/indefinite/);
    expect(() => arrayItems(encodeText('x'), 0)).toThrow(/array/);
    expect(() => unpack(pack(Buffer.from('x')).subarray(0, 5))).toThrow();
  });

  it('wraps a payload as Pagefind does, and unwraps it', () => {
    expect(unpack(pack(Buffer.from([1, 2, 3])))).toEqual(Buffer.from([1, 2, 3]));
  });
});

describe('chunk boundaries', () => {
  it('names boundaries with the shortest telling prefixes, as Pagefind does', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
  });

  it('ranges run from the first word to the last, cut at the prefixes', () => {
    expect(chunkRanges([[word('apple')], [word('apricot'), word('banana')], [word('peach')]])).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });

  it('fills chunks to the target size, a big word alone', () => {
    const chunks = groupWords([word('a', 5), word('b', 5), word('c', 30), word('d', 5)], 10);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('keeps words that share four letters together, up to twice the target', () => {
    const chunks = groupWords([word('pulih', 10), word('pulihan', 5), word('pulihkan', 10), word('rawat', 5)], 10);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([['pulih', 'pulihan', 'pulihkan'], ['rawat']]);
  });

  it('sizes chunks by the square root of the index, within limits', () => {
    expect(autoChunkBytes(1_000_000)).toBe(3_162);
    expect(autoChunkBytes(1_000)).toBe(1_500);
    expect(autoChunkBytes(1e9)).toBe(24_000);
  });
});

describe('rechunkLanguage', () => {
  const words = ['dadah', 'keluarga', 'pulih', 'sokong'].map((w, i) => entry(w, i));
  const chunk = (list: Buffer[]) => pack(encodeArray([encodeArray(list)]));
  const files = new Map<string, Buffer>([
    ['index/id_aaa.pf_index', chunk(words.slice(0, 3))],
    ['index/id_bbb.pf_index', chunk(words.slice(3))],
  ]);
  const chunkList = encodeArray([
    encodeArray([encodeText('dadah'), encodeText('p'), encodeText('id_aaa')]),
    encodeArray([encodeText('s'), encodeText('sokong'), encodeText('id_bbb')]),
  ]);
  const other = [encodeText('1.6.0'), encodeArray([]), chunkList, encodeArray([encodeText('keep me')])];
  files.set('pagefind.id_old.pf_meta', pack(encodeArray(other)));
  const read = (path: string) => files.get(path) ?? Buffer.alloc(0);

  it('re-cuts the same words, in order, into new chunks and a new metadata file', () => {
    const out = rechunkLanguage({ version: '1.6.0', hash: 'id_old', read, targetBytes: 1 });
    expect(out.before).toBe(2);
    expect(out.after).toBe(4);
    expect(out.remove).toEqual(['pagefind.id_old.pf_meta', 'index/id_aaa.pf_index', 'index/id_bbb.pf_index']);

    const meta = unpack(out.files.get(`pagefind.${out.hash}.pf_meta`) ?? Buffer.alloc(0));
    const top = arrayItems(meta, 0);
    expect(Buffer.from(top[3] ?? []).equals(other[3] ?? Buffer.alloc(0))).toBe(true);
    const ranges = arrayItems(top[2] ?? Buffer.alloc(0), 0).map((e) => arrayItems(e, 0).map((b) => readText(b)));
    expect(ranges.map(([from, to]) => [from, to])).toEqual([
      ['dadah', 'd'],
      ['k', 'k'],
      ['p', 'p'],
      ['s', 'sokong'],
    ]);
    const copied = ranges.flatMap(([, , hash]) => {
      const index = unpack(out.files.get(`index/${hash}.pf_index`) ?? Buffer.alloc(0));
      return arrayItems(arrayItems(index, 0)[0] ?? Buffer.alloc(0), 0).map((b) => Buffer.from(b).toString('hex'));
    });
    expect(copied).toEqual(words.map((w) => w.toString('hex')));
  });

  it('gives pages short numbered names, keeping their other fields, and says which fragments to rename', () => {
    const pages = [
      encodeArray([encodeText('id_c1839a9'), Buffer.from([0x19, 0x01, 0x16]), encodeArray([])]),
      encodeArray([encodeText('id_0ff1ce0'), Buffer.from([0x05]), encodeArray([])]),
    ];
    const { items, renames } = renamePages(pages, 'id');
    const names = items.map((item) => readText(arrayItems(item, 0)[0] ?? Buffer.alloc(0)));
    expect(names[0]).toMatch(/^id_[0-9a-f]{4}_0$/);
    expect(names[1]).toMatch(/^id_[0-9a-f]{4}_1$/);
    expect(
      Buffer.from(arrayItems(items[0] ?? Buffer.alloc(0), 0)[1] ?? []).equals(Buffer.from([0x19, 0x01, 0x16])),
    ).toBe(true);
    expect(renames[1]).toEqual(['fragment/id_0ff1ce0.pf_fragment', `fragment/${names[1]}.pf_fragment`]);
    // Another set of pages gets another tag, so no browser keeps a stale fragment.
    const other = renamePages([pages[0] ?? Buffer.alloc(0)], 'id');
    expect(readText(arrayItems(other.items[0] ?? Buffer.alloc(0), 0)[0] ?? Buffer.alloc(0))).not.toBe(names[0]);
  });

  it('refuses an index from another Pagefind version', () => {
    expect(() => rechunkLanguage({ version: '2.0.0', hash: 'id_old', read, targetBytes: 1 })).toThrow(/1\.6\.0/);
  });
});
