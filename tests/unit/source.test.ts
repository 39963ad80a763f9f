import { describe, expect, it } from 'vitest';
import { decodeNote } from '../../src/notes/source.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeNote', () => {
  it('drops a BOM and normalises CRLF and CR line endings', () => {
    expect(decodeNote('n.md', bytes('\ufeff---\r\ntitle: x\r\n---\rbody'))).toEqual({
      ok: true,
      text: '---\ntitle: x\n---\nbody',
    });
  });

  it('reports invalid UTF-8 on the line where it occurs', () => {
    const data = new Uint8Array([...bytes('line one\nline two\n'), 0xff, 0xfe, ...bytes(' bad\n')]);
    const result = decodeNote('n.md', data);
    expect(result).toMatchObject({ ok: false, diagnostic: { code: 'file/encoding', line: 3, severity: 'error' } });
  });

  it('reports an empty or whitespace-only file', () => {
    expect(decodeNote('n.md', bytes(''))).toMatchObject({ ok: false, diagnostic: { code: 'file/empty' } });
    expect(decodeNote('n.md', bytes(' \n\n'))).toMatchObject({ ok: false, diagnostic: { code: 'file/empty' } });
  });

  it('drops the invisible characters no HTML or XML page may carry', () => {
    expect(decodeNote('n.md', bytes('title: A\u0000\u0007B\u001bC\uffff\ttab'))).toEqual({
      ok: true,
      text: 'title: ABC\ttab',
    });
  });
});
