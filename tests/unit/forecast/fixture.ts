/**
 * A fixture of 7 sites × 5 occupations and 8 programmes, shaped like the default dataset. Its
 * figures are rounded from FACTS.md (announced jobs and dates, training figures) but it is a
 * test fixture, not data: the refactory site and several intakes are invented to exercise every
 * path (région targets in two régions, a map intake, fractional durations, a 0-share occupation).
 */
import type { Program, Scenario, Site, Uncertain } from '../../../src/lib/forecast/index.ts';

const AESC_MIX = {
  operator: 600 / 1050,
  technician: 280 / 1050,
  engineer: 100 / 1050,
  manager: 40 / 1050,
  support: 30 / 1050
};
const CELL_MIX = {
  operator: 0.6,
  technician: 0.22,
  engineer: 0.1,
  manager: 0.05,
  support: 0.03
};

export const FIXTURE_SITES: Site[] = [
  {
    id: 'acc-douvrin',
    name: 'ACC Billy-Berclau/Douvrin',
    region: '32',
    productionStart: 2023,
    fullCapacity: 2030,
    targetJobs: 2000,
    occupationMix: CELL_MIX,
    initialTrained: 300
  },
  {
    id: 'aesc-douai',
    name: 'AESC Douai',
    region: '32',
    productionStart: 2024,
    fullCapacity: 2027,
    targetJobs: 1200,
    occupationMix: AESC_MIX,
    initialTrained: 38
  },
  {
    id: 'verkor-dunkerque',
    name: 'Verkor Bourbourg',
    region: '32',
    productionStart: 2024,
    fullCapacity: 2030,
    targetJobs: 2000,
    occupationMix: CELL_MIX
  },
  {
    id: 'prologium-dunkerque',
    name: 'ProLogium Dunkerque',
    region: '32',
    productionStart: 2026,
    fullCapacity: 2032,
    targetJobs: 3000
  },
  {
    id: 'tiamat-amiens',
    name: 'Tiamat Boves',
    region: '32',
    productionStart: 2026,
    fullCapacity: 2030,
    targetJobs: 2000
  },
  {
    id: 'neomat-gravelines',
    name: 'Neomat Gravelines',
    region: '32',
    productionStart: 2027,
    fullCapacity: 2030,
    targetJobs: 1300,
    occupationMix: CELL_MIX
  },
  {
    id: 'refactory-flins',
    name: 'Refactory Flins (fixture)',
    region: '11',
    productionStart: 2022,
    fullCapacity: 2026,
    targetJobs: 700
  }
];

export const FIXTURE_PROGRAMS: Program[] = [
  {
    id: 'battery-training-center',
    name: 'Battery Training Center',
    occupation: 'operator',
    intake: 150,
    startYear: 2023,
    endYear: 2030,
    durationYears: 0.25,
    completionRate: 0.8,
    placementRate: 0.7,
    target: { site: 'acc-douvrin' }
  },
  {
    id: 'aesc-maintenance',
    name: 'AESC maintenance technicians',
    occupation: 'technician',
    intake: 40,
    startYear: 2023,
    durationYears: 0.75,
    completionRate: 0.8,
    placementRate: 0.95,
    target: { site: 'aesc-douai' }
  },
  {
    id: 'aesc-operators',
    name: 'AESC pre-hire operators',
    occupation: 'operator',
    intake: 350,
    startYear: 2025,
    endYear: 2027,
    durationYears: 0.15,
    completionRate: 0.8,
    placementRate: 0.7,
    target: { site: 'aesc-douai' }
  },
  {
    id: 'electromob-operators',
    name: "Electro'Mob operators",
    occupation: 'operator',
    intake: 800,
    startYear: 2023,
    endYear: 2030,
    durationYears: 0.1,
    completionRate: 0.8,
    placementRate: 0.66,
    target: { region: '32' }
  },
  {
    id: 'electromob-technicians',
    name: "Electro'Mob technicians",
    occupation: 'technician',
    intake: 200,
    startYear: 2023,
    endYear: 2030,
    durationYears: 1,
    completionRate: 0.8,
    placementRate: 0.66,
    target: { region: '32' }
  },
  {
    id: 'bts-maintenance',
    name: 'BTS maintenance',
    occupation: 'technician',
    intake: 120,
    startYear: 2024,
    durationYears: 2,
    completionRate: 0.56,
    placementRate: 0.65,
    target: { region: '32' }
  },
  {
    id: 'battery-engineers',
    name: 'Battery engineers',
    occupation: 'engineer',
    intake: { 2024: 30, 2025: 45, 2026: 60 },
    startYear: 2024,
    durationYears: 3,
    completionRate: 0.9,
    placementRate: 0.5,
    target: { region: '32' }
  },
  {
    id: 'icm-flins',
    name: 'ICM Campus Flins',
    occupation: 'technician',
    intake: 1600,
    startYear: 2023,
    endYear: 2027,
    durationYears: 0.5,
    completionRate: 0.8,
    placementRate: 0.05,
    target: { region: '11' }
  }
];

export const FIXTURE_SCENARIO: Scenario = { years: [2024, 2035] };

export const FIXTURE = {
  sites: FIXTURE_SITES,
  programs: FIXTURE_PROGRAMS,
  scenario: FIXTURE_SCENARIO
};

/**
 * Wide ranges on six parameters, around the realistic preset's values: the speed benchmark's
 * and the reference test's draws.
 */
export const WIDE_UNCERTAIN: Uncertain = {
  delayYears: { low: 0, mode: 1, high: 3 },
  targetScale: { low: 0.4, mode: 0.7, high: 1 },
  intakeScale: { low: 0.8, mode: 1, high: 1.5 },
  attritionRate: { low: 0.05, mode: 0.08, high: 0.12 },
  completionRate: { low: 0.56, mode: 0.8, high: 0.9 },
  placementRate: { low: 0.5, mode: 0.66, high: 0.73 }
};
