import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src/lib/bytes.ts';

describe('concatBytes', () => {
  it('joins the parts in order, empty ones included', () => {
    const out = concatBytes([
      Uint8Array.of(1, 2),
      new Uint8Array(0),
      Uint8Array.of(255),
      Uint8Array.of(7, 8, 9)
    ]);
    expect([...out]).toEqual([1, 2, 255, 7, 8, 9]);
    expect(concatBytes([]).length).toBe(0);
  });
});
