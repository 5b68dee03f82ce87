/**
 * The topic-by-weight table: how each topic label splits between routine and
 * loaded. A topic in both columns is the point of the exercise: sorting by
 * topic would send some loaded clients to the AI.
 */
import { weightOf } from './review';
import type { ClassifiedInquiry, Marks } from './types';

/** One topic's split. `topic` is '' for rows without one. */
export interface TopicRow {
  topic: string;
  routine: number;
  loaded: number;
  /** True when the topic has inquiries of both weights. */
  inBoth: boolean;
}

/**
 * Counts rows by topic and weight. Topics are grouped ignoring case and
 * surrounding spaces (the first spelling seen is shown); the table is ordered
 * by inquiries, most first, then by name, with rows without a topic last.
 *
 * @example
 * tabulateTopics(rows, marks)
 * // => [{ topic: 'Refund', routine: 2, loaded: 3, inBoth: true }, { topic: 'Booking', routine: 4, loaded: 0, inBoth: false }]
 */
export function tabulateTopics(
  rows: readonly Pick<ClassifiedInquiry, 'topic' | 'suggested'>[],
  marks: Marks,
): TopicRow[] {
  const byKey = new Map<string, { topic: string; routine: number; loaded: number }>();
  rows.forEach((row, index) => {
    const topic = row.topic.trim();
    const key = topic.toLowerCase();
    let entry = byKey.get(key);
    if (!entry) {
      entry = { topic, routine: 0, loaded: 0 };
      byKey.set(key, entry);
    }
    entry[weightOf(row, marks[index] ?? null)] += 1;
  });
  return Array.from(byKey.values(), (entry) => ({
    ...entry,
    inBoth: entry.routine > 0 && entry.loaded > 0,
  })).sort(
    (a, b) =>
      Number(a.topic === '') - Number(b.topic === '') ||
      b.routine + b.loaded - (a.routine + a.loaded) ||
      a.topic.localeCompare(b.topic, 'en-GB'),
  );
}
