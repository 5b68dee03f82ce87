/**
 * First contact: who takes each inquiry, a person or the AI.
 *
 * Simplification: routing decisions are independent of one another and of the
 * month; the shares apply to expected counts, not to individual inquiries.
 */
import type { Scenario } from './schema';
import type { DeploymentId } from './types';

/** Expected inquiries a month in each first-contact stream. */
export interface Streams {
  humanRoutine: number;
  humanLoaded: number;
  aiRoutine: number;
  aiLoaded: number;
}

/**
 * Splits a month's inquiries into the four first-contact streams of a deployment.
 *
 * @example
 * // 400 inquiries, 33 % loaded, recall 0.9, false alarms 0.1:
 * routeFirstContact('twoTier', UK_SERVICES_FIRM)
 * // => { humanRoutine: 26.8, humanLoaded: 118.8, aiRoutine: 241.2, aiLoaded: 13.2 }
 */
export function routeFirstContact(deployment: DeploymentId, scenario: Scenario): Streams {
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

/** True when the deployment pays for AI: it routes to AI, or people draft with an assistant. */
export function usesAi(deployment: DeploymentId, scenario: Scenario): boolean {
  return deployment !== 'allHuman' || scenario.humansUseAiAssist;
}
