import { describe, expect, it } from 'vitest';
import { sampleAsInquiries, sampleInquiries } from '../../../../src/data/sampleInquiries';
import {
  classifyInquiry,
  measureTriageQuality,
  summariseReview,
} from '../../../../src/model/segment';

const rows = sampleAsInquiries().map(classifyInquiry);
const authorMarks = sampleInquiries.map((sample) =>
  sample.kind.startsWith('loaded') ? 'loaded' : 'routine',
);

describe('the sample inquiries', () => {
  it('holds 100 inquiries, 33 of them loaded in the author’s reading', () => {
    expect(sampleInquiries).toHaveLength(100);
    expect(authorMarks.filter((mark) => mark === 'loaded')).toHaveLength(33);
  });

  it.each(sampleInquiries.map((sample, index) => [index, sample.kind, sample.text] as const))(
    'row %i (%s) gets the suggestion its kind says: "%s"',
    (index, kind) => {
      const flagged = kind === 'loaded' || kind === 'routine-flagged';
      expect(rows[index].suggested).toBe(flagged ? 'loaded' : 'routine');
    },
  );

  it('gives the signals a recall of 33/33 and a false-alarm rate of 3/67 against the author’s marks', () => {
    // All 33 loaded rows fire; 3 of the 67 routine rows fire.
    // 33/33 = 1, 3/67 = 0.04478.
    const quality = measureTriageQuality(rows, authorMarks);
    expect(quality).toMatchObject({ caught: 33, missed: 0, falseAlarms: 3, passedToAi: 64 });
    expect(quality.recall).toBe(1);
    expect(quality.falseAlarmRate).toBeCloseTo(0.0448, 4);
  });

  it('suggests 36 loaded before any review: 33 caught plus 3 false alarms', () => {
    expect(
      summariseReview(
        rows,
        rows.map(() => null),
      ).loadedCount,
    ).toBe(36);
  });

  it('has topics that fall in both buckets, and one in each bucket alone', () => {
    const topics = summariseReview(rows, authorMarks).topics;
    const both = topics
      .filter((topic) => topic.inBoth)
      .map((topic) => topic.topic)
      .sort();
    expect(both).toEqual(['Account', 'Booking', 'Invoice', 'Maintenance plan', 'Refund', 'Repair']);
    expect(topics.find((topic) => topic.topic === 'Complaint')).toMatchObject({
      routine: 0,
      loaded: 5,
    });
    expect(topics.find((topic) => topic.topic === 'Quote')).toMatchObject({ loaded: 0 });
  });
});
