/**
 * `buildModelInput` as it was before each lever's effect moved into its row of the lever table
 * (December 2026): one hand-written line per lever. The reference oracle of
 * `tests/unit/state/lever-table.test.ts`: the table-driven loop must give the model the same input.
 */
import { presetScenario, referenceLead } from '../../../../src/lib/forecast/index.ts';
import type {
  ProjectionInput,
  Scenario,
  Site
} from '../../../../src/lib/forecast/index.ts';
import { toModelInput } from '../../../../src/lib/data/model-input.ts';
import {
  orientationProgram,
  placesFromBudget,
  type ScenarioData
} from '../../../../src/lib/scenario/build.ts';
import type { AppState, PresetId } from '../../../../src/lib/state/app-state.ts';
import { moved, withinLever } from './levers-v1.ts';

export function buildModelInputV1(
  state: AppState,
  data: ScenarioData,
  preset: PresetId = state.preset
): ProjectionInput {
  const { sites, programs } = toModelInput(data);
  const base = presetScenario(preset, { years: state.years, sites });
  const L = state.levers;
  // Each lever's effect on the model; a lever at its neutral value (levers.ts) changes nothing.
  // The hiring lead: the planner's (within the `hl` bounds), else the reference class computed
  // on every site of the dataset, before a page keeps its territory's: one lead for every page.
  const lead = L.hiringLeadYears === null ? null : withinLever('hl', L.hiringLeadYears);
  const scenario: Scenario = {
    ...base,
    hiringLeadYears: lead ?? referenceLead(sites),
    // After the funded period: renewed (the model's stated default) or stopped.
    afterFundedEnd: L.afterFundedEnd,
    sites: { ...base.sites },
    programs: { ...base.programs }
  };

  for (const [id, lever] of Object.entries(L.sites)) {
    if (!sites.some((s) => s.id === id)) continue;
    const o = { ...(scenario.sites?.[id] ?? {}) };
    const delay = moved('sd', lever.delayYears);
    const target = moved('st', lever.targetScale);
    if (delay !== null) o.delayYears = (o.delayYears ?? 0) + delay;
    if (target !== null) o.targetScale = (o.targetScale ?? 1) * target;
    scenario.sites![id] = o;
  }
  for (const [id, lever] of Object.entries(L.programmes)) {
    const record = data.programmes.find((p) => p.id === id && p.programmeType === 'training');
    if (!record) continue;
    const o = { ...(scenario.programs?.[id] ?? {}) };
    const intake = moved('gi', lever.intakeScale);
    if (intake !== null) o.intakeScale = (o.intakeScale ?? 1) * intake;
    const extra = placesFromBudget(record, lever.budgetEur ?? 0);
    if (extra > 0) o.extraIntake = (o.extraIntake ?? 0) + extra;
    scenario.programs![id] = o;
  }
  const completion = moved('cs', L.completionScale);
  const placement = moved('ps', L.placementScale);
  const attrition = moved('ar', L.attritionRate);
  if (completion !== null) scenario.completionScale = (scenario.completionScale ?? 1) * completion;
  if (placement !== null) scenario.placementScale = (scenario.placementScale ?? 1) * placement;
  if (attrition !== null) scenario.attritionRate = attrition;

  const orientation = orientationProgram(state, data);
  const allPrograms = orientation ? [...programs, orientation.program] : programs;
  return { sites: sites as Site[], programs: allPrograms, scenario };
}
