/**
 * A shareable explorer query: the SQL and its results view (page, sort) in the address's
 * fragment, `#sql=SELECT…&page=3&sort=year&desc=1`. The fragment is never sent to the server (a
 * long query cannot meet its 16 KB header limit), the app's `writeUrl` leaves it alone, and it
 * is bounded to MAX_SHARE_CHARS characters. Decoding never throws: a malformed part is dropped
 * and named.
 *
 * @example
 *   encodeShare({ sql: 'SELECT 1', page: 1, order: null }) // { ok: true, fragment: 'sql=SELECT+1' }
 *   decodeShare('#sql=SELECT+1&page=2').query            // { sql: 'SELECT 1', page: 2, order: null }
 */
import type { ResultOrder } from '../data/explorer-sql.ts';

/** Longest fragment written or read (characters, as encoded in the address). */
export const MAX_SHARE_CHARS = 8192;
/** Highest page a link may ask for (beyond the result's last page, the last page is shown). */
export const MAX_SHARE_PAGE = 10_000_000;

export interface SharedQuery {
  sql: string;
  /** 1-based page of the result. */
  page: number;
  order: ResultOrder | null;
}

export type EncodeResult = { ok: true; fragment: string } | { ok: false; length: number };

/** The fragment (without `#`) for a query and its view, or its length if it is too long. */
export function encodeShare(q: SharedQuery): EncodeResult {
  const params = new URLSearchParams({ sql: q.sql });
  if (q.page > 1) params.set('page', String(Math.floor(q.page)));
  if (q.order) {
    params.set('sort', q.order.column);
    if (q.order.desc) params.set('desc', '1');
  }
  const fragment = params.toString();
  return fragment.length > MAX_SHARE_CHARS
    ? { ok: false, length: fragment.length }
    : { ok: true, fragment };
}

export type ShareProblem =
  { kind: 'tooLong'; length: number } | { kind: 'badParam'; name: string; found: string };

export interface DecodeResult {
  /** null when the fragment holds no query (or one too long to read). */
  query: SharedQuery | null;
  problems: ShareProblem[];
}

const KNOWN = new Set(['sql', 'page', 'sort', 'desc']);

/** Reads `location.hash` (with or without its `#`). */
export function decodeShare(hash: string): DecodeResult {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text) return { query: null, problems: [] };
  if (text.length > MAX_SHARE_CHARS) {
    return { query: null, problems: [{ kind: 'tooLong', length: text.length }] };
  }
  // URLSearchParams decodes leniently: a broken %-sequence stays as typed, nothing throws.
  const params = new URLSearchParams(text);
  if (!params.has('sql')) return { query: null, problems: [] };
  const problems: ShareProblem[] = [];
  const found = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name))
      problems.push({ kind: 'badParam', name, found: found(params.get(name)!) });
    else if (params.getAll(name).length > 1)
      problems.push({ kind: 'badParam', name, found: found(params.getAll(name)[1]) });
  }
  // NUL characters cannot come from the editor; DuckDB would stop reading the statement there.
  const sql = params.get('sql')!.replaceAll('\u0000', '');
  let page = 1;
  const rawPage = params.get('page');
  if (rawPage !== null) {
    const n = /^\d{1,8}$/.test(rawPage) ? Number(rawPage) : NaN;
    if (n >= 1 && n <= MAX_SHARE_PAGE) page = n;
    else problems.push({ kind: 'badParam', name: 'page', found: found(rawPage) });
  }
  const sort = params.get('sort');
  const desc = params.get('desc');
  if (desc !== null && desc !== '1' && desc !== '0')
    problems.push({ kind: 'badParam', name: 'desc', found: found(desc) });
  let order: ResultOrder | null = null;
  if (sort !== null) {
    if (sort.length && sort.length <= 255) order = { column: sort, desc: desc === '1' };
    else problems.push({ kind: 'badParam', name: 'sort', found: found(sort) });
  }
  return { query: { sql, page, order }, problems };
}
