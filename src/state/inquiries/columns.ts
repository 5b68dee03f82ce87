/**
 * Which column holds what: the inquiry text, its subject, topic (tags or
 * category), date, channel and first message, found from the header names
 * that spreadsheets and helpdesk exports (Zendesk, Freshdesk, Help Scout,
 * Intercom, Gorgias, HubSpot) use. Names are compared without case, spaces or
 * punctuation, so "Created at", "created_at" and "createdAt" are one name.
 */

import { columnRoles, type ColumnChoice, type ColumnRole } from './columnRoles';

export {
  columnRoles,
  describeColumns,
  roleLabels,
  type ColumnChoice,
  type ColumnRole,
} from './columnRoles';

/**
 * A header as compared: camelCase split, lower case, punctuation as spaces.
 *
 * @example
 * normaliseHeader('properties.hs_ticket_category') // => 'properties hs ticket category'
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') // firstMessage -> first Message
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// The names helpdesk exports give each role, best first: Freshdesk's plain
// `description_text` before its HTML `description`, a subject before a title.
const helpdeskNames: Record<ColumnRole, string[]> = {
  text: [
    'description text',
    'description',
    'ticket description',
    'first message',
    'first message body',
    'messages 0 body text',
    'messages 0 stripped text',
    'body text',
    'source body',
    'conversation message body',
    'properties content',
    'content',
    'body',
    'message',
    'message body',
    'text',
    'inquiry',
    'enquiry',
    'messages 0 body html',
    'preview',
    'conversation',
    'comment',
  ],
  subject: [
    'subject',
    'ticket subject',
    'ticket name',
    'properties subject',
    'source subject',
    'messages 0 subject',
    'conversation subject',
    'raw subject',
    'title',
  ],
  topic: [
    'tags',
    'tag',
    'tags tags',
    'ticket tags',
    'category',
    'ticket category',
    'properties hs ticket category',
    'topic',
    'type',
    'ticket type',
    'reason',
  ],
  date: [
    'created at',
    'created',
    'created time',
    'created date',
    'create date',
    'createdate',
    'properties createdate',
    'created datetime',
    'date created',
    'date',
    'received',
    'timestamp',
  ],
  channel: [
    'channel',
    'via channel',
    'via',
    'source',
    'ticket source',
    'source type',
    'properties source type',
    'medium',
  ],
  firstMessage: [],
};

// Looser patterns for sheets an owner made by hand, checked in this order so
// "First message" is not taken for the text.
const headerPatterns: [ColumnRole, RegExp][] = [
  ['firstMessage', /\b(?:first|initial|opening) (?:message|contact|email|mail|note)\b/],
  ['subject', /\b(?:subject|title)\b/],
  ['topic', /\b(?:topic|category|type|tags?|reason|queue|department)\b/],
  ['date', /\b(?:date|received|created|timestamp|time|when|sent|opened)\b/],
  ['channel', /^(?:via|channel|source|medium)(?: \w+)?$/],
  [
    'text',
    /\b(?:text|inquiry|enquiry|inquiries|enquiries|messages?|body|description|content|details|query|request|comments?|notes?|thread|conversation|transcript)\b/,
  ],
];

/** Header cells are short names; a sentence that happens to say "message" is not one. */
const MAX_HEADER_WORDS = 4;

/** True when a header cell names a column this reader knows. */
export function isHeaderName(cell: string): boolean {
  const name = normaliseHeader(cell);
  if (name === '' || name.split(' ').length > MAX_HEADER_WORDS) return false;
  return (
    columnRoles.some((role) => helpdeskNames[role].includes(name)) ||
    headerPatterns.some(([, pattern]) => pattern.test(name))
  );
}

/** The columns named for each role, before any fallback. */
function namedColumns(headers: readonly string[]): Partial<Record<ColumnRole, number>> {
  const names = headers.map(normaliseHeader);
  const found: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  const take = (role: ColumnRole, index: number) => {
    found[role] = index;
    taken.add(index);
  };
  // The "first message" pattern comes first, so a thread and its first message stay apart.
  const first = names.findIndex((name) => headerPatterns[0][1].test(name));
  if (first >= 0 && names.length > 1) take('firstMessage', first);
  for (const role of columnRoles) {
    if (found[role] !== undefined) continue;
    for (const wanted of helpdeskNames[role]) {
      const index = names.findIndex((name, i) => !taken.has(i) && name === wanted);
      if (index >= 0) {
        take(role, index);
        break;
      }
    }
  }
  for (const [role, pattern] of headerPatterns) {
    if (found[role] !== undefined) continue;
    const index = headers.findIndex(
      (header, i) => !taken.has(i) && isHeaderName(header) && pattern.test(names[i]),
    );
    if (index >= 0) take(role, index);
  }
  return found;
}

/**
 * Picks a column for each role from the header names. With no column named
 * for the text, a named first message is read as the text; failing that, the
 * column with the longest cells on average is, and `textNamed` is false.
 *
 * @example
 * detectColumns(['Id', 'Subject', 'Description', 'Created at', 'Tags', 'Via'], [])
 * // => { columns: { text: 2, subject: 1, topic: 4, date: 3, channel: 5, firstMessage: null }, textNamed: true }
 */
export function detectColumns(
  headers: readonly string[],
  records: readonly string[][],
): { columns: ColumnChoice; textNamed: boolean } {
  const found = namedColumns(headers);
  let text = found.text;
  let firstMessage = found.firstMessage ?? null;
  if (text === undefined && firstMessage !== null) {
    text = firstMessage;
    firstMessage = null;
  }
  const taken = new Set(Object.values(found));
  return {
    columns: {
      text: text ?? longestColumn(headers, records, taken),
      subject: found.subject ?? null,
      topic: found.topic ?? null,
      date: found.date ?? null,
      channel: found.channel ?? null,
      firstMessage,
    },
    textNamed: text !== undefined,
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
