/**
 * The worksheet at 10,000 rows: reading a pasted CSV, reading a helpdesk
 * export as it comes (a Zendesk CSV and an Intercom JSON, every message
 * cleaned of its quoted replies, signature and HTML), finding the signals in
 * every inquiry, and summarising the owner's marks (which runs on every
 * flip). Run with `npm run bench -- segment`; an export of 10,000 rows should
 * read in well under a second, and no step should freeze the page.
 */
import { bench, describe } from 'vitest';
import { classifyInquiry, flipMark, summariseReview, type Marks } from '../../src/model/segment';
import { exportReviewCsv } from '../../src/state/inquiries/export';
import { readInquirySource, toInquiries } from '../../src/state/inquiries/read';
import { numberedSample, zendeskTicketCsv } from '../fixtures/largeExport';

const ROWS = 10_000;
const inquiries = numberedSample(ROWS);
const csv = exportReviewCsv(
  inquiries.map(classifyInquiry),
  inquiries.map(() => null),
);
const zendeskCsv = zendeskTicketCsv(inquiries);
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
