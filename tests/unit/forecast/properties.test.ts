/**
 * Property tests over 10 000 random valid inputs each (fast-check). Inputs are small (1–3 sites,
 * 0–4 programmes, ≤ 8 years) so each property runs in a few seconds. They carry v2's fields:
 * observed headcounts, brownfield sites, programme mixes, target shares, observed graduates and
 * hires, a hiring lead, renewal or not after the funded end.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  aggregateTotal,
  project,
  projectDetailed,
  type Program,
  type ProjectionInput,
  type Site
} from '../../../src/lib/forecast/index.ts';

const RUNS = 10_000;
const OCCS = ['operator', 'technician', 'engineer'];
const REGIONS = ['32', '11'];

/** A mix over 1–3 occupations whose shares sum to 1 (the last share takes the remainder). */
const mixArb = fc.subarray(OCCS, { minLength: 1 }).chain((codes) =>
  fc
    .array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
      minLength: codes.length,
      maxLength: codes.length
    })
    .map((w) => {
      const total = w.reduce((a, b) => a + b, 0);
      const mix: Record<string, number> = {};
      let used = 0;
      codes.forEach((c, i) => {
        const share = i === codes.length - 1 ? 1 - used : w[i] / total;
        mix[c] = share;
        used += share;
      });
      return mix;
    })
);

const pad = (n: number) => String(n).padStart(2, '0');
const observationArb = fc.record({
  date: fc
    .tuple(
      fc.integer({ min: 2016, max: 2040 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 })
    )
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  jobs: fc.double({ min: 0, max: 5000, noNaN: true })
});

const siteArb = (i: number): fc.Arbitrary<Site> =>
  fc
    .record({
      id: fc.constant(`s${i}`),
      name: fc.constant(`Site ${i}`),
      region: fc.constantFrom(...REGIONS),
      productionStart: fc.integer({ min: 2018, max: 2032 }),
      span: fc.double({ min: 0.5, max: 10, noNaN: true }),
      targetJobs: fc.double({ min: 0, max: 5000, noNaN: true }),
      occupationMix: fc.option(mixArb, { nil: undefined }),
      initialTrained: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }),
      observations: fc.option(fc.array(observationArb, { minLength: 1, maxLength: 3 }), {
        nil: undefined
      }),
      brownfield: fc.option(
        fc.tuple(
          fc.double({ min: 0, max: 3000, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true })
        ),
        { nil: undefined, freq: 4 }
      )
    })
    .map(({ span, brownfield, ...s }) => {
      const site: Site = { ...s, fullCapacity: s.productionStart + span };
      if (site.occupationMix === undefined) delete site.occupationMix;
      if (site.initialTrained === undefined) delete site.initialTrained;
      if (site.observations === undefined) delete site.observations;
      if (brownfield) {
        site.existingJobs = brownfield[0];
        site.reconversionJobs = brownfield[0] * brownfield[1];
      }
      return site;
    });

const yearMap = (from: number, max: number) =>
  fc.dictionary(
    fc.integer({ min: from, max: from + 8 }).map(String),
    fc.double({ min: 0, max, noNaN: true }),
    { maxKeys: 3 }
  ) as fc.Arbitrary<Record<number, number>>;

const programArb = (i: number, sites: Site[], from: number): fc.Arbitrary<Program> =>
  fc
    .record({
      id: fc.constant(`p${i}`),
      name: fc.constant(`Programme ${i}`),
      occupation: fc.constantFrom(...OCCS),
      intake: fc.oneof(fc.double({ min: 0, max: 800, noNaN: true }), yearMap(from, 800)),
      startYear: fc.integer({ min: from, max: from + 6 }),
      endLen: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      durationYears: fc.double({ min: 0, max: 3.5, noNaN: true }),
      completionRate: fc.double({ min: 0, max: 1, noNaN: true }),
      placementRate: fc.double({ min: 0, max: 1, noNaN: true }),
      target: fc.oneof(
        fc.constantFrom(...sites.map((s) => ({ site: s.id }))),
        fc.constantFrom(...[...new Set(sites.map((s) => s.region))].map((region) => ({ region })))
      ),
      occupationMix: fc.option(mixArb, { nil: undefined, freq: 3 }),
      targetShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      observed: fc.option(fc.record({ graduates: yearMap(from, 300), hired: yearMap(from, 300) }), {
        nil: undefined,
        freq: 4
      })
    })
    .map(({ endLen, occupationMix, targetShare, observed, ...p }) => {
      const out: Program = endLen === undefined ? p : { ...p, endYear: p.startYear + endLen };
      // A mix names the programme's own occupation (as the data's do).
      if (occupationMix) out.occupationMix = occupationMix;
      if (occupationMix) out.occupation = Object.keys(occupationMix)[0];
      if (targetShare !== undefined) out.targetShare = targetShare;
      if (observed) out.observed = observed;
      return out;
    });

