import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../../../src/model/segment';
import { MAX_ROWS, readInquirySource, toInquiries } from '../../../../src/state/inquiries/read';

const BOM = '\uFEFF';

function texts(raw: string): string[] {
  return toInquiries(readInquirySource(raw)).inquiries.map((inquiry) => inquiry.text);
}

describe('readInquirySource: one inquiry a line', () => {
  it('reads each non-blank line as an inquiry, whatever the line ends', () => {
    expect(
      texts('Where is my engineer?\n\n  Please send the invoice.  \r\nThanks again\rBye'),
    ).toEqual(['Where is my engineer?', 'Please send the invoice.', 'Thanks again', 'Bye']);
  });

  it('does not take sentences with commas for a table', () => {
    const source = readInquirySource(
      'I called, no one answered, third time\nRefund please, the job was late\nCan you come Tuesday?',
    );
    expect(source.format).toBe('lines');
    expect(source.records).toHaveLength(3);
  });

  it('does not take a first line that mentions a column name for a header', () => {
    expect(readInquirySource('Booking request\nI left a message on Tuesday').format).toBe('lines');
  });

  it('drops a byte-order mark', () => {
    expect(texts(`${BOM}First\nSecond`)).toEqual(['First', 'Second']);
  });

  it('says there is nothing to read when the text is blank', () => {
    const source = readInquirySource(' \n \n');
    expect(source.records).toEqual([]);
    expect(source.problems).toEqual([
      { row: null, text: expect.stringMatching(/nothing to read/) },
    ]);
  });
});

describe('readInquirySource: tables', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks inside, after a byte-order mark', () => {
    const csv = [
      `${BOM}Date,Topic,Message`,
      '2025-03-01,Refund,"Late, again, and ""urgent"" they said"',
      '2025-03-02,Booking,"Line one',
      'line two"',
      '2025-03-03,Invoice,Plain one',
    ].join('\r\n');
    const source = readInquirySource(csv);
    expect(source.format).toBe('table');
    expect(source.headers).toEqual(['Date', 'Topic', 'Message']);
    expect(source.columns).toEqual({
      text: 2,
      subject: null,
      topic: 1,
      date: 0,
      channel: null,
      firstMessage: null,
    });
    expect(toInquiries(source).inquiries).toEqual<Inquiry[]>([
      {
        date: '2025-03-01',
        topic: 'Refund',
        text: 'Late, again, and "urgent" they said',
        firstMessage: '',
      },
      { date: '2025-03-02', topic: 'Booking', text: 'Line one\r\nline two', firstMessage: '' },
      { date: '2025-03-03', topic: 'Invoice', text: 'Plain one', firstMessage: '' },
    ]);
    expect(source.problems).toEqual([]);
  });

  it('reads tab-separated text pasted from a spreadsheet', () => {
    const source = readInquirySource(
      'Category\tInquiry\nRefund\tMoney back, please\nBooking\tTuesday?',
    );
    expect(source.columns).toMatchObject({ text: 1, topic: 0 });
    expect(toInquiries(source).inquiries.map((row) => row.text)).toEqual([
      'Money back, please',
      'Tuesday?',
    ]);
  });

  it('reads a single column headed "Inquiry" as a table', () => {
    expect(texts('Inquiry\nOne\nTwo')).toEqual(['One', 'Two']);
  });

  it('can be told to read a table the detector would read as lines', () => {
    const source = readInquirySource('Who,What\nAnn,Hello', 'table');
    expect(source.format).toBe('table');
    expect(source.headers).toEqual(['Who', 'What']);
  });

  it('leaves out a row with no text, names it, and keeps the others', () => {
    const { inquiries, problems } = toInquiries(
      readInquirySource('Topic,Text\nRefund,First\nBooking,\nInvoice,Third'),
    );
    expect(inquiries.map((row) => row.text)).toEqual(['First', 'Third']);
    expect(problems).toEqual([
      { row: 2, text: 'Row 2 (“Booking”) has nothing in the “Text” column, so it was left out.' },
    ]);
  });

  it('warns about a row with more cells than the header, and keeps it', () => {
    const source = readInquirySource('Topic,Text\nRefund,Late, very late\nBooking,Fine');
    expect(source.problems).toEqual([
      {
        row: 1,
        text: expect.stringMatching(/^Row 1 \(“Refund”\) has 3 cells where the header names 2/),
      },
    ]);
    expect(toInquiries(source).inquiries.map((row) => row.text)).toEqual(['Late', 'Fine']);
  });

  it('names the row whose quote is never closed, reads it to the end of its line, and keeps the rows after it', () => {
    const source = readInquirySource(
      'Topic,Text\nRefund,fine one\nRefund,"Late and no call\nBooking,Fine\nInvoice,"Quoted, properly"',
    );
    expect(source.problems).toEqual([
      { row: 2, text: expect.stringMatching(/^Row 2 has a quote mark that is never closed/) },
    ]);
    expect(toInquiries(source).inquiries.map((row) => row.text)).toEqual([
      'fine one',
      'Late and no call',
      'Fine',
      'Quoted, properly',
    ]);
  });

  it(`reads at most ${MAX_ROWS} rows and says so`, () => {
    const lines = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `Inquiry ${i}`).join('\n');
    const source = readInquirySource(lines);
    expect(source.records).toHaveLength(MAX_ROWS);
    expect(source.problems[0]?.text).toMatch(/only the first 20,000 were read/);
  });

  it('falls back to the first message when the text cell is empty', () => {
    const { inquiries } = toInquiries(readInquirySource('Text,First message\n,Hello there'));
    expect(inquiries).toEqual([
      { text: 'Hello there', topic: '', date: '', firstMessage: 'Hello there' },
    ]);
  });
});

describe('readInquirySource: helpdesk exports and bad input', () => {
  it('reads a JSON export as a table whose text column is named', () => {
    const source = readInquirySource(
      '{"results": [{"properties": {"subject": "Late", "content": "<p>Where are you?</p>"}}]}',
    );
    expect(source).toMatchObject({ format: 'table', textNamed: true, problems: [] });
    expect(toInquiries(source).inquiries).toEqual([
      { text: 'Late: Where are you?', topic: '', date: '', firstMessage: '' },
    ]);
  });

  it('says why a broken JSON file was not read, and reads nothing', () => {
    const source = readInquirySource('[{"id": 1,]');
    expect(source.records).toEqual([]);
    expect(source.problems).toEqual([
      { row: null, text: expect.stringMatching(/^The file looks like JSON but is broken/) },
    ]);
  });

  it('says when no column is named as the text, and which it picked instead', () => {
    const source = readInquirySource('Id,Status,Created at,Tags\n1,open,2025-03-01,refund');
    expect(source.textNamed).toBe(false);
    expect(source.problems).toEqual([
      {
        row: null,
        text: 'No column is named as the inquiry text (such as Description, Body or Message), so “Status” was picked for its long cells. Check the columns below.',
      },
    ]);
  });

  it('puts the subject in front of the message once, and falls back to the channel for a topic', () => {
    const { inquiries } = toInquiries(
      readInquirySource(
        [
          'Subject,Description,Via',
          'Boiler broken,Boiler broken since Monday,Mail',
          'Where is my engineer?,Booked for 9 am,Phone call',
        ].join('\n'),
      ),
    );
    expect(inquiries.map(({ text, topic }) => [text, topic])).toEqual([
      ['Boiler broken since Monday', 'Mail'],
      ['Where is my engineer? Booked for 9 am', 'Phone call'],
    ]);
  });
});
