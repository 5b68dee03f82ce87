/**
 * Reading the owner's inquiries: pasted text (one inquiry a line) or a table
 * with a header (CSV or TSV, pasted or opened as a file), through papaparse,
 * or just a tally of routine and loaded counts; and writing the sorted list
 * back out as CSV.
 *
 * Nothing here throws at a person: a row that cannot be used is left out with
 * a message naming it, and every usable row is kept.
 */
import Papa from 'papaparse';
import type { ClassifiedInquiry, Inquiry, Marks } from '../model/segment';
import { weightOf } from '../model/segment';
import { toCsv } from './resultsCsv';

/** What a column can hold; only `text` is required. */
export const columnRoles = ['text', 'topic', 'date', 'firstMessage'] as const;
export type ColumnRole = (typeof columnRoles)[number];

/** The column index holding each role, or null when the source has none. */
export type ColumnChoice = { text: number } & Record<Exclude<ColumnRole, 'text'>, number | null>;

/** How the source was read: one inquiry a line, or a table whose first row names its columns. */
export type SourceFormat = 'lines' | 'table';

/** A message about one row (1-based, counting data rows after the header), or the whole source. */
export interface ReadProblem {
  row: number | null;
  text: string;
}

/** A source read into rows of cells, before the columns are confirmed. */
export interface InquirySource {
  format: SourceFormat;
  /** Column names: the header of a table, or a single "Inquiry" for lines. */
  headers: string[];
  records: string[][];
  /** The columns as detected; the owner may change them before use. */
  columns: ColumnChoice;
  problems: ReadProblem[];
}

/** More rows than this are left out, with a message: the page stays quick. */
export const MAX_ROWS = 20_000;
/** Files larger than this are refused unread. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const BYTE_ORDER_MARK = '\uFEFF';
const SNIPPET_LENGTH = 40;

// Header names per role, checked in this order so "First message" is not taken for the text.
const headerPatterns: [ColumnRole, RegExp][] = [
  ['firstMessage', /\b(?:first|initial|opening) (?:message|contact|email|mail|note)\b/],
  ['topic', /\b(?:topic|category|type|subject|reason|tags?|queue|department)\b/],
  ['date', /\b(?:date|received|created|timestamp|time|when|sent|opened)\b/],
  [
    'text',
    /\b(?:text|inquiry|enquiry|inquiries|enquiries|messages?|body|description|content|details|query|request|comments?|notes?|thread|conversation|transcript)\b/,
  ],
];

function normaliseHeader(header: string): string {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') // firstMessage -> first Message
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Header cells are short names; a sentence that happens to say "message" is not one. */
const MAX_HEADER_WORDS = 4;
/** Names that on their own, as the only column, make the first line a header. */
const SINGLE_COLUMN_HEADERS = new Set([
  'text',
  'inquiry',
  'inquiries',
  'enquiry',
  'enquiries',
  'message',
  'messages',
]);

function isHeaderName(cell: string): boolean {
  const name = normaliseHeader(cell);
  return (
    name !== '' &&
    name.split(' ').length <= MAX_HEADER_WORDS &&
    headerPatterns.some(([, pattern]) => pattern.test(name))
  );
}

/**
 * Picks a column for each role from the header names; the text column falls
 * back to the column with the longest cells on average.
 *
 * @example
 * detectColumns(['Received', 'Category', 'Message'], [])
 * // => { text: 2, topic: 1, date: 0, firstMessage: null }
 */
export function detectColumns(
  headers: readonly string[],
  records: readonly string[][],
): ColumnChoice {
  const found: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  for (const [role, pattern] of headerPatterns) {
    const index = headers.findIndex(
      (header, i) => !taken.has(i) && isHeaderName(header) && pattern.test(normaliseHeader(header)),
    );
    if (index >= 0) {
      found[role] = index;
      taken.add(index);
    }
  }
  return {
    text: found.text ?? longestColumn(headers, records, taken),
    topic: found.topic ?? null,
    date: found.date ?? null,
    firstMessage: found.firstMessage ?? null,
  };
}

