import { describe, expect, it } from 'vitest';
import {
  arrayItems,
  autoChunkBytes,
  boundaryPrefixes,
  CAP_FROM_BYTES,
  capPositions,
  chunkRanges,
  chunksFor,
  encodeArray,
  encodeText,
  groupWords,
  head,
  justAbove,
  justBelow,
  pack,
  readText,
  rechunkLanguage,
  renamePages,
  roundWordCount,
  roundWordCounts,
  skip,
  TOP,
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

  it('fills chunks to the target size', () => {
    const chunks = groupWords([word('a', 5), word('b', 5), word('c', 5), word('d', 5)], 10);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('gives a heavy word a chunk of its own, shared with neither neighbour', () => {
    const chunks = groupWords([word('a', 3), word('pulih', 30), word('rawat', 3)], 10);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([['a'], ['pulih'], ['rawat']]);
  });

  it('puts an empty chunk between two heavy words', () => {
    const chunks = groupWords([word('pulang', 30), word('pulih', 30), word('rawat', 3)], 10);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([['pulang'], [], ['pulih'], ['rawat']]);
  });

  it('keeps words that share four letters together, up to twice the target, but never with a heavy word', () => {
    const chunks = groupWords([word('pulih', 10), word('pulihan', 5), word('pulihkan', 10), word('rawat', 5)], 10, 20);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([['pulih', 'pulihan', 'pulihkan'], ['rawat']]);
    const heavy = groupWords([word('pulihan', 5), word('pulihkan', 30), word('pulihlah', 5)], 10);
    expect(heavy.map((c) => c.map((w) => w.word))).toEqual([['pulihan'], ['pulihkan'], ['pulihlah']]);
  });

  it('has strings just above and just below a word', () => {
    const sorted = (list: string[]) => [...list].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const around = ['perkz', justBelow('perl'), 'perl', 'pulih', justAbove('pulih'), 'pulih-', 'pulihan', 'pulii', TOP];
    expect(sorted(around)).toEqual(around);
    expect(justBelow('perl').startsWith('perk')).toBe(true);
  });
});

describe('which chunks a word loads', () => {
  // Measured with Pagefind 1.6's own pagefind.js and WebAssembly (no stemmer) on
  // hand-made ranges: the first range that holds a word; if none, every range that
  // might hold a prefix or an extension of it.
  const measured = [
    { from: '80', to: 'a' },
    { from: 'ab', to: 'abou' },
    { from: 'abov', to: 'addict' },
  ];
  it.each([
    ['addict', [2]],
    ['addiction', [0, 2]],
    ['abo', [1]],
    ['a', [0]],
    ['zzz', []],
  ])('as Pagefind does: "%s" loads %j', (term, loads) => {
    expect(chunksFor(measured, term)).toEqual(loads);
  });

  it('Pagefind looks past the range of a shortened last word', () => {
    expect(
      chunksFor(
        [
          { from: 'a', to: 'm' },
          { from: 'ma', to: 'mz' },
        ],
        'mango',
      ),
    ).toEqual([1]);
  });

  // Words in index order, with the bytes of their entries: four heavy ones (≥ 10).
  const index = [
    word('pekan', 3),
    word('pelan', 3),
    word('perjump', 3),
    word('perjumpa', 20),
    word('perjumpaan', 30),
    word('perkara', 3),
    word('perlu', 3),
    word('pulang', 30),
    word('pulih', 30),
    word('pulihan', 3),
    word('rakan', 3),
  ];
  const chunks = groupWords(index, 6, 10);
  const ranges = chunkRanges(chunks, 10);
  const chunkOf = (w: string) => chunks.findIndex((c) => c.some((x) => x.word === w));
  const heavy = new Set(['perjumpa', 'perjumpaan', 'pulang', 'pulih'].map(chunkOf));

  it('every word of the index loads its own chunk and no other', () => {
    for (const { word: w } of index) expect(chunksFor(ranges, w), w).toEqual([chunkOf(w)]);
  });

  it('any other string loads exactly one chunk: no gaps between the ranges', () => {
    const strings = ['', 'a', 'pe', 'pemulihan', 'perj', 'perjumpaanx', 'perkz', 'pulangkan', 'pulihkan', 'zzz', TOP];
    for (const s of strings) expect(chunksFor(ranges, s), s).toHaveLength(1);
  });

  it.each([
    ['pemulihan', 'pelan'],
    ['perjumpaanx', 'perkara'],
    ['perkz', 'perlu'],
    ['pulihkan', 'pulihan'],
  ])('"%s", as typed, loads a light chunk (the one with "%s"), not a heavy word near it', (typed, near) => {
    const [loaded] = chunksFor(ranges, typed);
    expect(loaded).toBe(chunkOf(near));
    expect(heavy.has(loaded ?? -1)).toBe(false);
  });

  it('what sorts between two heavy words loads the empty chunk between them', () => {
    const [loaded] = chunksFor(ranges, 'pulangkan');
    expect(chunks[loaded ?? -1]).toEqual([]);
  });

  it('a prefix being typed loads the chunk of the word it extends to', () => {
    expect(chunksFor(ranges, 'puli')).toEqual([chunkOf('pulih')]);
    expect(chunksFor(ranges, 'perjumpaa')).toEqual([chunkOf('perjumpaan')]);
    expect(chunksFor(ranges, 'perjum')).toEqual([chunkOf('perjump')]); // which "perjump" extends too
  });

  it("Pagefind's own ranges load the heavy words for the same strings", () => {
    // The ranges before: the previous version's cut, ending each chunk at a shortened prefix.
    const old = [
      { from: 'pekan', to: 'perj' },
      { from: 'perk', to: 'pul' },
    ];
    expect(chunksFor(old, 'pemulihan')).toEqual([0]); // the chunk holding "perjumpaan"
    expect(chunksFor(old, 'perjumpaan')).toEqual([0]); // found only by the second rule
  });
});

describe('word counts', () => {
  it('rounds a word count to within 2.5 %, to few values', () => {
    for (const n of [2, 37, 174, 547, 1140, 25_000]) {
      expect(Math.abs(roundWordCount(n, 0.05) - n) / n).toBeLessThanOrEqual(0.026);
    }
    const values = new Set(Array.from({ length: 1000 }, (_, i) => roundWordCount(200 + i, 0.05)));
    expect(values.size).toBeLessThan(40);
    expect(roundWordCount(547, 0)).toBe(547);
    expect(roundWordCount(0, 0.05)).toBe(0);
  });

  it('rewrites only the word count of each page entry', () => {
    const page = encodeArray([encodeText('id_x_0'), head(0, 547), encodeText('')]);
    const [rounded] = roundWordCounts([page], 0.05);
    const fields = arrayItems(rounded ?? Buffer.alloc(0), 0);
    expect(readText(fields[0])).toBe('id_x_0');
    expect(fields[1]?.equals(head(0, roundWordCount(547, 0.05)))).toBe(true);
    expect(readText(fields[2])).toBe('');
  });
});

describe('chunk size', () => {
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

  const rangesOf = (out: ReturnType<typeof rechunkLanguage>) => {
    const top = arrayItems(unpack(out.files.get(`pagefind.${out.hash}.pf_meta`) ?? Buffer.alloc(0)), 0);
    return arrayItems(top[2] ?? Buffer.alloc(0), 0).map((e) => arrayItems(e, 0).map((b) => readText(b)));
  };
  const wordsIn = (out: ReturnType<typeof rechunkLanguage>, name: string) => {
    const index = unpack(out.files.get(`index/${name}.pf_index`) ?? Buffer.alloc(0));
    return arrayItems(arrayItems(index, 0)[0] ?? Buffer.alloc(0), 0).map((b) => Buffer.from(b).toString('hex'));
  };

  it('re-cuts the same words, in order, into new chunks and a new metadata file', () => {
    const out = rechunkLanguage({ version: '1.6.0', hash: 'id_old', read, targetBytes: 1, heavyBytes: 1000 });
    expect(out.before).toBe(2);
    expect(out.after).toBe(4);
    expect(out.heavy).toBe(0);
    expect(out.remove).toEqual(['pagefind.id_old.pf_meta', 'index/id_aaa.pf_index', 'index/id_bbb.pf_index']);

    const meta = unpack(out.files.get(`pagefind.${out.hash}.pf_meta`) ?? Buffer.alloc(0));
    const top = arrayItems(meta, 0);
    expect(Buffer.from(top[3] ?? []).equals(other[3] ?? Buffer.alloc(0))).toBe(true);
    const ranges = rangesOf(out);
    expect(ranges.map(([from, to]) => [from, to])).toEqual([
      ['', justBelow('k')],
      ['k', justBelow('p')],
      ['p', justBelow('s')],
      ['s', TOP],
    ]);
    expect(ranges.map(([, , name]) => name)).toEqual(
      [0, 1, 2, 3].map((i) => expect.stringMatching(new RegExp(`^id_[0-9a-f]{4}_${i}$`))),
    );
    expect(ranges.flatMap(([, , name]) => wordsIn(out, name ?? ''))).toEqual(words.map((w) => w.toString('hex')));
  });

  it('ends the range of a heavy word at the word, and rounds word counts when asked', () => {
    const withPages = new Map(files);
    const page = encodeArray([encodeText('id_c1839a9'), head(0, 547), encodeText('')]);
    const [version = Buffer.alloc(0), , , rest = Buffer.alloc(0)] = other;
    withPages.set('pagefind.id_old.pf_meta', pack(encodeArray([version, encodeArray([page]), chunkList, rest])));
    const heavyBytes = words[2]?.length ?? 0; // "pulih", and any entry as large
    const out = rechunkLanguage({
      version: '1.6.0',
      hash: 'id_old',
      read: (path) => withPages.get(path) ?? Buffer.alloc(0),
      targetBytes: 1_000,
      heavyBytes,
      wordCountStep: 0.05,
    });
    const ranges = rangesOf(out);
    const pulih = ranges.find(([, , name]) => wordsIn(out, name ?? '').includes(words[2]?.toString('hex') ?? ''));
    expect(pulih?.[1]).toBe('pulih');
    expect(
      chunksFor(
        ranges.map(([from, to]) => ({ from: from ?? '', to: to ?? '' })),
        'pulihkan',
      ),
    ).toHaveLength(1);
    const top = arrayItems(unpack(out.files.get(`pagefind.${out.hash}.pf_meta`) ?? Buffer.alloc(0)), 0);
    const [rounded] = arrayItems(top[1] ?? Buffer.alloc(0), 0);
    expect(arrayItems(rounded ?? Buffer.alloc(0), 0)[1]?.equals(head(0, roundWordCount(547, 0.05)))).toBe(true);
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

describe('positions of common words', () => {
  /** A page in a word entry: its number and its positions, negative numbers being weight markers. */
  const page = (number: number, positions: number[]) =>
    encodeArray([
      head(0, number),
      encodeArray(positions.map((p) => (p < 0 ? head(1, -1 - p) : head(0, p)))),
      encodeArray([]),
    ]);
  const wordEntry = (pages: Buffer[]) => encodeArray([encodeText('pulih'), encodeArray(pages), encodeArray([])]);
  const positionsOf = (bytes: Buffer) =>
    arrayItems(arrayItems(bytes, 0)[1] ?? Buffer.alloc(0), 0).map((p) =>
      arrayItems(arrayItems(p, 0)[1] ?? Buffer.alloc(0), 0).map((b) => {
        const first = b[0] ?? 0;
        const value = first & 31;
        return first >> 5 === 1 ? -1 - value : value;
      }),
    );

  it('keeps the first positions of each page with the weight markers before them', () => {
    const capped = capPositions(wordEntry([page(3, [-9, 5, 2, 7]), page(4, [1]), page(6, [-9, 4, -2, 6, 1])]), 2);
    expect(positionsOf(capped)).toEqual([[-9, 5, 2], [1], [-9, 4, -2, 6]]);
    // The word, the page numbers and what follows the pages are kept as they were.
    expect(readText(arrayItems(capped, 0)[0] ?? Buffer.alloc(0))).toBe('pulih');
    expect(arrayItems(capped, 0)).toHaveLength(3);
  });

  it('drops a weight marker left with no position after it', () => {
    expect(positionsOf(capPositions(wordEntry([page(1, [-9, 5, -3, 7])]), 1))).toEqual([[-9, 5]]);
  });

  it('caps in rechunkLanguage only a large entry of a word on more than half the pages', () => {
    const pages = Array.from({ length: 4 }, (_, i) => encodeArray([encodeText(`p${i}`), head(0, 100), encodeText('')]));
    const many = Array.from({ length: 1500 }, (_, i) => i + 1);
    // "pulih" on 3 of 4 pages with many positions (over CAP_FROM_BYTES); "dadah" small, on 3 of 4.
    const common = encodeArray([
      encodeText('pulih'),
      encodeArray([0, 1, 2].map((n) => page(n, many))),
      encodeArray([]),
    ]);
    expect(common.length).toBeGreaterThan(CAP_FROM_BYTES);
    const small = encodeArray([
      encodeText('dadah'),
      encodeArray([0, 1, 2].map((n) => page(n, [1, 2, 3]))),
      encodeArray([]),
    ]);
    const files = new Map<string, Buffer>([
      ['index/id_aaa.pf_index', pack(encodeArray([encodeArray([small, common])]))],
      [
        'pagefind.id_old.pf_meta',
        pack(
          encodeArray([
            encodeText('1.6.0'),
            encodeArray(pages),
            encodeArray([encodeArray([encodeText('dadah'), encodeText('pulih'), encodeText('id_aaa')])]),
          ]),
        ),
      ],
    ]);
    const run = (commonWordPositions: number) =>
      rechunkLanguage({
        version: '1.6.0',
        hash: 'id_old',
        read: (path) => files.get(path) ?? Buffer.alloc(0),
        targetBytes: 100_000,
        commonWordPositions,
      });
    const entries = (out: ReturnType<typeof rechunkLanguage>) =>
      [...out.files]
        .filter(([path]) => path.endsWith('.pf_index'))
        .flatMap(([, file]) => arrayItems(arrayItems(unpack(file), 0)[0] ?? Buffer.alloc(0), 0));
    const capped = run(2);
    expect(capped.capped).toBe(1);
    const [dadah, pulih] = entries(capped);
    expect(positionsOf(dadah ?? Buffer.alloc(0))).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(positionsOf(pulih ?? Buffer.alloc(0))).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    const kept = run(0);
    expect(kept.capped).toBe(0);
    expect(entries(kept)[1]?.equals(common)).toBe(true);
  });
});
