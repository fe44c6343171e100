/**
 * The dataset the pages show: the prerendered copy first (read at build time from the same
 * Parquet files), then the copy DuckDB-WASM reads in the browser, which replaces it — with, when
 * a researcher has added their own sites or programmes in the explorer, those rows beside or
 * instead of the defaults, their names flagged "(vos données)" / "(your data)".
 */
import { asLang } from '../i18n/lang.ts';
import type { Dataset } from './queries.ts';
import {
  markUserRows,
  mergeUserData,
  type UserData,
  type UserTable,
  type UserTableData
} from './user-data.ts';

class DatasetStore {
  live = $state<{ dataset: Dataset; version: string; ms: number } | null>(null);
  error = $state<string | null>(null);
  /** The researcher's rows (kept in IndexedDB), replaced as a whole on every change. */
  user = $state.raw<UserData>({});
  /** True once the stored rows have been read (or found absent). */
  userReady = $state(false);
  userError = $state<string | null>(null);
  /** Language of the marker on user rows: follows <html lang>, which the app state sets. */
  markerLang = $state<'fr' | 'en'>('fr');
  private started = false;
  private last: { base: Dataset; user: UserData; lang: string; out: Dataset } | null = null;

  /** Starts DuckDB-WASM once, after the first content is on screen, and reads the user rows. */
  start(): void {
    if (this.started) return;
    this.started = true;
    import('./live.ts')
      .then(({ liveDataset }) => liveDataset())
      .then((result) => (this.live = result))
      .catch((error: Error) => (this.error = error.message));
    this.loadUser();
    this.followLang();
  }

  private followLang(): void {
    const html = document.documentElement;
    const read = () => (this.markerLang = asLang(html.lang));
    read();
    new MutationObserver(read).observe(html, { attributes: true, attributeFilter: ['lang'] });
  }

  private loadUser(): void {
    import('./user-store.ts')
      .then(({ loadUserData }) => loadUserData())
      .then(({ data, discarded }) => {
        if (data) this.user = data;
        if (discarded) this.userError = 'discarded';
      })
      .catch((e: Error) => (this.userError = e.message))
      .finally(() => (this.userReady = true));
  }

  /** The freshest dataset available (DuckDB-WASM's once read, else the prerendered one), with
   * the researcher's rows merged in. */
  pick(prerendered: Dataset): Dataset {
    const base = this.live?.dataset ?? prerendered;
    const user = this.user;
    const lang = this.markerLang;
    if (
      this.last &&
      this.last.base === base &&
      this.last.user === user &&
      this.last.lang === lang
    ) {
      return this.last.out;
    }
    const out = markUserRows(mergeUserData(base, user).dataset, lang);
    this.last = { base, user, lang, out };
    return out;
  }

  get hasUserData(): boolean {
    return Boolean(this.user.sites || this.user.programmes);
  }

  /** Adds (or replaces) the researcher's rows of one table, and keeps them in the browser. */
  async setUserTable(table: 'sites', data: UserTableData<Dataset['sites'][number]>): Promise<void>;
  async setUserTable(
    table: 'programmes',
    data: UserTableData<Dataset['programmes'][number]>
  ): Promise<void>;
  async setUserTable(table: UserTable, data: UserTableData<never>): Promise<void> {
    await this.save({ ...this.user, [table]: data });
  }

  async removeUserTable(table: UserTable): Promise<void> {
    const next = { ...this.user };
    delete next[table];
    await this.save(next);
  }

  private async save(next: UserData): Promise<void> {
    this.user = next;
    const { saveUserData } = await import('./user-store.ts');
    await saveUserData(next);
  }
}

export const datasetStore = new DatasetStore();
