/**
 * The dataset the pages show: the prerendered copy first (read at build time from the same
 * Parquet files), then the copy DuckDB-WASM reads in the browser, which replaces it — with, when
 * a researcher has added their own sites or programmes in the explorer, those rows beside or
 * instead of the defaults, their names flagged "(vos données)" / "(your data)".
 *
 * DuckDB-WASM starts after the first paint, once the page is idle (`start`): the prerendered
 * copy already shows every figure, and the engine's download and first reads then never compete
 * with the page's hydration. When DuckDB-WASM reads the very rows that were prerendered (the
 * usual case), the page keeps the prerendered objects: nothing is computed or drawn twice.
 */
import { asLang } from '../i18n/lang.ts';
import { afterFirstPaintIdle } from './after-paint.ts';
import type { Dataset } from './queries.ts';
import type { UserData, UserTable, UserTableData } from './user-data.ts';

/** The merge of a researcher's rows, loaded with them: pages without such rows never load it
 * (with its validator, ≈ 40 kB compressed). */
type UserRows = typeof import('./user-data.ts');
const userRows = (): Promise<UserRows> => import('./user-data.ts');

class DatasetStore {
  live = $state<{ dataset: Dataset; version: string; ms: number } | null>(null);
  error = $state<string | null>(null);
  /** The researcher's rows (kept in IndexedDB), replaced as a whole on every change. */
  user = $state.raw<UserData>({});
  /** Loaded before `user` ever holds rows. */
  private rows: UserRows | null = null;
  /** True once the stored rows have been read (or found absent). */
  userReady = $state(false);
  userError = $state<string | null>(null);
  /** Language of the marker on user rows: follows <html lang>, which the app state sets. */
  markerLang = $state<'fr' | 'en'>('fr');
  private started = false;
  private last: { base: Dataset; user: UserData; lang: string; out: Dataset } | null = null;
  /** Whether DuckDB-WASM's rows are the prerendered ones, for the last pair compared. */
  private same: { live: Dataset; prerendered: Dataset; equal: boolean } | null = null;

  /**
   * Reads the user rows, and starts DuckDB-WASM once: after the first paint and when the main
   * thread is idle (`afterFirstPaintIdle`, at most `IDLE_TIMEOUT_MS` later), or at once where the page needs the engine
   * anyway (`{ now: true }`: the explorer, which starts it for its own queries).
   */
  start({ now = false }: { now?: boolean } = {}): void {
    if (this.started) return;
    this.started = true;
    (now ? Promise.resolve() : afterFirstPaintIdle())
      .then(() => import('./live.ts'))
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
      .then(async ({ data, discarded }) => {
        if (data && (data.sites || data.programmes)) this.rows ??= await userRows();
        if (data) this.user = data;
        if (discarded) this.userError = 'discarded';
      })
      .catch((e: Error) => (this.userError = e.message))
      .finally(() => (this.userReady = true));
  }

  /** The freshest dataset available (DuckDB-WASM's once read, else the prerendered one), with
   * the researcher's rows merged in. */
  pick(prerendered: Dataset): Dataset {
    const base =
      this.live && !this.sameRows(this.live.dataset, prerendered) ? this.live.dataset : prerendered;
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
    const rows = this.rows;
    const out =
      rows && (user.sites || user.programmes)
        ? rows.markUserRows(rows.mergeUserData(base, user).dataset, lang)
        : base;
    this.last = { base, user, lang, out };
    return out;
  }

  /** Whether DuckDB-WASM read the prerendered rows (same values, as JSON), compared once. */
  private sameRows(live: Dataset, prerendered: Dataset): boolean {
    if (this.same?.live !== live || this.same.prerendered !== prerendered) {
      this.same = {
        live,
        prerendered,
        equal: JSON.stringify(live) === JSON.stringify(prerendered)
      };
    }
    return this.same.equal;
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
    this.rows ??= await userRows();
    this.user = next;
    const { saveUserData } = await import('./user-store.ts');
    await saveUserData(next);
  }
}

export const datasetStore = new DatasetStore();