/** Programmes start inside the horizon: no cohort graduates before it, so the starting stocks
 * are the sites' own (initialTrained + existingJobs − reconversionJobs). */
const inputArb: fc.Arbitrary<ProjectionInput> = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 2020, max: 2030 }),
    fc.integer({ min: 0, max: 7 })
  )
  .chain(([nSites, from, len]) =>
    fc.tuple(...Array.from({ length: nSites }, (_, i) => siteArb(i))).chain((sites) =>
      fc.record({
        sites: fc.constant(sites),
        programs: fc
          .integer({ min: 0, max: 4 })
          .chain((n) =>
            n === 0
              ? fc.constant([])
              : fc.tuple(...Array.from({ length: n }, (_, i) => programArb(i, sites, from)))
          ),
        scenario: fc
          .record({
            years: fc.constant([from, from + len] as [number, number]),
            delayYears: fc.double({ min: -2, max: 4, noNaN: true }),
            targetScale: fc.double({ min: 0, max: 2, noNaN: true }),
            intakeScale: fc.double({ min: 0, max: 2, noNaN: true }),
            attritionRate: fc.double({ min: 0, max: 1, noNaN: true }),
            rampShape: fc.constantFrom('logistic' as const, 'linear' as const),
            indirectMultiplier: fc.double({ min: 0, max: 4, noNaN: true }),
            hiringLeadYears: fc.option(fc.double({ min: 0, max: 6, noNaN: true }), {
              nil: undefined
            }),
            afterFundedEnd: fc.option(fc.constantFrom('renew' as const, 'stop' as const), {
              nil: undefined
            })
          })
          .map((s) => {
            if (s.hiringLeadYears === undefined) delete s.hiringLeadYears;
            if (s.afterFundedEnd === undefined) delete s.afterFundedEnd;
            return s;
          })
      })
    )
  );

const finite = (x: number | null): boolean => x === null || Number.isFinite(x);
const close = (a: number, b: number, scale = 0): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), scale);
/** a ≤ b up to rounding. */
const atMost = (a: number, b: number, scale = 0): boolean =>
  a <= b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), scale);

/** The observed hires of a programme in a year, if any (they replace its placements). */
const hiredIn = (p: Program, year: number): number | undefined => p.observed?.hired?.[year];

