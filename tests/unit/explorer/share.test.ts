/**
 * The explorer's shareable link: the query and its results view in the fragment, bounded,
 * decoded without ever throwing, every dropped part named.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from '../../../src/lib/explorer/share.ts';

describe('encodeShare / decodeShare', () => {
  it('round-trips a query with quotes, accents, newlines, # and &, its page and its sort', () => {
    const sql = "SELECT nom, 'l''usine #1 & co' AS x\nFROM sites -- année\nWHERE a = '%41'";
    const enc = encodeShare({ sql, page: 3, order: { column: 'année', desc: true } });
    expect(enc.ok).toBe(true);
    const fragment = (enc as { fragment: string }).fragment;
    expect(fragment).not.toContain('#');
    expect(decodeShare(`#${fragment}`)).toEqual({
      query: { sql, page: 3, order: { column: 'année', desc: true } },
      problems: []
    });
  });

  it('leaves page 1 and no sort out of the link', () => {
    expect(encodeShare({ sql: 'SELECT 1', page: 1, order: null })).toEqual({
      ok: true,
      fragment: 'sql=SELECT+1'
    });
    expect(decodeShare('sql=SELECT+1').query).toEqual({ sql: 'SELECT 1', page: 1, order: null });
  });

  it('refuses to write or read more than 8 192 characters, with the length', () => {
    expect(MAX_SHARE_CHARS).toBe(8192);
    const long = `SELECT '${'x'.repeat(9000)}'`;
    expect(encodeShare({ sql: long, page: 1, order: null })).toEqual({ ok: false, length: 9017 });
    const read = decodeShare(`#sql=${'y'.repeat(8200)}`);
    expect(read).toEqual({ query: null, problems: [{ kind: 'tooLong', length: 8204 }] });
    // Exactly at the bound is accepted.
    const edge = `sql=${'z'.repeat(MAX_SHARE_CHARS - 4)}`;
    expect(decodeShare(edge).query?.sql).toHaveLength(MAX_SHARE_CHARS - 4);
  });

  it('never throws on a malformed fragment and names what it dropped', () => {
    const read = decodeShare('#sql=SELECT%E0%A4%A&page=-2&desc=oui&x=1&sql=SELECT+2');
    // An invalid UTF-8 sequence becomes U+FFFD; a lone % stays as typed.
    expect(read.query).toEqual({ sql: 'SELECT\uFFFD%A', page: 1, order: null });
    expect(read.problems).toEqual([
      { kind: 'badParam', name: 'sql', found: 'SELECT 2' },
      { kind: 'badParam', name: 'x', found: '1' },
      { kind: 'badParam', name: 'page', found: '-2' },
      { kind: 'badParam', name: 'desc', found: 'oui' }
    ]);
    expect(decodeShare('#page=2').query).toBeNull();
    expect(decodeShare('').query).toBeNull();
    expect(decodeShare('#sql=SELECT%001').query?.sql).toBe('SELECT1');
    expect(decodeShare('#sql=1&page=99999999999').problems).toEqual([
      { kind: 'badParam', name: 'page', found: '99999999999' }
    ]);
  });
});
