import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/notes/memo.ts';

describe('remembered', () => {
  it('reads a text once, up to its bound, and long texts every time', () => {
    const read: string[] = [];
    const upper = remembered(
      (text) => {
        read.push(text);
        return text.toUpperCase();
      },
      { max: 2, maxLength: 5 },
    );
    expect([upper('a'), upper('a'), upper('b'), upper('longer'), upper('longer')]).toEqual([
      'A',
      'A',
      'B',
      'LONGER',
      'LONGER',
    ]);
    expect(read).toEqual(['a', 'b', 'longer', 'longer']);
    upper('c'); // The bound is reached: what was kept is let go.
    upper('a');
    expect(read.slice(-2)).toEqual(['c', 'a']);
  });
});
