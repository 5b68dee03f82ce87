import { describe, expect, it } from 'vitest';
import { classifyInquiry } from '../../../../src/model/segment';
import { exportReviewCsv } from '../../../../src/state/inquiries/export';
import { readInquirySource, toInquiries } from '../../../../src/state/inquiries/read';

const BOM = '\uFEFF';

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
