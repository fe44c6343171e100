/**
 * Property tests over 10 000 random valid inputs each (fast-check). Inputs are small (1–3 sites,
 * 0–4 programmes, ≤ 8 years) so each property runs in well under a few seconds.
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
      initialTrained: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined })
    })
    .map(({ span, ...s }) => {
      const site: Site = { ...s, fullCapacity: s.productionStart + span };
      if (site.occupationMix === undefined) delete site.occupationMix;
      if (site.initialTrained === undefined) delete site.initialTrained;
      return site;
    });

const programArb = (i: number, sites: Site[], from: number): fc.Arbitrary<Program> =>
  fc
    .record({
      id: fc.constant(`p${i}`),
      name: fc.constant(`Programme ${i}`),
      occupation: fc.constantFrom(...OCCS),
      intake: fc.oneof(
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.dictionary(
          fc.integer({ min: from, max: from + 8 }).map(String),
          fc.double({ min: 0, max: 800, noNaN: true }),
          { maxKeys: 4 }
        ) as fc.Arbitrary<Record<number, number>>
      ),
      startYear: fc.integer({ min: from, max: from + 6 }),
      endLen: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      durationYears: fc.double({ min: 0, max: 3.5, noNaN: true }),
      completionRate: fc.double({ min: 0, max: 1, noNaN: true }),
      placementRate: fc.double({ min: 0, max: 1, noNaN: true }),
      target: fc.oneof(
        fc.constantFrom(...sites.map((s) => ({ site: s.id }))),
        fc.constantFrom(...[...new Set(sites.map((s) => s.region))].map((region) => ({ region })))
      )
    })
    .map(({ endLen, ...p }) =>
      endLen === undefined ? p : { ...p, endYear: p.startYear + endLen }
    );

/** Programmes start inside the horizon, so every graduate's intake is in the flow rows. */
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
        scenario: fc.record({
          years: fc.constant([from, from + len] as [number, number]),
          delayYears: fc.double({ min: -2, max: 4, noNaN: true }),
          targetScale: fc.double({ min: 0, max: 2, noNaN: true }),
          intakeScale: fc.double({ min: 0, max: 2, noNaN: true }),
          attritionRate: fc.double({ min: 0, max: 1, noNaN: true }),
          rampShape: fc.constantFrom('logistic' as const, 'linear' as const),
          indirectMultiplier: fc.double({ min: 0, max: 4, noNaN: true })
        })
      })
    )
  );

const finite = (x: number | null): boolean => x === null || Number.isFinite(x);
const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('properties of project() over random valid inputs', () => {
  it('no NaN/Infinity, no negative supply, gap = J - W, hiresGap = H - placed, totals = sums', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const rows = project(input);
        const [from, to] = input.scenario.years;
        for (const r of rows) {
          for (const k of [
            'jobs',
            'hires',
            'placed',
            'trained',
            'gap',
            'coverage',
            'hiresGap',
            'indirectJobs'
          ] as const) {
            if (!finite(r[k])) return false;
          }
          if (r.jobs < 0 || r.hires < 0 || r.placed < 0 || r.trained < 0) return false;
          if (r.gap !== r.jobs - r.trained || r.hiresGap !== r.hires - r.placed) return false;
          // null where J = 0 (or where a vanishing J would overflow W / J)
          const ratio = r.trained / r.jobs;
          const nullOk = r.jobs === 0 || !Number.isFinite(ratio);
          if (r.coverage === null ? !nullOk : !close(r.coverage, ratio)) return false;
        }
        const totals = aggregateTotal(rows);
        if (rows.length && totals.length !== to - from + 1) return false;
        for (const t of totals) {
          const ofYear = rows.filter((r) => r.year === t.year);
          const sum = (k: 'jobs' | 'trained' | 'gap' | 'placed' | 'hires') =>
            ofYear.reduce((s, r) => s + r[k], 0);
          if (
            !close(t.jobs, sum('jobs')) ||
            !close(t.trained, sum('trained')) ||
            !close(t.gap, sum('gap'))
          )
            return false;
          if (!close(t.placed, sum('placed')) || !close(t.hires, sum('hires'))) return false;
        }
        return true;
      }),
      { numRuns: RUNS }
    );
  });

  it('placed ≤ graduates ≤ intake (cumulated), and placed at sites + unplaced = placed by programmes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const d = projectDetailed(input);
        const byProgram = new Map<string, { intake: number; graduates: number; placed: number }>();
        for (const f of d.programs) {
          if (f.placed > f.graduates + 1e-9 || f.placed < 0) return false;
          const acc = byProgram.get(f.programId) ?? { intake: 0, graduates: 0, placed: 0 };
          acc.intake += f.intake;
          acc.graduates += f.graduates;
          acc.placed += f.placed;
          if (acc.graduates > acc.intake * (1 + 1e-12) + 1e-9) return false;
          byProgram.set(f.programId, acc);
        }
        const placedByPrograms = d.programs.reduce((s, f) => s + f.placed, 0);
        const placedAtSites = d.rows.reduce((s, r) => s + r.placed, 0);
        const unplaced = d.unplaced.reduce((s, u) => s + u.unplaced, 0);
        return close(placedByPrograms, placedAtSites + unplaced);
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
