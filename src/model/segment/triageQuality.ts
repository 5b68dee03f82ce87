/**
 * Measured triage quality: how well the first-contact signals alone caught
 * what the owner marked loaded, as the calculator's `routerRecall` and
 * `routerFalseAlarmRate`.
 *
 * Simplification: only rows the owner reviewed count; an unreviewed row
 * would agree with its own suggestion and flatter the signals.
 */
import { wilsonInterval, type ShareInterval } from './wilson';
import type { ClassifiedInquiry, Marks } from './types';

/** The signals scored against the owner's marks on reviewed rows. */
export interface TriageQuality {
  /** Rows the owner confirmed or flipped. */
  reviewed: number;
  /** Marked loaded by the owner, suggested loaded: sent to a person, rightly. */
  caught: number;
  /** Marked loaded, suggested routine: the AI would have taken it. */
  missed: number;
  /** Marked routine, suggested loaded: a person takes what the AI could have. */
  falseAlarms: number;
  /** Marked routine, suggested routine. */
  passedToAi: number;
  /** caught / (caught + missed); null when the owner marked nothing loaded. */
  recall: number | null;
  recallInterval: ShareInterval | null;
  /** falseAlarms / (falseAlarms + passedToAi); null when the owner marked nothing routine. */
  falseAlarmRate: number | null;
  falseAlarmInterval: ShareInterval | null;
}

/**
 * Scores the suggestions against the owner's marks.
 *
 * @example
 * // Reviewed: 2 loaded caught, 1 loaded missed, 1 routine flagged, 4 routine passed.
 * measureTriageQuality(rows, marks)
 * // => { reviewed: 8, caught: 2, missed: 1, falseAlarms: 1, passedToAi: 4,
 * //      recall: 2/3, falseAlarmRate: 1/5, ... }
 */
export function measureTriageQuality(
  rows: readonly Pick<ClassifiedInquiry, 'suggested'>[],
  marks: Marks,
): TriageQuality {
  let caught = 0;
  let missed = 0;
  let falseAlarms = 0;
  let passedToAi = 0;
  rows.forEach((row, index) => {
    const mark = marks[index] ?? null;
    if (mark === null) return;
    const flagged = row.suggested === 'loaded';
    if (mark === 'loaded') {
      if (flagged) caught += 1;
      else missed += 1;
    } else if (flagged) falseAlarms += 1;
    else passedToAi += 1;
  });
  const markedLoaded = caught + missed;
  const markedRoutine = falseAlarms + passedToAi;
  return {
    reviewed: markedLoaded + markedRoutine,
    caught,
    missed,
    falseAlarms,
    passedToAi,
    recall: markedLoaded > 0 ? caught / markedLoaded : null,
    recallInterval: wilsonInterval(caught, markedLoaded),
    falseAlarmRate: markedRoutine > 0 ? falseAlarms / markedRoutine : null,
    falseAlarmInterval: wilsonInterval(falseAlarms, markedRoutine),
  };
}
