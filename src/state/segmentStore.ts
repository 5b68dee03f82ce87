/**
 * Keeping the worksheet on this device, only when the owner asks: the
 * inquiries and the owner's marks in localStorage under one key. The key's
 * presence is the choice itself, so "forget everything" is one removal.
 *
 * Storage is a boundary: what is read back is checked against its shape, and
 * every failure (no storage, full, refused, damaged) is a message, never an
 * exception. Inquiry text never goes anywhere else.
 */
import type { Inquiry, Marks } from '../model/segment';
import { readStoredJson, removeStored, writeStored, type StorageLike } from './persisted';

/** The one key the worksheet uses. */
export const SEGMENT_STORAGE_KEY = 'two-tier:segment-worksheet';

// A hand-written check rather than a zod schema, and nothing from boundary.ts
// (which brings the scenario schema): this page ships no zod, about 5.5 KB
// gzipped, for a four-field shape.
const inquiryKeys = ['text', 'topic', 'date', 'firstMessage'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInquiry(value: unknown): value is Inquiry {
  return isRecord(value) && inquiryKeys.every((key) => typeof value[key] === 'string');
}

function isMark(value: unknown): value is Marks[number] {
  return value === null || value === 'routine' || value === 'loaded';
}

/** Longer than any scenario query the calculator writes, by far; a longer one is not kept. */
const MAX_SCENARIO_QUERY = 8000;

/** The stored shape, version 1, or null when the value is anything else. */
function readStoredShape(value: unknown): KeptWorksheet | null {
  if (!isRecord(value) || value.version !== 1) return null;
  const { inquiries, marks } = value;
  if (!Array.isArray(inquiries) || !inquiries.every(isInquiry)) return null;
  if (!Array.isArray(marks) || !marks.every(isMark)) return null;
  const kept = inquiries.map(({ text, topic, date, firstMessage }) => ({
    text,
    topic,
    date,
    firstMessage,
  }));
  // Kept since the worksheet carries the calculator's scenario; older entries have none.
  const query = value.scenarioQuery;
  const scenarioQuery = typeof query === 'string' && query.length <= MAX_SCENARIO_QUERY && query;
  return { inquiries: kept, marks, ...(scenarioQuery && { scenarioQuery }) };
}

/** The worksheet as kept: the inquiries as read, and the owner's mark for each. */
export interface KeptWorksheet {
  inquiries: Inquiry[];
  marks: Marks;
  /** The calculator's scenario it measures for, as its link query ('' for none). */
  scenarioQuery?: string;
}

/**
 * The worksheet kept on this device, or null when none is (or it cannot be
 * read, with a message). Marks that do not line up with the inquiries are
 * dropped, with a message; the inquiries stay.
 */
export function loadWorksheet(storage: StorageLike | null): {
  worksheet: KeptWorksheet | null;
  messages: string[];
} {
  const { value, raw, message } = readStoredJson(storage, SEGMENT_STORAGE_KEY);
  // Nothing kept is the usual case, not a problem, even where there is no storage at all.
  if (raw === null) return { worksheet: null, messages: [] };
  if (message) return { worksheet: null, messages: [message.text] };
  const parsed = readStoredShape(value);
  if (!parsed) {
    return {
      worksheet: null,
      messages: [
        'The inquiries kept on this device are in a form this page cannot read; they were not loaded. “Forget everything” removes them.',
      ],
    };
  }
  const { inquiries, marks } = parsed;
  if (marks.length !== inquiries.length) {
    return {
      worksheet: { ...parsed, marks: inquiries.map(() => null) },
      messages: [
        'Your marks kept on this device did not match the inquiries, so the rows are unreviewed again.',
      ],
    };
  }
  return { worksheet: parsed, messages: [] };
}

const NOT_KEPT =
  'Your inquiries could not be kept on this device, so they last only until this page is closed. Export them as CSV to keep a copy.';

/** Keeps the worksheet on this device; returns a message when it could not. */
export function saveWorksheet(storage: StorageLike | null, worksheet: KeptWorksheet): string[] {
  const text = JSON.stringify({
    version: 1,
    inquiries: worksheet.inquiries,
    marks: worksheet.marks,
    ...(worksheet.scenarioQuery && { scenarioQuery: worksheet.scenarioQuery }),
  });
  const { ok, message } = writeStored(storage, SEGMENT_STORAGE_KEY, text);
  if (ok) return [];
  // persisted.ts words its messages for saved scenarios; keep only its reason.
  const full = message?.text.includes('full') ?? false;
  return [full ? `${NOT_KEPT} The browser’s storage for this site is full.` : NOT_KEPT];
}

/** Removes whatever the worksheet kept on this device; returns a message when it could not. */
export function forgetWorksheet(storage: StorageLike | null): string[] {
  if (!storage) return [];
  const { message } = removeStored(storage, SEGMENT_STORAGE_KEY);
  return message
    ? [
        'The browser refused to delete what this page kept; clear this site’s data in the browser’s settings to remove it.',
      ]
    : [];
}
