/**
 * The app's live state, shared by every page: starts at the defaults (what the prerendered HTML
 * shows), is read from the URL once the page is hydrated, and writes every change back to the
 * URL (replaceState, no navigation), so the address bar is always a permalink.
 */
import { replaceState } from '$app/navigation';
import { defaultState, type AppState } from './app-state.ts';
import { settle } from './settle.ts';
import { decodeState, encodeState, fitToLink, restrictToDataset } from './url.ts';
import type { References } from '../data/validate.ts';

/** Whether two states say the same thing (same values; the codec writes keys in one order). */
export function sameState(a: AppState, b: AppState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

class AppStateStore {
  current = $state<AppState>(defaultState());
  /** Parameters of the last link read that could not be used (shown as a notice). */
  rejected = $state<string[]>([]);
  /** True once the URL has been read (after hydration). */
  ready = $state(false);

  /** Reads the state from a URL's query (on load and on navigation). */
  readUrl(url: URL): void {
    const decoded = decodeState(url.searchParams);
    // A link that says what is already shown (the prerendered defaults, on a link without a
    // query) keeps the state as it is: nothing is computed or drawn a second time on load.
    if (!sameState(decoded.state, this.current)) this.current = decoded.state;
    if (decoded.rejected.length || this.rejected.length) this.rejected = decoded.rejected;
    this.ready = true;
    document.documentElement.lang = decoded.state.lang;
  }

  /** The address bar follows the state once input settles. */
  private urlWrite = settle(() => this.writeUrl());

  /**
   * Applies a change at once (figures and charts follow in the same frame) and writes the new
   * state into the address bar once input settles (SETTLE_MS): a slider dragged across 20 values makes one
   * history write, not 20.
   */
  update(change: (draft: AppState) => void): void {
    const draft = $state.snapshot(this.current) as AppState;
    change(draft);
    // Levers a link cannot carry (too long) are left out of the state too, and named.
    const { state: next, rejected } = fitToLink(draft);
    if (rejected.length) this.rejected = [...this.rejected, ...rejected];
    this.current = next;
    document.documentElement.lang = next.lang;
    this.urlWrite.schedule();
  }

  /** Writes the current state into the address bar now. */
  writeUrl(): void {
    this.urlWrite.cancel();
    // A throw-away URL to build the address, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const url = new URL(location.href);
    url.search = encodeState(this.current);
    if (url.href !== location.href) replaceState(url, {});
  }

  /** The query string to carry the state over to another page ("" or "?v=1&…"). */
  get query(): string {
    const q = encodeState(this.current);
    return q ? `?${q}` : '';
  }

  /**
   * Drops levers on sites or programmes the dataset does not have (a stale or tampered link),
   * and programmes added in the workbench that aim at a site or occupation it lacks (`refs`),
   * adding each parameter to the notice; called where the state meets the dataset.
   */
  restrictTo(
    siteIds: ReadonlySet<string>,
    programmeIds: ReadonlySet<string>,
    refs?: References,
    mixes?: (siteId: string) => string | undefined
  ): void {
    const snapshot = $state.snapshot(this.current) as AppState;
    const r = restrictToDataset(snapshot, siteIds, programmeIds, refs, mixes);
    if (!r.rejected.length) return;
    this.current = r.state;
    this.rejected = [...this.rejected, ...r.rejected];
    this.writeUrl();
  }

  dismissNotice(): void {
    this.rejected = [];
  }
}

export const appState = new AppStateStore();
