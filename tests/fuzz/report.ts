/**
 * The shape every fuzz module reports (tests/fuzz/*.ts): each module exports
 *   export async function fuzz(seed: number, count: number): Promise<FuzzReport>
 * and is run by its test in tests/unit/fuzz/ with a fixed seed, and by `npm run fuzz` with a
 * random one. A case is one generated input (file, link, stored entry, request line).
 *
 * Outcomes of a case:
 * - clear:    refused with a message that names the problem (file/line/column/field, or the
 *             parameter, or the entry), in the page's language;
 * - accepted: taken as valid (a valid mutation, or a value that is harmless once bounded);
 * - crash:    threw where it should have answered, or lost the user's other saved work;
 * - hang:     did not answer within the module's time limit;
 * - restarted: did not answer within the time limit, and its engine was ended and restarted as
 *             the explorer ends its worker (the page then says so); not a failure, but each
 *             one is printed with its seed.
 * Only crash and hang are failures; each failure keeps what is needed to replay it.
 */
export interface FuzzFailure {
  /** The seed of the case (replay: fuzz(caseSeed, 1)). */
  caseSeed: number;
  category: string;
  outcome: 'crash' | 'hang';
  /** The input, shortened for printing. */
  input: string;
  problem: string;
}

export interface FuzzCounts {
  tried: number;
  clear: number;
  accepted: number;
  crash: number;
  hang: number;
  restarted: number;
}

export interface FuzzReport {
  /** Counts per category (e.g. "csv: quote in header", "link: unknown site"). */
  byCategory: Record<string, FuzzCounts>;
  failures: FuzzFailure[];
  /** The case seeds of the "restarted" cases. */
  restarts?: number[];
}

export function emptyCounts(): FuzzCounts {
  return { tried: 0, clear: 0, accepted: 0, crash: 0, hang: 0, restarted: 0 };
}

/** Adds one outcome to a report. */
export function record(
  report: FuzzReport,
  category: string,
  outcome: Exclude<keyof FuzzCounts, 'tried'>
): void {
  const c = (report.byCategory[category] ??= emptyCounts());
  c.tried++;
  c[outcome]++;
}

/** The seed of case i of a run seeded `seed`: cases replay one by one (fuzz(caseSeed, 1)). */
export function caseSeed(seed: number, i: number): number {
  // Case 0 is the seed itself, so that fuzz(caseSeed, 1) replays a case alone.
  if (i === 0) return seed >>> 0;
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + i * 0x27d4eb2f) >>> 0;
}

/**
 * What is wrong with a run of `tried` cases, for its test to assert empty: each failure (its
 * outcome, category and problem), a total that is not `tried`, a category whose outcomes do not
 * add up.
 */
export function inconsistencies(report: FuzzReport, tried: number): string[] {
  const out = report.failures.map(
    (f) => `${f.outcome} [${f.category}] ${f.problem} (case seed ${f.caseSeed})`
  );
  const counts = Object.entries(report.byCategory);
  const total = counts.reduce((s, [, c]) => s + c.tried, 0);
  if (total !== tried) out.push(`${total} cases counted, ${tried} run`);
  for (const [category, c] of counts) {
    if (c.clear + c.accepted + c.crash + c.hang + c.restarted !== c.tried)
      out.push(`${category}: outcomes do not add up to ${c.tried}`);
  }
  return out;
}
