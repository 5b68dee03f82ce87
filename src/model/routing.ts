/**
 * First contact: who takes each inquiry, a person or the AI.
 *
 * Simplification: routing decisions are independent of one another; the
 * shares apply to expected counts, not to individual inquiries. The month
 * matters only while the AI ramps up to its share, evenly.
 */
import type { Scenario } from './schema';
import type { DeploymentId } from './types';

/**
 * Expected inquiries a month (fractional counts) in each first-contact stream.
 *
 * @example
 * // The UK services firm under all-human: 400 × (1 − 0.33) = 268 routine, 400 × 0.33 = 132 loaded.
 * routeFirstContact('allHuman', UK_SERVICES_FIRM)
 * // => { humanRoutine: 268, humanLoaded: 132, aiRoutine: 0, aiLoaded: 0 }
 */
export interface Streams {
  /** Routine inquiries a person takes first, per month. */
  humanRoutine: number;
  /** Loaded inquiries a person takes first, per month. */
  humanLoaded: number;
  /** Routine inquiries the AI takes first, per month. */
  aiRoutine: number;
  /** Loaded inquiries the AI takes first, per month. */
  aiLoaded: number;
}

/**
 * Splits a month's inquiries into the four first-contact streams of a deployment
 * (inquiries a month; the four always add up to `inquiriesPerMonth`).
 *
 * While the AI is still ramping up, its deployment's own routing is in force
 * for only `rampShare` (a fraction in (0, 1]) of the month's inquiries, and
 * all-human's for the rest: each stream is rampShare × the deployment's own +
 * (1 − rampShare) × all-human's. At 1 (the steady state, by default) the
 * streams are the deployment's own.
 *
 * @example
 * // 400 inquiries, 33 % loaded (132 loaded, 268 routine), recall 0.9, false alarms 0.1:
 * // 268 × 0.1 = 26.8, 132 × 0.9 = 118.8, 268 × 0.9 = 241.2, 132 × 0.1 = 13.2
 * routeFirstContact('twoTier', UK_SERVICES_FIRM)
 * // => { humanRoutine: 26.8, humanLoaded: 118.8, aiRoutine: 241.2, aiLoaded: 13.2 }
 * // Halfway up the ramp: 0.5 × 26.8 + 0.5 × 268 = 147.4, 0.5 × 118.8 + 0.5 × 132 = 125.4,
 * // 0.5 × 241.2 = 120.6, 0.5 × 13.2 = 6.6
 * routeFirstContact('twoTier', UK_SERVICES_FIRM, 0.5)
 * // => { humanRoutine: 147.4, humanLoaded: 125.4, aiRoutine: 120.6, aiLoaded: 6.6 }
 */
export function routeFirstContact(
  deployment: DeploymentId,
  scenario: Scenario,
  rampShare = 1,
): Streams {
  const own = ownStreams(deployment, scenario);
  if (rampShare === 1) return own;
  const baseline = ownStreams('allHuman', scenario);
  const blend = (stream: keyof Streams) =>
    rampShare * own[stream] + (1 - rampShare) * baseline[stream];
  return {
    humanRoutine: blend('humanRoutine'),
    humanLoaded: blend('humanLoaded'),
    aiRoutine: blend('aiRoutine'),
    aiLoaded: blend('aiLoaded'),
  };
}

function ownStreams(deployment: DeploymentId, scenario: Scenario): Streams {
  const loaded = scenario.inquiriesPerMonth * scenario.loadedShare;
  const routine = scenario.inquiriesPerMonth - loaded;
  switch (deployment) {
    case 'allHuman':
      return { humanRoutine: routine, humanLoaded: loaded, aiRoutine: 0, aiLoaded: 0 };
    case 'singleTierAi':
      return { humanRoutine: 0, humanLoaded: 0, aiRoutine: routine, aiLoaded: loaded };
    case 'twoTier': {
      const recall = scenario.routerRecall;
      const falseAlarm = scenario.routerFalseAlarmRate;
      return {
        humanRoutine: routine * falseAlarm,
        humanLoaded: loaded * recall,
        aiRoutine: routine * (1 - falseAlarm),
        aiLoaded: loaded * (1 - recall),
      };
    }
  }
}

/**
 * True when the deployment pays for AI (platform and setup): it routes to AI,
 * or people draft with an assistant.
 *
 * @example
 * usesAi('allHuman', UK_SERVICES_FIRM) // => false
 * usesAi('allHuman', { ...UK_SERVICES_FIRM, humansUseAiAssist: true }) // => true
 * usesAi('twoTier', UK_SERVICES_FIRM) // => true
 */
export function usesAi(deployment: DeploymentId, scenario: Scenario): boolean {
  return deployment !== 'allHuman' || scenario.humansUseAiAssist;
}