function longestColumn(
  headers: readonly string[],
  records: readonly string[][],
  taken: Set<number>,
): number {
  let best = 0;
  let bestLength = -1;
  headers.forEach((_, index) => {
    if (taken.has(index) && headers.length > taken.size) return;
    const length = records.reduce((sum, record) => sum + (record[index]?.length ?? 0), 0);
    if (length > bestLength) {
      best = index;
      bestLength = length;
    }
  });
  return best;
}

/**
 * True when the first row reads as a header: a lone cell must be a name such
 * as "Inquiry"; several cells must all be short and name known columns, or
 * name at least one while most rows below have as many cells (plain sentences
 * with commas in them do not).
 */
function looksLikeHeader(rows: readonly string[][]): boolean {
  const [first = [], ...rest] = rows;
  if (first.length === 1) return SINGLE_COLUMN_HEADERS.has(normaliseHeader(first[0]));
  const short = first.every((cell) => normaliseHeader(cell).split(' ').length <= MAX_HEADER_WORDS);
  if (!short || !first.some(isHeaderName)) return false;
  if (first.every(isHeaderName)) return true;
  const sample = rest.slice(0, 50);
  const matching = sample.filter((row) => row.length === first.length).length;
  return sample.length === 0 || matching >= 0.8 * sample.length;
}

/**
 * Reads pasted or opened text. With `format` 'auto' a first line that names
 * known columns (text, topic, date...) makes it a table; anything else is one
 * inquiry a line. A byte-order mark is dropped; blank lines are skipped.
 *
 * @example
 * readInquirySource('topic,text\nRefund,"Late, and no call back"').records
 * // => [['Refund', 'Late, and no call back']]
 */
