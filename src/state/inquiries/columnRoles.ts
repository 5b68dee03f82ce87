/**
 * The roles a column of inquiries can play, in plain words, and the sentence
 * saying which column was read as what. Apart from the header detection
 * (columns.ts) so the page shows them without loading the readers.
 */

/** What a column can hold; only `text` is required. */
export const columnRoles = ['text', 'subject', 'topic', 'date', 'channel', 'firstMessage'] as const;
export type ColumnRole = (typeof columnRoles)[number];

/** The column index holding each role, or null when the source has none. */
export type ColumnChoice = { text: number } & Record<Exclude<ColumnRole, 'text'>, number | null>;

/** Each role in plain words, for the column choice and for saying what was read. */
export const roleLabels: Record<ColumnRole, string> = {
  text: 'Inquiry text',
  subject: 'Subject',
  topic: 'Topic',
  date: 'Date',
  channel: 'Channel',
  firstMessage: 'First message',
};

/**
 * Which columns were read as what, in a sentence.
 *
 * @example
 * describeColumns(['Subject', 'Description'], { text: 1, subject: 0, topic: null, date: null, channel: null, firstMessage: null })
 * // => 'Read “Description” as the inquiry text and “Subject” as the subject.'
 */
export function describeColumns(headers: readonly string[], columns: ColumnChoice): string {
  const parts = columnRoles
    .filter((role) => columns[role] !== null)
    .map(
      (role) => `“${headers[columns[role] as number]}” as the ${roleLabels[role].toLowerCase()}`,
    );
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `Read ${list}.`;
}
