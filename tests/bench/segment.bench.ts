/**
 * The worksheet at 10,000 rows: reading a pasted CSV, reading a helpdesk
 * export as it comes (a Zendesk CSV and an Intercom JSON, every message
 * cleaned of its quoted replies, signature and HTML), finding the signals in
 * every inquiry, and summarising the owner's marks (which runs on every
 * flip). Run with `npm run bench -- segment`; an export of 10,000 rows should
 * read in well under a second, and no step should freeze the page.
 */
import { bench, describe } from 'vitest';
import { sampleAsInquiries } from '../../src/data/sampleInquiries';
import { classifyInquiry, flipMark, summariseReview, type Marks } from '../../src/model/segment';
import { exportReviewCsv } from '../../src/state/inquiries/export';
import { readInquirySource, toInquiries } from '../../src/state/inquiries/read';
import { toCsv } from '../../src/state/resultsCsv';

const ROWS = 10_000;
const sample = sampleAsInquiries();
// The sample a hundred times over, each copy numbered so no two rows are the same text.
const inquiries = Array.from({ length: ROWS }, (_, i) => {
  const base = sample[i % sample.length];
  return { ...base, text: `${base.text} (ref ${i + 1})` };
});
const csv = exportReviewCsv(
  inquiries.map(classifyInquiry),
  inquiries.map(() => null),
);
// A ticket export: every other message answers a quoted reply and ends with a sign-off.
const zendeskCsv = toCsv(
  inquiries.map((inquiry, i) => ({
    Id: String(1000 + i),
    Subject: inquiry.topic,
    Description:
      i % 2 === 0
        ? inquiry.text
        : `${inquiry.text}\n\nKind regards,\nAnn\n\nOn Tue, 4 Mar 2025, Support wrote:\n> Thanks for getting in touch.`,
    Status: 'open',
    'Created at': inquiry.date,
    Tags: 'booking',
    Via: 'Mail',
  })),
  ['Id', 'Subject', 'Description', 'Status', 'Created at', 'Tags', 'Via'],
);
const intercomJson = JSON.stringify({
  type: 'conversation.list',
  conversations: inquiries.map((inquiry, i) => ({
    id: String(i),
    created_at: 1740819600 + i,
    source: {
      type: 'email',
      subject: inquiry.topic,
      body: `<p>${inquiry.text}</p><p>Best regards,<br>Ann</p><blockquote>earlier</blockquote>`,
    },
    tags: { type: 'tag.list', tags: [{ name: 'booking' }] },
  })),
});
const classified = inquiries.map(classifyInquiry);
// Every third row reviewed, every seventh flipped: a worksheet part-way through.
const marks: Marks = classified.map((row, i) =>
  i % 7 === 0
    ? row.suggested === 'loaded'
      ? 'routine'
      : 'loaded'
    : i % 3 === 0
      ? row.suggested
      : null,
);

describe(`segmentation worksheet, ${ROWS.toLocaleString('en-GB')} rows`, () => {
  bench('read a pasted CSV (papaparse, columns, rows)', () => {
    toInquiries(readInquirySource(csv));
  });

  bench('read a Zendesk ticket CSV, cleaning every message', () => {
    toInquiries(readInquirySource(zendeskCsv));
  });

  bench('read an Intercom JSON export, cleaning every HTML message', () => {
    toInquiries(readInquirySource(intercomJson));
  });

  bench('open a Zendesk export: read, clean and classify every row', () => {
    toInquiries(readInquirySource(zendeskCsv)).inquiries.map(classifyInquiry);
  });

  bench('classify: find the signals in every inquiry', () => {
    inquiries.map(classifyInquiry);
  });

  bench('summarise: share, interval, advice, triage quality, topics', () => {
    summariseReview(classified, marks);
  });

  bench('one flip: new marks and a new summary', () => {
    summariseReview(classified, flipMark(marks, classified, 4321));
  });

  bench('classify and summarise together', () => {
    summariseReview(inquiries.map(classifyInquiry), marks);
  });
});
