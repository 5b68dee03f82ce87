/**
 * The owner's review: the weight each row ends up with, and the two moves the
 * owner makes on a row (confirm the suggestion, or flip it).
 *
 * A row the owner has not touched keeps its suggested weight; marks never
 * change the suggestion, so the signals can later be scored against them.
 */
import type { ClassifiedInquiry, Marks, Weight } from './types';

/** The other weight. */
export function oppositeWeight(weight: Weight): Weight {
  return weight === 'loaded' ? 'routine' : 'loaded';
}

/** The weight a row counts as: the owner's mark, or the suggestion while unreviewed. */
export function weightOf(row: Pick<ClassifiedInquiry, 'suggested'>, mark: Weight | null): Weight {
  return mark ?? row.suggested;
}

/**
 * New marks with row `index` flipped from the weight it counts as now.
 *
 * @example
 * flipMark([null], [{ suggested: 'routine' }], 0) // => ['loaded']
 */
export function flipMark(
  marks: Marks,
  rows: readonly Pick<ClassifiedInquiry, 'suggested'>[],
  index: number,
): Marks {
  const next = marks.slice();
  next[index] = oppositeWeight(weightOf(rows[index], marks[index] ?? null));
  return next;
}

/**
 * New marks with row `index` confirmed at the weight it counts as now.
 *
 * @example
 * confirmMark([null], [{ suggested: 'loaded' }], 0) // => ['loaded']
 */
export function confirmMark(
  marks: Marks,
  rows: readonly Pick<ClassifiedInquiry, 'suggested'>[],
  index: number,
): Marks {
  const next = marks.slice();
  next[index] = weightOf(rows[index], marks[index] ?? null);
  return next;
}
