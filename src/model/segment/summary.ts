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

/** A measured field as the calculator takes it: a range with the measured share as its likely value. */
export interface MeasuredRange {
  /** The 95 % Wilson interval's lower end, rounded down to four decimals. */
  low: number;
  /** The measured share, rounded to four decimals. */
  likely: number;
  /** The interval's upper end, rounded up to four decimals. */
  high: number;
  /** Rows the share was measured on: all rows for the loaded share, reviewed rows of one class for triage. */
  sampleSize: number;
}

/** The scenario fields the worksheet measures, each as a range (model units, fractions). */
export interface MeasuredFields {
  loadedShare?: MeasuredRange;
  routerRecall?: MeasuredRange;
  routerFalseAlarmRate?: MeasuredRange;
}

/** Decimals kept when a measured fraction goes to the calculator (0.3333 = 33.33 %). */
export const MEASURED_DECIMALS = 4;

/** Below this many rows in a class the page calls the sample small. */
export const SMALL_SAMPLE = 30;

const SCALE = 10 ** MEASURED_DECIMALS;
const rounded = (value: number) => Math.round(value * SCALE) / SCALE;

/**
 * A share and its interval as a range the calculator accepts: the ends are
 * rounded outwards, so that rounding never narrows the interval nor puts the
 * likely value outside it; null with no rows.
 *
 * @example
 * measuredRange(7, 7) // => { low: 0.6456, likely: 1, high: 1, sampleSize: 7 }
 */
export function measuredRange(count: number, sampleSize: number): MeasuredRange | null {
  const interval = wilsonInterval(count, sampleSize);
  if (!interval) return null;
  const likely = rounded(count / sampleSize);
  return {
    low: Math.min(likely, Math.floor(interval.low * SCALE) / SCALE),
    likely,
    high: Math.max(likely, Math.ceil(interval.high * SCALE) / SCALE),
    sampleSize,
  };
}

/**
 * The scenario fields these results can set, as ranges; a field is left out
 * when there is nothing to measure it on (no rows; for triage, no reviewed row
 * of that class), so the calculator keeps what it had.
 *
 * @example
 * measuredFields(summariseCounts(1, 3)) // => { loadedShare: { low: 0.0614, likely: 0.3333, high: 0.7924, sampleSize: 3 } }
 */
export function measuredFields(summary: ShareSummary | ReviewSummary): MeasuredFields {
  const fields: MeasuredFields = {};
  const share = measuredRange(summary.loadedCount, summary.sampleSize);
  if (share) fields.loadedShare = share;
  if ('triage' in summary) {
    const { caught, missed, falseAlarms, passedToAi } = summary.triage;
    const recall = measuredRange(caught, caught + missed);
    if (recall) fields.routerRecall = recall;
    const falseAlarmRate = measuredRange(falseAlarms, falseAlarms + passedToAi);
    if (falseAlarmRate) fields.routerFalseAlarmRate = falseAlarmRate;
  }
  return fields;
}
