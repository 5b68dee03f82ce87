/**
 * The default scenario and the presets a person can start from: the scenarios
 * the calculator needs as it loads. Where each preset value comes from (a
 * public source, derived, or an assumption) is in presetSources.ts, which only
 * the methodology page reads.
 */
import type { Scenario } from './fields';

/**
 * A UK services firm of 40 people: the default of docs/model.md. Money in GBP
 * a month, shares as fractions.
 *
 * @example
 * defaultScenario.inquiriesPerMonth // => 400
 * defaultScenario.loadedShare // => 0.33 (132 of the 400 are loaded)
 */
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
  // Version 2's billing, allowance and ramp, at the values that reproduce version 1.
  aiBilling: 'perInquiry',
  aiIncludedPerMonth: 0,
  aiRampMonths: 0,
}) as Scenario;

/**
 * A named, complete scenario to start from.
 *
 * @example
 * findPreset('klarna-hybrid')?.scenario.inquiriesPerMonth // => 2300000
 */
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
 * conversations a month. Amounts in USD. Where each value comes from is
 * written once, in presetSources.ts.
 */
const klarnaBase: Scenario = {
  ...defaultScenario,
  currency: 'USD',
  inquiriesPerMonth: 2_300_000,
  loadedShare: 0.33,
  activeClients: 85_000_000,
  lostClientValue: 40,
  humanCostPerInquiry: 2,
  minutesPerHumanInquiry: 11,
  aiCostPerInquiry: 0.3,
  aiPlatformPerMonth: 100_000,
  aiSetupCost: 2_000_000,
  churnIfFumbledLoaded: 0.32,
  triageCostPerInquiry: 0.02,
  costPerWrongAnswer: 100,
  horizonMonths: 24,
  churnLagMonths: 3,
};

/**
 * The presets, the default first: the UK services firm, the same firm buying
 * its AI per resolution, Klarna 2024 single-tier at scale, and Klarna's hybrid.
 *
 * @example
 * presets.map((preset) => preset.id)
 * // => ['uk-services-40', 'uk-services-per-resolution', 'klarna-2024-single-tier', 'klarna-hybrid']
 */
export const presets: readonly Preset[] = Object.freeze([
  {
    id: 'uk-services-40',
    name: 'UK services firm of 40',
    description: 'A 40-person UK services firm with 400 client inquiries a month.',
    scenario: defaultScenario,
  },
  {
    id: 'uk-services-per-resolution',
    name: 'UK services firm, billed per resolution',
    description:
      'The same firm buying Intercom Fin’s list price in pounds: billed for every conversation the AI does not hand on, fumbles included, with 50 a month included and six months to reach its full share.',
    // Intercom Fin at 1 USD = 0.79 GBP, rounded to pence: USD 0.99 -> £0.78 a
    // resolution, USD 49 -> £38.71 a month, 50 resolutions included (aiPriceLists.ts).
    scenario: Object.freeze({
      ...defaultScenario,
      aiBilling: 'perResolution',
      aiCostPerInquiry: 0.78,
      aiIncludedPerMonth: 50,
      aiPlatformPerMonth: 38.71,
      aiRampMonths: 6,
    }),
  },
  {
    id: 'klarna-2024-single-tier',
    name: 'Klarna 2024, single-tier at scale',
    description:
      'The 2.3 million conversations Klarna’s assistant took in its first month (two-thirds of its chats), with the AI taking every one.',
    scenario: Object.freeze({ ...klarnaBase }),
  },
  {
    id: 'klarna-hybrid',
    name: 'Klarna’s hybrid',
    description:
      'The shape Klarna moved to: AI on about two-thirds of conversations, people on the loaded rest.',
    scenario: Object.freeze({ ...klarnaBase, routerRecall: 0.95, routerFalseAlarmRate: 0.02 }),
  },
]);

/**
 * The preset with this id, or undefined.
 *
 * @example
 * findPreset('uk-services-40')?.scenario === defaultScenario // => true
 * findPreset('no-such-preset') // => undefined
 */
export function findPreset(id: string): Preset | undefined {
  return presets.find((preset) => preset.id === id);
}
