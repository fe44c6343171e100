/**
 * Migrations of the URL format, in order: each takes the query parameters of version `from` and
 * returns those of version `from + 1`. A link made by any earlier version goes through every
 * step after its own, so it keeps working. To change the format: bump STATE_VERSION and append
 * one migration here, with a test that an old link still decodes.
 */
export interface Migration {
  from: number;
  describe: string;
  up(params: URLSearchParams): URLSearchParams;
}

/** Version 1 is the first published format: nothing to migrate yet. */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings `params` from the version they declare (`v`, 1 when absent) to `target`.
 * Returns the migrated parameters, or an error text for a version from the future.
 */
export function migrate(
  params: URLSearchParams,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS
): { params: URLSearchParams; from: number } | { error: string } {
  const raw = params.get('v');
  const from = raw === null ? 1 : Number(raw);
  if (!Number.isInteger(from) || from < 1) return { error: `v=${raw}` };
  if (from > target) return { error: `v=${raw} (newer than this version of Relève, ${target})` };
  let current = new URLSearchParams(params);
  for (let v = from; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { error: `v=${raw} (no migration from version ${v})` };
    current = step.up(current);
    current.set('v', String(v + 1));
  }
  return { params: current, from };
}
