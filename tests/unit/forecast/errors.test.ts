import { describe, expect, it } from 'vitest';
import { InputError, project, type ProjectionInput } from '../../../src/lib/forecast/index.ts';
import { program, site } from './helpers.ts';

const valid = (): ProjectionInput => ({
  sites: [site({ id: 'aesc-douai' })],
  programs: [program({ id: 'btc', target: { site: 'aesc-douai' } })],
  scenario: { years: [2025, 2030] }
});

/** Runs project on a broken input; returns the InputError it throws. */
function errorOf(change: (input: ProjectionInput) => void): InputError {
  const input = valid();
  change(input);
  try {
    project(input);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('project() did not throw');
}

describe('input errors name the field and the record', () => {
  it('a share mix not summing to 1 within 1e-6', () => {
    const e = errorOf((i) => (i.sites[0].occupationMix = { operator: 0.6, technician: 0.3 }));
    expect(e.message).toMatch(/site "aesc-douai".*occupationMix/);
    expect(e.message).toMatch(/0\.9/);
    expect(e.field).toBe('occupationMix');
    // Within tolerance is fine.
    const ok = valid();
    ok.sites[0].occupationMix = { operator: 0.6, technician: 0.4 + 5e-7 };
    expect(() => project(ok)).not.toThrow();
  });

  it('a rate outside [0, 1]: completion, placement, attrition, override', () => {
    expect(errorOf((i) => (i.programs[0].completionRate = 1.2)).message).toMatch(
      /program "btc".*completionRate/
    );
    expect(errorOf((i) => (i.programs[0].placementRate = -0.1)).message).toMatch(
      /program "btc".*placementRate/
    );
    expect(errorOf((i) => (i.scenario.attritionRate = 1.5)).message).toMatch(
      /scenario.*attritionRate/
    );
    expect(errorOf((i) => (i.scenario.programs = { btc: { completionRate: 2 } })).message).toMatch(
      /scenario\.programs\["btc"\].*completionRate/
    );
  });

  it('b ≤ a', () => {
    const e = errorOf((i) => (i.sites[0].fullCapacity = 2025));
    expect(e.message).toMatch(/site "aesc-douai".*fullCapacity.*productionStart/);
  });

  it('a negative intake, as a number or in a map', () => {
    expect(errorOf((i) => (i.programs[0].intake = -5)).message).toMatch(/program "btc".*intake/);
    expect(errorOf((i) => (i.programs[0].intake = { 2025: 10, 2026: -1 })).message).toMatch(
      /program "btc".*intake\[2026\]/
    );
  });

  it('an unknown site or région in a target', () => {
    expect(errorOf((i) => (i.programs[0].target = { site: 'verkor' })).message).toMatch(
      /program "btc".*target\.site.*"verkor"/
    );
    expect(errorOf((i) => (i.programs[0].target = { region: '99' })).message).toMatch(
      /program "btc".*target\.region.*"99"/
    );
  });

  it('years reversed', () => {
    const e = errorOf((i) => (i.scenario.years = [2030, 2025]));
    expect(e.message).toMatch(/scenario.*years.*reversed/);
  });

  it('other malformed input: unknown override ids, duplicates, non-finite numbers', () => {
    expect(errorOf((i) => (i.scenario.sites = { nowhere: { delayYears: 1 } })).message).toMatch(
      /nowhere/
    );
    expect(errorOf((i) => i.sites.push(site({ id: 'aesc-douai' }))).message).toMatch(
      /aesc-douai.*two sites/
    );
    expect(errorOf((i) => (i.sites[0].targetJobs = Number.NaN)).message).toMatch(/targetJobs/);
    expect(errorOf((i) => (i.sites[0].targetJobs = -1)).message).toMatch(/targetJobs/);
    expect(errorOf((i) => (i.programs[0].durationYears = -1)).message).toMatch(/durationYears/);
    expect(errorOf((i) => (i.scenario.rampShape = 'cubic' as never)).message).toMatch(/rampShape/);
    expect(errorOf((i) => (i.scenario.years = [2025.5, 2030])).message).toMatch(/years\[0\]/);
  });
});
