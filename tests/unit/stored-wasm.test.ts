import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { storeCopy, storedCopy, storedName } from '../../tools/lib/stored-wasm.mjs';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stored-wasm-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const content = readFileSync('content/glossary.yaml');

describe('the stored copies of Pagefind’s WebAssembly', () => {
  it('has none for content it never kept', () => {
    expect(storedCopy(content, 'gz', tempDir())).toBeUndefined();
  });

  it('gives back the copy it kept, named by the SHA-256 of the content', () => {
    const dir = tempDir();
    const gz = gzipSync(content, { level: 9 });
    const br = brotliCompressSync(content);
    expect(storeCopy(content, 'gz', gz, dir)).toMatch(/^[0-9a-f]{64}\.gz$/);
    storeCopy(content, 'br', br, dir);
    expect(storedCopy(content, 'gz', dir)?.equals(gz)).toBe(true);
    expect(storedCopy(content, 'br', dir)?.equals(br)).toBe(true);
    // Other content has other names: never another file's copy.
    expect(storedCopy(Buffer.concat([content, Buffer.from(' ')]), 'gz', dir)).toBeUndefined();
  });

  it('never gives a damaged or mismatched copy', () => {
    const dir = tempDir();
    writeFileSync(join(dir, storedName(content, 'gz')), Buffer.from('not gzip at all'));
    expect(storedCopy(content, 'gz', dir)).toBeUndefined();
    // A valid Brotli file under the content's name, of other bytes.
    writeFileSync(join(dir, storedName(content, 'br')), brotliCompressSync(Buffer.from('other bytes')));
    expect(storedCopy(content, 'br', dir)).toBeUndefined();
  });

  it('refuses to keep a copy that does not unpack to the content', () => {
    expect(() => storeCopy(content, 'gz', gzipSync(Buffer.from('other')), tempDir())).toThrow(/does not unpack/);
  });
});
