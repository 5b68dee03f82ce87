/**
 * The worksheet at 10,000 rows: reading a pasted CSV, finding the signals in
 * every inquiry, and summarising the owner's marks (which runs on every flip).
 * Run with `npm run bench -- tests/bench/segment.bench.ts`; the issue asks that
 * 10,000 rows never freeze the page.
 */
import { bench, describe } from 'vitest';
import { sampleAsInquiries } from '../../src/data/sampleInquiries';
import { classifyInquiry, flipMark, summariseReview, type Marks } from '../../src/model/segment';
import { exportReviewCsv } from '../../src/state/inquiries/export';
import { readInquirySource, toInquiries } from '../../src/state/inquiries/read';

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
