/**
 * One scenario per verdict id (the arithmetic is in decision.test.ts), plus a
 * hold in which an AI option is cheapest on paper.
 */
import type { Scenario } from '../../../src/model/schema';
import type { DeploymentId, VerdictId } from '../../../src/model/types';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

const carefulAi = { fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03 };

/** [verdict, what the scenario is, the scenario, what to run now]. */
export const verdictScenarios: [VerdictId, string, Scenario, DeploymentId][] = [
  ['twoTier', 'the UK firm as it is', UK_SERVICES_FIRM, 'twoTier'],
  ['singleTierAi', 'an AI as careful as people', ukFirmWith(carefulAi), 'singleTierAi'],
  ['allHuman', 'a £3,000 AI platform', ukFirmWith({ aiPlatformPerMonth: 3000 }), 'allHuman'],
  [
    'segment-first',
    'sorting that catches half the loaded',
    ukFirmWith({ routerRecall: 0.5 }),
    'allHuman',
  ],
  ['hold-mix-dominated', '60 % loaded', ukFirmWith({ loadedShare: 0.6 }), 'allHuman'],
  [
    'hold-mix-dominated',
    '55 % loaded and an AI as careful as people, single-tier cheapest on paper',
    ukFirmWith({ ...carefulAi, loadedShare: 0.55 }),
    'allHuman',
  ],
];
