/**
 * The programme rates that official statistics replaced (December 2026): the estimate each one
 * replaced, the value now in data/programmes.csv, and the statistic it comes from — a row of the
 * InserJeunes table (data/inserjeunes.csv), or a published count whose ratio gives the rate.
 * The methodology page lists them with their sources; tests/unit/data/rate-changes.test.ts checks
 * every `after` against data/programmes.csv and against its evidence, so the list cannot drift
 * from the data.
 *
 *   after = round(evidence rate, 2)   (InserJeunes: employment_rate; a count: numerator / denominator)
 */
import type { InserjeunesRecord, ProgrammeRecord } from './queries.ts';

export type RateField = 'completion_rate' | 'placement_rate';

/** A published count: `numerator` of `denominator`, read in the page at `url`. */
export interface CountEvidence {
  kind: 'count';
  numerator: number;
  denominator: number;
  url: string;
  title: string;
  /** ISO date, or year-month where the page gives no day. */
  date: string;
}

/** A row of the InserJeunes table, by id. */
export interface InserjeunesEvidence {
  kind: 'inserjeunes';
  id: string;
}

export interface RateChange {
  /** A programme id of data/programmes.csv, or `null` for the "what it takes" solver's default. */
  programme: string | null;
  field: RateField;
  before: number;
  after: number;
  evidence: CountEvidence | InserjeunesEvidence;
}

const TITRES_PRO_2022: CountEvidence = {
  kind: 'count',
  numerator: 151_117,
  denominator: 206_315,
  url: 'https://toutpourlemploi.fr/2023/11/titres-professionnels-2022',
  title: 'Plus de 150 000 titres professionnels délivrés en 2022',
  // The page gives its month only (2023/11 in its address).
  date: '2023-11'
};

/** Completion 0.8 was the page's rounded « de l'ordre de 80 % »; its own counts give 0.73. */
const TITRE_PRO_COMPLETION = (programme: string | null): RateChange => ({
  programme,
  field: 'completion_rate',
  before: 0.8,
  after: 0.73,
  evidence: TITRES_PRO_2022
});

export const RATE_CHANGES: readonly RateChange[] = [
  TITRE_PRO_COMPLETION('aesc-tsmi'),
  TITRE_PRO_COMPLETION('aesc-operateurs-preembauche'),
  TITRE_PRO_COMPLETION('battery-training-center-douvrin'),
  TITRE_PRO_COMPLETION('electromob'),
  TITRE_PRO_COMPLETION('icm-campus-flins'),
  TITRE_PRO_COMPLETION(null),
  {
    programme: 'ecole-production-sud-haute-marne',
    field: 'placement_rate',
    before: 0.65,
    after: 0.68,
    evidence: { kind: 'inserjeunes', id: 'fr-2022-6m-app-prod' }
  },
  {
    programme: 'icm-campus-flins',
    field: 'placement_rate',
    before: 0.65,
    after: 0.67,
    evidence: { kind: 'inserjeunes', id: 'fr-2022-6m-app' }
  }
];

/** The rate the evidence gives, unrounded; `undefined` for an InserJeunes id not in `rows`. */
export function evidenceRate(
  evidence: RateChange['evidence'],
  rows: readonly InserjeunesRecord[]
): number | undefined {
  if (evidence.kind === 'count') return evidence.numerator / evidence.denominator;
  return rows.find((r) => r.id === evidence.id)?.employmentRate;
}

/** A change with its programme's record and its source, ready to show. */
export interface ResolvedRateChange extends RateChange {
  programmeName: string | null;
  /** The rate the evidence gives (unrounded). */
  rate: number;
  source: { url: string; title: string; date: string };
  /** The InserJeunes row, where the evidence is one. */
  row: InserjeunesRecord | null;
}

/**
 * Resolves each change against the dataset; throws naming the programme or the InserJeunes id
 * that is missing, so a renamed row breaks the build of the methodology page, not its reader.
 */
export function resolveRateChanges(
  programmes: readonly ProgrammeRecord[],
  inserjeunes: readonly InserjeunesRecord[],
  changes: readonly RateChange[] = RATE_CHANGES
): ResolvedRateChange[] {
  return changes.map((c) => {
    const programme =
      c.programme === null ? null : (programmes.find((p) => p.id === c.programme) ?? null);
    if (c.programme !== null && !programme) {
      throw new Error(`rate-changes: programme "${c.programme}" is not in data/programmes.csv`);
    }
    const row =
      c.evidence.kind === 'inserjeunes'
        ? (inserjeunes.find((r) => r.id === (c.evidence as InserjeunesEvidence).id) ?? null)
        : null;
    if (c.evidence.kind === 'inserjeunes' && !row) {
      throw new Error(
        `rate-changes: InserJeunes row "${c.evidence.id}" is not in data/inserjeunes.csv`
      );
    }
    const rate = row ? row.employmentRate : evidenceRate(c.evidence, inserjeunes)!;
    const source =
      c.evidence.kind === 'count'
        ? { url: c.evidence.url, title: c.evidence.title, date: c.evidence.date }
        : { url: row!.source, title: row!.sourceTitle ?? row!.source, date: row!.sourceDate };
    return { ...c, programmeName: programme?.name ?? null, rate, source, row };
  });
}
