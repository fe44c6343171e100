/**
 * A binary file named .csv (npm run fuzz, seed 1734126458, case 2393305397): its « header » is
 * quoted as bytes that are not text, never as the bytes themselves.
 */
import { describe, expect, it } from 'vitest';
import { headerFound } from '../../../src/lib/data/user-data.ts';
import { uploadText } from '../../../src/lib/data/validate.ts';

describe('headerFound', () => {
  it('quotes a text header, says when there is none, and never prints binary bytes', () => {
    expect(headerFound(['id', 'name', 'commune'])).toBe('id, name, commune');
    expect(headerFound([])).toBe('no header');
    expect(headerFound(['\u0018e3{L\u0002[P\f8Mh\u0004n'])).toBe('bytes that are not text');
    expect(headerFound(['caf\ufffd'])).toBe('bytes that are not text');
    expect(uploadText('bytes that are not text', 'fr')).toBe(
      'des octets qui ne sont pas du texte (un fichier binaire\u00a0?)'
    );
  });
});
