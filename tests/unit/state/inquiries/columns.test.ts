import { describe, expect, it } from 'vitest';
import {
  describeColumns,
  detectColumns,
  normaliseHeader,
  type ColumnChoice,
} from '../../../../src/state/inquiries/columns';

const none: Omit<ColumnChoice, 'text'> = {
  subject: null,
  topic: null,
  date: null,
  channel: null,
  firstMessage: null,
};

describe(normaliseHeader, () => {
  it.each([
    ['Created at', 'created at'],
    ['created_at', 'created at'],
    ['createdAt', 'created at'],
    ['  TICKET   Description ', 'ticket description'],
    ['properties.hs_ticket_category', 'properties hs ticket category'],
  ])('reads %j as %j', (header, name) => {
    expect(normaliseHeader(header)).toBe(name);
  });
});

describe(detectColumns, () => {
  it('keeps the first message apart from the thread', () => {
    expect(detectColumns(['Thread', 'First message', 'Created'], []).columns).toEqual({
      ...none,
      text: 0,
      date: 2,
      firstMessage: 1,
    });
  });

  it('reads a named first message as the text when no other column holds it', () => {
    expect(detectColumns(['Subject', 'First message'], [])).toEqual({
      columns: { ...none, text: 1, subject: 0 },
      textNamed: true,
    });
  });

  it('reads camelCase names', () => {
    expect(detectColumns(['topic', 'firstMessage', 'text'], []).columns).toMatchObject({
      text: 2,
      firstMessage: 1,
    });
  });

  it.each<[string, string[], Partial<ColumnChoice>]>([
    [
      'Zendesk (CSV)',
      ['Id', 'Subject', 'Description', 'Status', 'Created at', 'Tags', 'Via'],
      { text: 2, subject: 1, date: 4, topic: 5, channel: 6 },
    ],
    [
      'Freshdesk (JSON, plain text before HTML)',
      ['id', 'subject', 'description', 'description_text', 'source', 'tags', 'created_at'],
      { text: 3, subject: 1, channel: 4, topic: 5, date: 6 },
    ],
    [
      'HubSpot (CSV labels)',
      ['Ticket ID', 'Ticket name', 'Ticket description', 'Source', 'Category', 'Create date'],
      { text: 2, subject: 1, channel: 3, topic: 4, date: 5 },
    ],
    [
      'HubSpot (JSON paths)',
      ['id', 'properties.content', 'properties.createdate', 'properties.subject'],
      { text: 1, date: 2, subject: 3 },
    ],
    [
      'Intercom (JSON paths)',
      ['id', 'created_at', 'source.type', 'source.subject', 'source.body', 'tags.tags'],
      { text: 4, subject: 3, channel: 2, topic: 5, date: 1 },
    ],
    [
      'Gorgias (JSON paths)',
      ['id', 'channel', 'via', 'subject', 'created_datetime', 'tags', 'messages.0.body_text'],
      { text: 6, subject: 3, channel: 1, topic: 5, date: 4 },
    ],
    [
      'Help Scout (JSON paths)',
      ['id', 'type', 'subject', 'preview', 'createdAt', 'source.type', 'tags'],
      { text: 3, subject: 2, date: 4, channel: 5, topic: 6 },
    ],
  ])('finds the columns of %s by their names', (_, headers, expected) => {
    const { columns, textNamed } = detectColumns(headers, []);
    expect(columns).toMatchObject(expected);
    expect(textNamed).toBe(true);
  });

  it('takes the column with the longest cells for the text when no name says so, and says it guessed', () => {
    expect(
      detectColumns(['Ref', 'Client', 'Words'], [['1', 'Ann', 'A long complaint about a boiler']]),
    ).toEqual({ columns: { ...none, text: 2 }, textNamed: false });
  });
});

describe(describeColumns, () => {
  it('names each column used and its role', () => {
    expect(
      describeColumns(['Id', 'Subject', 'Description', 'Created at'], {
        ...none,
        text: 2,
        subject: 1,
        date: 3,
      }),
    ).toBe(
      'Read “Description” as the inquiry text, “Subject” as the subject and “Created at” as the date.',
    );
  });

  it('names the text column alone when it is the only one', () => {
    expect(describeColumns(['Inquiry'], { ...none, text: 0 })).toBe(
      'Read “Inquiry” as the inquiry text.',
    );
  });
});
