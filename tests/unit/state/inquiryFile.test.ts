import { describe, expect, it } from 'vitest';
import { classifyInquiry, type Inquiry } from '../../../src/model/segment';
import {
  detectColumns,
  exportReviewCsv,
  MAX_FILE_BYTES,
  MAX_ROWS,
  readInquiryFile,
  readInquirySource,
  readTally,
  toInquiries,
} from '../../../src/state/inquiryFile';

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
    expect(source.columns).toEqual({ text: 2, topic: 1, date: 0, firstMessage: null });
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

  it('warns about a quote that is never closed', () => {
    const source = readInquirySource('Topic,Text\nRefund,"Late and\nBooking,Fine');
    expect(source.problems.some((problem) => /quote mark is never closed/.test(problem.text))).toBe(
      true,
    );
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

describe(detectColumns, () => {
  it('keeps the first message apart from the thread', () => {
    expect(detectColumns(['Thread', 'First message', 'Created'], [])).toEqual({
      text: 0,
      topic: null,
      date: 2,
      firstMessage: 1,
    });
  });

  it('reads camelCase names', () => {
    expect(detectColumns(['topic', 'firstMessage', 'text'], [])).toMatchObject({
      text: 2,
      firstMessage: 1,
    });
  });

  it('takes the column with the longest cells for the text when no name says so', () => {
    expect(
      detectColumns(['Ref', 'Client', 'Words'], [['1', 'Ann', 'A long complaint about a boiler']]),
    ).toEqual({
      text: 2,
      topic: null,
      date: null,
      firstMessage: null,
    });
  });
});

describe(exportReviewCsv, () => {
  const rows = [
    { text: 'Can you come Tuesday?', topic: 'Booking', date: '2025-01-02', firstMessage: '' },
    {
      text: 'Third time, "still" waiting,\nno callback',
      topic: 'Booking',
      date: '2025-01-03',
      firstMessage: '',
    },
    { text: '=SUM(A1)', topic: '', date: '', firstMessage: '' },
  ].map(classifyInquiry);

  it('puts loaded rows first, writes the marks, and starts with a byte-order mark', () => {
    const csv = exportReviewCsv(rows, [null, 'loaded', 'loaded']);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'weight,reviewed,suggested,signals,matchedWords,topic,date,text,firstMessage',
    );
    expect(lines[1]).toBe(
      'loaded,yes,loaded,Repeat contact; Delays and missed callbacks,Third time; no callback,Booking,2025-01-03,"Third time, ""still"" waiting,\nno callback",',
    );
    // A formula is written so that a spreadsheet shows it rather than runs it.
    expect(csv).toContain(`loaded,yes,routine,,,,,"'=SUM(A1)",`);
    expect(csv).toContain('routine,no,routine,,,Booking,2025-01-02,Can you come Tuesday?,');
  });

  it('reads back through the importer with the same text, topic and date', () => {
    const csv = exportReviewCsv(rows.slice(0, 2), [null, null]);
    const back = toInquiries(readInquirySource(csv)).inquiries;
    expect(back).toEqual(
      [rows[1], rows[0]].map(({ text, topic, date, firstMessage }) => ({
        text,
        topic,
        date,
        firstMessage,
      })),
    );
  });
});

describe(readInquiryFile, () => {
  it('reads a UTF-8 file', async () => {
    const file = new Blob(['Text\nCafé closed, no one came'], { type: 'text/csv' });
    expect(await readInquiryFile(file)).toEqual({ text: 'Text\nCafé closed, no one came' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = {
      size: MAX_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    } as unknown as Blob;
    expect(await readInquiryFile(huge)).toEqual({
      problem: expect.stringMatching(/files up to 20 MB/),
    });
  });

  it('turns a read failure into a message', async () => {
    const broken = {
      size: 10,
      text: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    } as unknown as Blob;
    expect(await readInquiryFile(broken)).toEqual({
      problem: 'The file could not be read (NotReadableError).',
    });
  });
});

describe(readTally, () => {
  it('reads whole counts, with or without thousands separators', () => {
    expect(readTally('67', ' 33 ')).toEqual({ ok: true, routine: 67, loaded: 33 });
    expect(readTally('1,200', '0')).toEqual({ ok: true, routine: 1200, loaded: 0 });
  });

  it('names each bad count and says what is wrong', () => {
    expect(readTally('lots', '3.5')).toEqual({
      ok: false,
      errors: {
        routine: 'Routine inquiries must be a whole number, 0 or more.',
        loaded: 'Loaded inquiries must be a whole number, 0 or more.',
      },
    });
    expect(readTally('-1', '')).toEqual({
      ok: false,
      errors: {
        routine: 'Routine inquiries must be a whole number, 0 or more.',
        loaded: 'Enter a count for loaded inquiries, 0 or more.',
      },
    });
    expect(readTally('2000000', '1')).toEqual({
      ok: false,
      errors: { routine: 'Routine inquiries can be at most 1,000,000.' },
    });
  });

  it('needs at least one inquiry', () => {
    expect(readTally('0', '0')).toEqual({
      ok: false,
      errors: { routine: 'Count at least one inquiry, routine or loaded.' },
    });
  });
});
