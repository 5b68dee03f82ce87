/**
 * The worksheet's results: the loaded share with its interval and sample-size
 * advice, the topic table and the measured triage quality, and the figures
 * the calculator takes from them.
 */
import { weightOf } from './review';
import { measureTriageQuality, type TriageQuality } from './triageQuality';
import { tabulateTopics, type TopicRow } from './topics';
import {
  adviseSampleSize,
  wilsonInterval,
  type SampleSizeAdvice,
  type ShareInterval,
} from './wilson';
import type { ClassifiedInquiry, Marks } from './types';

/** The loaded share of a sample and how sure it is. */
export interface ShareSummary {
  sampleSize: number;
  loadedCount: number;
  /** loadedCount / sampleSize; null for an empty sample. */
  loadedShare: number | null;
  /** 95 % Wilson interval; null for an empty sample. */
  interval: ShareInterval | null;
  advice: SampleSizeAdvice;
}

/** Everything the review of a list of inquiries yields. */
export interface ReviewSummary extends ShareSummary {
  /** Rows the owner confirmed or flipped; the rest count at their suggestion. */
  reviewedCount: number;
  triage: TriageQuality;
  topics: TopicRow[];
}

/**
 * The loaded share of a tally: `loadedCount` loaded out of `sampleSize`.
 *
 * @example
 * summariseCounts(33, 100).loadedShare // => 0.33
 */
export function summariseCounts(loadedCount: number, sampleSize: number): ShareSummary {
  return {
    sampleSize,
    loadedCount,
    loadedShare: sampleSize > 0 ? loadedCount / sampleSize : null,
    interval: wilsonInterval(loadedCount, sampleSize),
    advice: adviseSampleSize(loadedCount, sampleSize),
  };
}

/**
 * Summarises reviewed rows: unreviewed rows count at their suggested weight.
 *
 * @example
 * // 3 rows suggested loaded, routine, routine; the owner flips the second.
 * summariseReview(rows, [null, 'loaded', null]).loadedCount // => 2
 */
export function summariseReview(rows: readonly ClassifiedInquiry[], marks: Marks): ReviewSummary {
  let loadedCount = 0;
  let reviewedCount = 0;
  rows.forEach((row, index) => {
    const mark = marks[index] ?? null;
    if (mark !== null) reviewedCount += 1;
    if (weightOf(row, mark) === 'loaded') loadedCount += 1;
  });
  return {
    ...summariseCounts(loadedCount, rows.length),
    reviewedCount,
    triage: measureTriageQuality(rows, marks),
    topics: tabulateTopics(rows, marks),
  };
}

/** Scenario fields the worksheet measures, in model units (fractions). */
export interface MeasuredFields {
  loadedShare?: number;
  routerRecall?: number;
  routerFalseAlarmRate?: number;
}

/** Decimals kept when a measured fraction goes to the calculator (0.3333 = 33.33 %). */
export const MEASURED_DECIMALS = 4;

function rounded(value: number): number {
  const scale = 10 ** MEASURED_DECIMALS;
  return Math.round(value * scale) / scale;
}

/**
 * The scenario fields these results can set, rounded to four decimals; a
 * field is left out when there is nothing to measure it on.
 *
 * @example
 * measuredFields(summariseCounts(1, 3)) // => { loadedShare: 0.3333 }
 */
export function measuredFields(summary: ShareSummary | ReviewSummary): MeasuredFields {
  const fields: MeasuredFields = {};
  if (summary.loadedShare !== null) fields.loadedShare = rounded(summary.loadedShare);
  if ('triage' in summary) {
    if (summary.triage.recall !== null) fields.routerRecall = rounded(summary.triage.recall);
    if (summary.triage.falseAlarmRate !== null) {
      fields.routerFalseAlarmRate = rounded(summary.triage.falseAlarmRate);
    }
  }
  return fields;
}
