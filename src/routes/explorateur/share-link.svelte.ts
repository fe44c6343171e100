/**
 * The explorer's shareable link: after each result (and each page or sort), the query and its
 * view are written in the address's fragment (`#sql=…`, see $lib/explorer/share); a link opened
 * — on load, or pasted into this tab — reruns its query and shows the same page and sort.
 */
import { replaceState } from '$app/navigation';
import { decodeShare, encodeShare, type ShareProblem } from '$lib/explorer/share';
import type { ExplorerState } from './explorer.svelte';

export class ShareLink {
  /** What the last link read could not use. */
  problems = $state<ShareProblem[]>([]);
  /** The length of the last query too long to write into the address, else null. */
  tooLong = $state<number | null>(null);
  /** Set when the result shown came from a link. */
  fromLink = $state(false);
  private written = '';

  constructor(private readonly ex: ExplorerState) {}

  /** The query of the address's fragment, if any (to show it in the editor before the engine). */
  read(): ReturnType<typeof decodeShare> {
    const read = decodeShare(location.hash);
    this.problems = read.problems;
    return read;
  }

  /** Reruns the query of the address's fragment (once the engine is ready). */
  async open(): Promise<void> {
    const { query } = this.read();
    if (!query) return;
    this.written = location.hash.slice(1);
    this.fromLink = true;
    await this.ex.run(query.sql, { page: query.page, order: query.order });
  }

  /** Writes the query and its view into the address (or says why it cannot). */
  write(): void {
    const ex = this.ex;
    if (!ex.outcome) return;
    const enc = encodeShare({ sql: ex.outcomeSql, page: ex.page + 1, order: ex.order });
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throw-away URL, not state
    const url = new URL(location.href);
    if (enc.ok) {
      url.hash = enc.fragment;
      this.tooLong = null;
    } else {
      url.hash = '';
      this.tooLong = enc.length;
    }
    this.written = url.hash.slice(1);
    if (url.href !== location.href) replaceState(url, {});
  }

  /** A link pasted into this tab changes only the fragment: rerun it. */
  onHashChange = (): void => {
    // After the engine's start: a link opened before it is read by the page's first open().
    void this.ex.started.then(() => {
      if (location.hash.slice(1) === this.written) return;
      this.fromLink = false;
      return this.open();
    });
  };
}
