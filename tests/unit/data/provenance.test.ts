import { describe, expect, it } from 'vitest';
import { dataLang, sourceLabel } from '../../../src/lib/data/provenance.ts';

describe('provenance', () => {
  it('marks the data’s French text as French on English pages only, and never a user’s own rows', () => {
    const row = { source: 'https://journalauto.com/x', sourceTitle: 'ACC ne bâtira pas' };
    expect(dataLang('en', row)).toBe('fr');
    expect(dataLang('fr', row)).toBeUndefined();
    expect(dataLang('en', { ...row, userData: { file: 'mes-sites.csv' } })).toBeUndefined();
    expect(dataLang('en')).toBe('fr');
  });

  it('names a source by its host and title, or by its seed file', () => {
    expect(
      sourceLabel({ source: 'https://www.journalauto.com/a/b', sourceTitle: 'ACC ne bâtira pas' })
    ).toBe('journalauto.com — ACC ne bâtira pas');
    expect(sourceLabel({ source: 'seeds/aesc.md', sourceTitle: null })).toMatch(/aesc\.md/);
  });
});
