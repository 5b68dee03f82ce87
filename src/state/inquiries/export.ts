/**
 * Writing the sorted list back out as CSV, loaded inquiries first, in a shape
 * the reader (read.ts) takes back in.
 */
import { weightOf } from '../../model/segment/review';
import type { ClassifiedInquiry, Marks } from '../../model/segment/types';
import { toCsv } from '../resultsCsv';

const BYTE_ORDER_MARK = '\uFEFF';

/** The columns of the exported list, in order. */
export const exportColumns = [
  'weight',
  'reviewed',
  'suggested',
  'signals',
  'matchedWords',
  'topic',
  'date',
  'text',
  'firstMessage',
] as const;

/**
 * The sorted list as CSV: loaded inquiries first, then routine, each in the
 * order they came; a byte-order mark first so spreadsheets read it as UTF-8.
 * Read back by `readInquirySource`, the text, topic, date and first message
 * columns are found again.
 *
 * @example
 * exportReviewCsv([classifyInquiry({ text: 'Hi', topic: '', date: '', firstMessage: '' })], [null])
 * // => '\uFEFFweight,reviewed,suggested,signals,matchedWords,topic,date,text,firstMessage\r\nroutine,no,routine,,,,,Hi,'
 */
export function exportReviewCsv(rows: readonly ClassifiedInquiry[], marks: Marks): string {
  const order = rows.map((row, index) => ({
    row,
    index,
    weight: weightOf(row, marks[index] ?? null),
  }));
  const sorted = [
    ...order.filter((entry) => entry.weight === 'loaded'),
    ...order.filter((entry) => entry.weight === 'routine'),
  ];
  const table = sorted.map(({ row, index, weight }) => ({
    weight,
    reviewed: (marks[index] ?? null) === null ? 'no' : 'yes',
    suggested: row.suggested,
    signals: row.signals.map((signal) => signal.name).join('; '),
    matchedWords: row.signals.flatMap((signal) => signal.matched).join('; '),
    topic: row.topic,
    date: row.date,
    text: row.text,
    firstMessage: row.firstMessage,
  }));
  return BYTE_ORDER_MARK + toCsv(table, exportColumns);
}
