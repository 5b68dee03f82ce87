/**
 * The default scenario and the presets. Every value that comes from a public
 * figure is cited on the methodology page (src/pages/methodology.astro);
 * everything else there is labelled an assumption.
 */
import type { Scenario } from './schema';

/** A UK services firm of 40 people: the default of shared/MODEL.md. */
export const defaultScenario: Scenario = Object.freeze({
  currency: 'GBP',
  inquiriesPerMonth: 400,
  loadedShare: 0.33,
  activeClients: 200,
  lostClientValue: 6000,
  humanCostPerInquiry: 12,
  minutesPerHumanInquiry: 20,
  loadedHandlingMultiplier: 1.5,
  fteHoursPerMonth: 140,
  aiCostPerInquiry: 0.8,
  aiPlatformPerMonth: 300,
  aiSetupCost: 5000,
  triageCostPerInquiry: 0.05,
  routerRecall: 0.9,
  routerFalseAlarmRate: 0.1,
  aiEscalationRateRoutine: 0.1,
  aiEscalationRateLoaded: 0.4,
  fumbleRateHumanRoutine: 0.01,
  fumbleRateHumanLoaded: 0.03,
  fumbleRateAiRoutine: 0.03,
  fumbleRateAiLoaded: 0.2,
  churnIfFumbledRoutine: 0.01,
  churnIfFumbledLoaded: 0.1,
  wrongAnswerRate: 0.002,
  costPerWrongAnswer: 400,
  humansUseAiAssist: false,
  assistTimeSaving: 0.25,
  assistCostPerInquiry: 0.3,
  horizonMonths: 24,
  churnLagMonths: 3,
}) as Scenario;

export interface Preset {
  /** Stable id, used in links (`preset=`). */
  id: string;
  name: string;
  /** One line on what the preset shows. */
  description: string;
  scenario: Scenario;
}

/**
 * Klarna's first month of its AI assistant (February 2024 release): 2.3 million
 * conversations a month. Amounts in USD. Values not in a public source are
 * assumptions, listed on the methodology page.
 */
const klarnaBase: Scenario = {
  ...defaultScenario,
  currency: 'USD',
  // Conversations the assistant took in its first month (Klarna, 27 Feb 2024).
  inquiriesPerMonth: 2_300_000,
  // Assumption: the same third as a services firm; Klarna published no split.
  loadedShare: 0.33,
  // Assumption: order of Klarna's reported active consumer base (tens of millions).
  activeClients: 85_000_000,
  // Assumption: a year of gross margin from one consumer.
  lostClientValue: 40,
  // Derived: the person cost at which single-tier's operating saving is Klarna's
  // estimated USD 40 million a year (27 Feb 2024); Gartner's USD 8.01 per live
  // contact is a Western average, far above an outsourced agent's cost.
  humanCostPerInquiry: 2,
  // Klarna (2024): people took 11 minutes to resolve an errand.
  minutesPerHumanInquiry: 11,
  // Assumption: an in-house model's cost per conversation at scale, below vendor list prices.
  aiCostPerInquiry: 0.3,
  // Assumptions: platform, upkeep and build at scale.
  aiPlatformPerMonth: 100_000,
  aiSetupCost: 2_000_000,
  // PwC (2018): 32 % would leave a brand they love after one bad experience.
  churnIfFumbledLoaded: 0.32,
  triageCostPerInquiry: 0.02,
  costPerWrongAnswer: 100,
  horizonMonths: 24,
  churnLagMonths: 3,
};

export const presets: readonly Preset[] = Object.freeze([
  {
    id: 'uk-services-40',
    name: 'UK services firm of 40',
    description: 'A 40-person UK services firm with 400 client inquiries a month.',
    scenario: defaultScenario,
  },
  {
    id: 'klarna-2024-single-tier',
    name: 'Klarna 2024, single-tier at scale',
    description:
      'Klarna’s first month of AI support: 2.3 million conversations, the AI taking every one.',
    scenario: Object.freeze({ ...klarnaBase }),
  },
  {
    id: 'klarna-hybrid',
    name: 'Klarna’s hybrid',
    description:
      'The shape Klarna moved to: AI on about two-thirds of conversations, people on the loaded rest.',
    // Triage that sends nearly every loaded conversation to a person puts the AI on about two-thirds.
    scenario: Object.freeze({ ...klarnaBase, routerRecall: 0.95, routerFalseAlarmRate: 0.02 }),
  },
]);

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return presets.find((preset) => preset.id === id);
}
