/**
 * Reading the owner's inquiries: pasted text (one inquiry a line), a table
 * with a header (CSV or TSV, pasted or opened, through papaparse), or a
 * helpdesk's JSON export; then each row through the chosen columns into an
 * inquiry, its message cleaned down to what the client first wrote.
 *
 * Nothing here throws at a person: a row that cannot be used is left out with
 * a message naming it, and every usable row is kept.
 */
import Papa from 'papaparse';
import type { Inquiry } from '../../model/segment';
import { mapInChunks } from './chunks';
import { cleanMessage } from './clean';
import { detectColumns, isHeaderName, normaliseHeader, type ColumnChoice } from './columns';
import { looksLikeJson, readJsonExport } from './helpdesk';

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
  /** Column names: the header of a table (a JSON field's path), or a single "Inquiry" for lines. */
  headers: string[];
  records: string[][];
  /** The columns as detected; the owner may change them before use. */
  columns: ColumnChoice;
  /** True when a header names the text column, so the rows can be read without asking. */
  textNamed: boolean;
  problems: ReadProblem[];
}

/** More rows than this are left out, with a message: the page stays quick. */
export const MAX_ROWS = 20_000;

const BYTE_ORDER_MARK = '\uFEFF';
const SNIPPET_LENGTH = 40;
/** Unclosed quotes mended one by one, up to this many; past it the rest is read as it falls. */
const MAX_QUOTE_REPAIRS = 200;
const LINE_COLUMNS: ColumnChoice = {
  text: 0,
  subject: null,
  topic: null,
  date: null,
  channel: null,
  firstMessage: null,
};

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
const MAX_HEADER_WORDS = 4;

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

function emptySource(format: SourceFormat, problem: string): InquirySource {
  return {
    format,
    headers: ['Inquiry'],
    records: [],
    columns: LINE_COLUMNS,
    textNamed: true,
    problems: [{ row: null, text: problem }],
  };
}

/**
 * Reads pasted or opened text. With `format` 'auto' a JSON export is read as
 * a table of its fields, and a first line that names known columns (text,
 * subject, date...) makes a table; anything else is one inquiry a line. A
 * byte-order mark is dropped; blank lines are skipped.
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
    return emptySource(
      format === 'table' ? 'table' : 'lines',
      'There is nothing to read: paste inquiries or open a file.',
    );
  }
  if (format !== 'lines' && looksLikeJson(text)) return readJson(text);
  const { rows, problems } = parseRows(text);
  const asTable = format === 'table' || (format === 'auto' && looksLikeHeader(rows));
  return asTable ? readTable(rows, problems) : readLines(text);
}

function readJson(text: string): InquirySource {
  const table = readJsonExport(text);
  if (!table.ok) return emptySource('table', table.problem);
  const problems: ReadProblem[] = table.skipped.map((row) => ({
    row,
    text: `Ticket ${row} in the list is not a ticket (no fields), so it was left out.`,
  }));
  return finishTable(table.headers, table.records, problems);
}

/**
 * The rows of a CSV or TSV. A quote mark that is never closed would swallow
 * every row after it into one cell: instead its line is read as plain cells,
 * named in a message, and reading goes on from the next line.
 */
function parseRows(text: string): { rows: string[][]; problems: ReadProblem[] } {
  const rows: string[][] = [];
  const problems: ReadProblem[] = [];
  let rest = text;
  let delimiter = '';
  for (let repairs = 0; ; repairs++) {
    const parsed = Papa.parse<string[]>(rest, { skipEmptyLines: 'greedy', delimiter });
    delimiter = parsed.meta.delimiter;
    const quote = parsed.errors.find((error) => error.type === 'Quotes');
    if (!quote || repairs === MAX_QUOTE_REPAIRS) {
      rows.push(...parsed.data);
      break;
    }
    const before = parsed.data.slice(0, quote.row ?? 0);
    rows.push(...before);
    const at = Math.max(0, Math.min(rest.length - 1, (quote.index ?? 0) - 1));
    const start = rest.lastIndexOf('\n', at) + 1;
    const newline = rest.indexOf('\n', at);
    const end = newline < 0 ? rest.length : newline;
    const line = rest.slice(start, end).replace(/\r$/, '');
    // rows[0] is the header, so a row's index is its data row number.
    problems.push({
      row: rows.length,
      text: `Row ${rows.length} has a quote mark that is never closed, so that row was read as it stands, up to the end of its line, and the rows after it as usual. Check the quotes in that row.`,
    });
    rows.push(line.split(delimiter).map((cell) => cell.replace(/^"|"$/g, '')));
    if (newline < 0) break;
    rest = rest.slice(end + 1);
  }
  return { rows, problems };
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
    columns: LINE_COLUMNS,
    textNamed: true,
    problems,
  };
}