describe('properties of project() over random valid inputs', () => {
  it('no NaN/Infinity, no negative supply; gap, unfilled, surplus, coverage; totals = sums', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const detail = projectDetailed(input);
        const rows = detail.rows;
        const [from, to] = input.scenario.years;
        for (const r of rows) {
          for (const k of [
            'jobs',
            'hires',
            'placed',
            'trained',
            'gap',
            'unfilled',
            'surplus',
            'coverage',
            'hiresGap',
            'indirectJobs'
          ] as const) {
            if (!finite(r[k])) return false;
          }
          if (r.jobs < 0 || r.hires < 0 || r.placed < 0 || r.trained < 0) return false;
          if (r.gap !== r.jobs - r.trained || r.hiresGap !== r.hires - r.placed) return false;
          // never netted: unfilled = max(0, J − W) ≥ 0, surplus = max(0, W − J) ≥ 0
          if (r.unfilled !== Math.max(0, r.gap) || r.surplus !== Math.max(0, -r.gap)) return false;
          if (r.unfilled < 0 || r.surplus < 0) return false;
          // coverage = min(W, J) / J in [0, 1], null where J = 0 (or a vanishing J overflows)
          const ratio = Math.min(r.trained, r.jobs) / r.jobs;
          const nullOk = r.jobs === 0 || !Number.isFinite(ratio);
          if (r.coverage === null ? !nullOk : !close(r.coverage, ratio)) return false;
          if (r.coverage !== null && (r.coverage < 0 || r.coverage > 1)) return false;
        }
        for (const a of detail.unplaced)
          if (!(a.available > 0) || a.unplaced !== a.available) return false;
        const totals = aggregateTotal(rows, { available: detail.unplaced });
        if (rows.length && totals.length !== to - from + 1) return false;
        const siteRegions = new Set(input.sites.map((s) => s.region));
        for (const t of totals) {
          const ofYear = rows.filter((r) => r.year === t.year);
          const sum = (
            k: 'jobs' | 'trained' | 'gap' | 'placed' | 'hires' | 'unfilled' | 'surplus'
          ) => ofYear.reduce((s, r) => s + r[k], 0);
          const available = detail.unplaced
            .filter((a) => a.year === t.year && siteRegions.has(a.region))
            .reduce((s, a) => s + a.available, 0);
          if (
            !close(t.jobs, sum('jobs')) ||
            !close(t.trained, sum('trained')) ||
            !close(t.gap, sum('gap')) ||
            !close(t.unfilled, sum('unfilled')) ||
            !close(t.surplus, sum('surplus') + available)
          )
            return false;
          if (!close(t.placed, sum('placed')) || !close(t.hires, sum('hires'))) return false;
          if (t.unfilled < 0 || t.surplus < 0) return false;
          if (t.coverage !== null && (t.coverage < 0 || t.coverage > 1 + 1e-12)) return false;
        }
        return true;
      }),
      { numRuns: RUNS }
    );
  });

  it('in post ≤ jobs in every cell and year (no observed hires); nobody appears or vanishes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const d = projectDetailed(input);
        const [from, to] = input.scenario.years;
        const rho = input.scenario.attritionRate!;
        // Observed hires are in post whatever the vacancies: only their sites may exceed J.
        const hiredAt = new Set(
          input.programs.flatMap((p) =>
            'site' in p.target && Object.keys(p.observed?.hired ?? {}).length ? [p.target.site] : []
          )
        );
        for (const r of d.rows) {
          if (!hiredAt.has(r.siteId) && !atMost(r.trained, r.jobs)) return false;
          if (!hiredAt.has(r.siteId) && r.surplus > 1e-9 * Math.max(1, r.jobs)) return false;
        }

        // The flows: placed ≤ graduates, and (without observed graduates) graduates ≤ intake,
        // cumulated (every cohort starts inside the horizon).
        const byProgram = new Map<string, { intake: number; graduates: number }>();
        for (const f of d.programs) {
          if (f.placed > f.graduates + 1e-9 || f.placed < 0) return false;
          const acc = byProgram.get(f.programId) ?? { intake: 0, graduates: 0 };
          acc.intake += f.intake;
          acc.graduates += f.graduates;
          byProgram.set(f.programId, acc);
          const p = input.programs.find((x) => x.id === f.programId)!;
          if (!p.observed?.graduates && !atMost(acc.graduates, acc.intake * (1 + 1e-12)))
            return false;
        }

        // People in post (W) and available (A) change only by what the programmes place (their
        // observed hires where given, else τ × placed) and by attrition ρ:
        //   S(t) = W(t) + A(t) = (1 − ρ) S(t − 1) + inflow(t),
        // with S(from − 1) the sites' starting stocks. So W + A + the leavers never exceed what
        // the programmes placed plus the starting stocks — they are equal.
        let S = input.sites.reduce(
          (s, site) =>
            s +
            (site.initialTrained ?? 0) +
            (site.existingJobs ?? 0) -
            (site.reconversionJobs ?? 0),
          0
        );
        const start = S;
        let left = 0;
        let placedTotal = 0;
        for (let year = from; year <= to; year++) {
          let inflow = 0;
          for (const f of d.programs) {
            if (f.year !== year) continue;
            const p = input.programs.find((x) => x.id === f.programId)!;
            inflow += hiredIn(p, year) ?? (p.targetShare ?? 1) * f.placed;
          }
          const W = d.rows.filter((r) => r.year === year).reduce((s, r) => s + r.trained, 0);
          const A = d.unplaced.filter((a) => a.year === year).reduce((s, a) => s + a.available, 0);
          const scale = S + inflow;
          if (!close(W + A, (1 - rho) * S + inflow, scale)) return false;
          left += rho * S;
          placedTotal += inflow;
          S = W + A;
          if (!atMost(S + left, start + placedTotal, start + placedTotal)) return false;
        }
        return close(S + left, start + placedTotal, start + placedTotal);
      }),
      { numRuns: RUNS }
    );
  });

  it('trained is monotone in intake', () => {
    const withExtra = inputArb
      .filter((i) => i.programs.length > 0)
      .chain((input) =>
        fc.record({
          input: fc.constant(input),
          which: fc.integer({ min: 0, max: input.programs.length - 1 }),
          extra: fc.double({ min: 0, max: 500, noNaN: true })
        })
      );
    fc.assert(
      fc.property(withExtra, ({ input, which, extra }) => {
        const before = project(input);
        const more: ProjectionInput = {
          ...input,
          programs: input.programs.map((p, i) =>
            i !== which
              ? p
              : {
                  ...p,
                  intake:
                    typeof p.intake === 'number'
                      ? p.intake + extra
                      : Object.fromEntries(Object.entries(p.intake).map(([y, v]) => [y, v + extra]))
                }
          )
        };
        const after = project(more);
        return before.every(
          (r, i) => after[i].trained >= r.trained - 1e-9 * Math.max(1, r.trained)
        );
      }),
      { numRuns: RUNS }
    );
  });
});
