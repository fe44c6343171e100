/**
 * The explorer's catalogue (messages-explorer.ts): the same keys in French and English, French
 * typography (a no-break space before « : » and « ; », never a plain one), none in English, and
 * every placeholder of one language in the other.
 */
import { describe, expect, it } from 'vitest';
import { EXPLORER } from '../../../src/lib/i18n/messages-explorer.ts';

function leaves(o: object, path = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${path}${k}`, v] as [string, string]] : leaves(v, `${path}${k}.`)
  );
}

describe('EXPLORER messages', () => {
  const fr = new Map(leaves(EXPLORER.fr));
  const en = new Map(leaves(EXPLORER.en));

  it('has the same keys and placeholders in both languages', () => {
    expect([...en.keys()]).toEqual([...fr.keys()]);
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of fr) expect(holes(en.get(key)!), key).toEqual(holes(text));
  });

  it('spaces French « : » and « ; » with a no-break space, and English not at all', () => {
    for (const [key, text] of fr) {
      expect(/ [:;]/.test(text), `${key}: ${text}`).toBe(false);
      expect(/[^\u00a0\s][:;](\s|$)/.test(text), `${key}: ${text}`).toBe(false);
    }
    for (const [key, text] of en) expect(/[\u00a0 ][:;]/.test(text), `${key}: ${text}`).toBe(false);
    expect(fr.get('stats.q1')).toBe('1er quartile');
  });
});