function readTable(rows: string[][], quoteProblems: ReadProblem[]): InquirySource {
  const [headerCells = [], ...records] = rows;
  const headers = headerCells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const problems = quoteProblems.slice();
  const capped = capRows(records, problems);
  capped.forEach((record, index) => {
    if (record.length > headers.length) {
      problems.push({
        row: index + 1,
        text: `${describeRow(index + 1, record)} has ${record.length} cells where the header names ${headers.length}; a comma in the text may need quotes. The first ${headers.length} were used.`,
      });
    }
  });
  return finishTable(headers, capped, problems);
}

function finishTable(
  headers: string[],
  records: string[][],
  problems: ReadProblem[],
): InquirySource {
  const kept = capRows(records, problems);
  const { columns, textNamed } = detectColumns(headers, kept);
  if (!textNamed && kept.length > 0) {
    problems.push({
      row: null,
      text: `No column is named as the inquiry text (such as Description, Body or Message), so “${headers[columns.text]}” was picked for its long cells. Check the columns below.`,
    });
  }
  return { format: 'table', headers, records: kept, columns, textNamed, problems };
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

/** The subject and the message as the signals read them: together, the subject once. */
function withSubject(subject: string, message: string): string {
  if (subject === '' || message.toLowerCase().startsWith(subject.toLowerCase())) return message;
  if (message === '') return subject;
  return /[.!?:]$/.test(subject) ? `${subject} ${message}` : `${subject}: ${message}`;
}

/** One record through the chosen columns: an inquiry, or a message saying why it was left out. */
function readRecord(
  source: InquirySource,
  columns: ColumnChoice,
  record: readonly string[],
  index: number,
): Inquiry | ReadProblem {
  const cell = (column: number | null) => (column === null ? '' : (record[column] ?? '').trim());
  const subject = cell(columns.subject);
  const text = cleanMessage(cell(columns.text));
  const first = cleanMessage(cell(columns.firstMessage));
  if (text === '' && first === '') {
    const column = source.headers[columns.text] ?? 'text';
    return {
      row: index + 1,
      text: `${describeRow(index + 1, record)} has nothing in the “${column}” column, so it was left out.`,
    };
  }
  return {
    text: withSubject(subject, text || first),
    topic: cell(columns.topic) || cell(columns.channel),
    date: cell(columns.date),
    firstMessage: first === '' ? '' : withSubject(subject, first),
  };
}

function sortOut(
  source: InquirySource,
  read: readonly (Inquiry | ReadProblem)[],
): { inquiries: Inquiry[]; problems: ReadProblem[] } {
  const problems = source.problems.slice();
  const inquiries: Inquiry[] = [];
  for (const entry of read) {
    if ('row' in entry) problems.push(entry);
    else inquiries.push(entry);
  }
  return { inquiries, problems };
}

/**
 * The inquiries in a source, read through the chosen columns. Messages are
 * cleaned (HTML, quoted replies, signatures); the subject goes in front of
 * the message; the topic falls back to the channel. A row whose text (and
 * first message) is empty is left out with a message.
 *
 * @example
 * toInquiries(readInquirySource('Text,Topic\nWhere is my engineer?,Booking')).inquiries
 * // => [{ text: 'Where is my engineer?', topic: 'Booking', date: '', firstMessage: '' }]
 */
export function toInquiries(
  source: InquirySource,
  columns: ColumnChoice = source.columns,
): { inquiries: Inquiry[]; problems: ReadProblem[] } {
  return sortOut(
    source,
    source.records.map((record, index) => readRecord(source, columns, record, index)),
  );
}

/** `toInquiries`, pausing for the browser between chunks of rows: for large files. */
export async function toInquiriesInChunks(
  source: InquirySource,
  columns: ColumnChoice = source.columns,
): Promise<{ inquiries: Inquiry[]; problems: ReadProblem[] }> {
  const read = await mapInChunks(source.records, (record, index) =>
    readRecord(source, columns, record, index),
  );
  return sortOut(source, read);
}