export function readInquirySource(
  raw: string,
  format: SourceFormat | 'auto' = 'auto',
): InquirySource {
  const text = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
  if (text.trim() === '') {
    return {
      format: format === 'table' ? 'table' : 'lines',
      headers: ['Inquiry'],
      records: [],
      columns: { text: 0, topic: null, date: null, firstMessage: null },
      problems: [{ row: null, text: 'There is nothing to read: paste inquiries or open a file.' }],
    };
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const asTable = format === 'table' || (format === 'auto' && looksLikeHeader(parsed.data));
  return asTable ? readTable(parsed) : readLines(text);
}

function readLines(text: string): InquirySource {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const problems: ReadProblem[] = [];
  const records = capRows(lines, problems).map((line) => [line]);
  return {
    format: 'lines',
    headers: ['Inquiry'],
    records,
    columns: { text: 0, topic: null, date: null, firstMessage: null },
    problems,
  };
}

function readTable(parsed: Papa.ParseResult<string[]>): InquirySource {
  const [headerCells = [], ...rows] = parsed.data;
  const headers = headerCells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const problems: ReadProblem[] = [];
  for (const error of parsed.errors) {
    // papaparse counts rows from 0 with the header; ours count data rows from 1.
    const row = typeof error.row === 'number' && error.row > 0 ? error.row : null;
    if (error.type === 'Quotes') {
      problems.push({
        row,
        text: 'A quote mark is never closed, so everything after it was read as one cell. Check the quotes in the source.',
      });
    }
  }
  const records = capRows(rows, problems);
  records.forEach((record, index) => {
    if (record.length > headers.length) {
      problems.push({
        row: index + 1,
        text: `${describeRow(index + 1, record)} has ${record.length} cells where the header names ${headers.length}; a comma in the text may need quotes. The first ${headers.length} were used.`,
      });
    }
  });
  return { format: 'table', headers, records, columns: detectColumns(headers, records), problems };
}

function capRows<T>(rows: T[], problems: ReadProblem[]): T[] {
  if (rows.length <= MAX_ROWS) return rows;
  problems.push({
    row: null,
    text: `There are ${rows.length.toLocaleString('en-GB')} rows; only the first ${MAX_ROWS.toLocaleString('en-GB')} were read, to keep the page quick.`,
  });
  return rows.slice(0, MAX_ROWS);
}

function describeRow(row: number, record: readonly string[]): string {
  const sample = record.find((cell) => cell.trim() !== '')?.trim() ?? '';
  if (sample === '') return `Row ${row}`;
  const cut = sample.length > SNIPPET_LENGTH ? `${sample.slice(0, SNIPPET_LENGTH)}…` : sample;
  return `Row ${row} (“${cut}”)`;
}

/**
 * The inquiries in a source, read through the chosen columns. A row whose
 * text (and first message) is empty is left out with a message.
 *
 * @example
 * toInquiries(readInquirySource('Text,Topic\nWhere is my engineer?,Booking')).inquiries
 * // => [{ text: 'Where is my engineer?', topic: 'Booking', date: '', firstMessage: '' }]
 */
export function toInquiries(
  source: InquirySource,
  columns: ColumnChoice = source.columns,
): { inquiries: Inquiry[]; problems: ReadProblem[] } {
  const problems = source.problems.slice();
  const inquiries: Inquiry[] = [];
  const cell = (record: readonly string[], index: number | null) =>
    index === null ? '' : (record[index] ?? '').trim();
  source.records.forEach((record, index) => {
    const inquiry: Inquiry = {
      text: cell(record, columns.text),
      topic: cell(record, columns.topic),
      date: cell(record, columns.date),
      firstMessage: cell(record, columns.firstMessage),
    };
    if (inquiry.text === '' && inquiry.firstMessage === '') {
      const column = source.headers[columns.text] ?? 'text';
      problems.push({
        row: index + 1,
        text: `${describeRow(index + 1, record)} has nothing in the “${column}” column, so it was left out.`,
      });
      return;
    }
    inquiries.push(inquiry.text === '' ? { ...inquiry, text: inquiry.firstMessage } : inquiry);
  });
  return { inquiries, problems };
}

/**
 * Reads an opened file as text (UTF-8), refusing one too large to handle.
 * Resolves to the text, or to a message; never rejects.
 */
export async function readInquiryFile(file: Blob): Promise<{ text: string } | { problem: string }> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      problem: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be opened.`,
    };
  }
  try {
    return { text: await file.text() };
  } catch (error) {
    return {
      problem: `The file could not be read (${error instanceof Error ? error.name : 'unknown error'}).`,
    };
  }
}

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

/** ASCII digits only: no sign, no decimals, no exponent. */
const WHOLE_NUMBER = /^[0-9]+$/;
/** The largest count a tally takes. */
export const MAX_TALLY = 1_000_000;

/** A tally read from two typed counts: the counts, or a message for each bad one. */
export type TallyReading =
  | { ok: true; routine: number; loaded: number }
  | { ok: false; errors: Partial<Record<'routine' | 'loaded', string>> };

/**
 * Reads the counts an owner typed instead of pasting inquiries: whole numbers
 * from 0 to a million, at least one inquiry in all.
 *
 * @example
 * readTally('67', '33') // => { ok: true, routine: 67, loaded: 33 }
 * readTally('67', '3.5') // => { ok: false, errors: { loaded: 'Loaded inquiries must be a whole number, 0 or more.' } }
 */
export function readTally(routineText: string, loadedText: string): TallyReading {
  const errors: Partial<Record<'routine' | 'loaded', string>> = {};
  const counts = { routine: 0, loaded: 0 };
  for (const [key, text, label] of [
    ['routine', routineText, 'Routine inquiries'],
    ['loaded', loadedText, 'Loaded inquiries'],
  ] as const) {
    const typed = text.trim().replace(/[,\s]/g, '');
    if (typed === '') errors[key] = `Enter a count for ${label.toLowerCase()}, 0 or more.`;
    else if (!WHOLE_NUMBER.test(typed)) errors[key] = `${label} must be a whole number, 0 or more.`;
    else if (Number(typed) > MAX_TALLY) {
      errors[key] = `${label} can be at most ${MAX_TALLY.toLocaleString('en-GB')}.`;
    } else counts[key] = Number(typed);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (counts.routine + counts.loaded === 0) {
    return { ok: false, errors: { routine: 'Count at least one inquiry, routine or loaded.' } };
  }
  return { ok: true, ...counts };
}
