import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyInquiry,
  confirmMark,
  flipMark,
  measuredFields,
  measuredRange,
  measureTriageQuality,
  summariseCounts,
  summariseReview,
  tabulateTopics,
  weightOf,
  wilsonInterval,
  type ClassifiedInquiry,
  type Inquiry,
  type Marks,
} from '../../../../src/model/segment';
import { scoreWords } from '../../../../src/model/segment/wordScorer';
import wordWeights from '../../../../src/model/segment/wordWeights.json' with { type: 'json' };

function inquiry(text: string, topic = '', firstMessage = ''): Inquiry {
  return { text, topic, date: '', firstMessage };
}

/**
 * Eight reviewed rows and two unreviewed, built so every cell of the
 * confusion table is known:
 *   owner loaded:  rows 0, 1 flagged (caught), row 2 quiet (missed)
 *   owner routine: row 3 flagged (false alarm), rows 4-7 quiet (passed to AI)
 *   unreviewed:    row 8 flagged, row 9 quiet
 */
const EIGHT_REVIEWED: ClassifiedInquiry[] = [
  inquiry('Third time asking about the refund for the late job.', 'Refund'),
  inquiry('No one called back and I am furious.', 'Booking'),
  inquiry('The whole thing has left a sour taste.', 'Refund'),
  // Still flagged by "cancel my direct debit"; a move of house would read as a neutral reason.
  inquiry('Please cancel my direct debit, I pay by card now.', 'Account'),
  inquiry('Could I have a refund of the unused hours? All went well.', 'Refund'),
  inquiry('Can you come on Tuesday?', 'Booking'),
  inquiry('Please send the March invoice.', 'Invoice'),
  inquiry('Is parking available near the office?', 'booking '),
  inquiry('The engineer never turned up.', 'Booking'),
  inquiry('What are your opening hours?', ''),
].map(classifyInquiry);
// prettier-ignore
const EIGHT_REVIEWED_MARKS: Marks = [
  'loaded', 'loaded', 'loaded', 'routine', 'routine', 'routine', 'routine', 'routine', null, null,
];

describe(classifyInquiry, () => {
  it('suggests loaded when any signal fires, routine otherwise', () => {
    // prettier-ignore
    expect(EIGHT_REVIEWED.map((row) => row.suggested)).toEqual([
      'loaded', 'loaded', 'routine', 'loaded', 'routine', 'routine', 'routine', 'routine', 'loaded', 'routine',
    ]);
  });

  it('lets the word scorer speak only where no rule has', () => {
    const formal = 'I am writing to make a formal complaint about the way my mother was spoken to.';
    const dread =
      "I've had buckets down in the hall for the past fortnight and I'm starting to dread coming home.";
    // The scorer alone would find both loaded; a rule already says why for the first.
    expect(scoreWords(wordWeights, formal).words.length).toBeGreaterThan(0);
    expect(scoreWords(wordWeights, dread).words.length).toBeGreaterThan(0);
    expect(classifyInquiry(inquiry(formal)).signals.map((signal) => signal.id)).toEqual([
      'complaint',
    ]);
    expect(classifyInquiry(inquiry(dread)).signals.map((signal) => signal.id)).toEqual([
      'wordScore',
    ]);
  });

  it('reads the first message when there is one, as triage would', () => {
    const row = classifyInquiry(
      inquiry('Thread: ... I am furious now.', '', 'Can you book a visit?'),
    );
    expect(row.suggested).toBe('routine');
  });

  it('does not change the inquiry it reads', () => {
    const source = Object.freeze(inquiry('Still waiting.'));
    const row = classifyInquiry(source);
    expect(row).not.toBe(source);
    expect(source).toEqual(inquiry('Still waiting.'));
  });
});

describe('marks', () => {
  const rows = [{ suggested: 'routine' as const }, { suggested: 'loaded' as const }];

  it('counts an unreviewed row at its suggestion', () => {
    expect(weightOf(rows[0], null)).toBe('routine');
    expect(weightOf(rows[0], 'loaded')).toBe('loaded');
  });

  it('flips from the weight a row counts as now, and back', () => {
    const once = flipMark([null, null], rows, 1);
    expect(once).toEqual([null, 'routine']);
    expect(flipMark(once, rows, 1)).toEqual([null, 'loaded']);
  });

  it('confirms the weight a row counts as now', () => {
    expect(confirmMark([null, null], rows, 0)).toEqual(['routine', null]);
    expect(confirmMark(['loaded', null], rows, 0)).toEqual(['loaded', null]);
  });

  it('returns new marks and leaves the old ones alone', () => {
    const before = Object.freeze([null, null]) as Marks;
    flipMark(before, rows, 0);
    confirmMark(before, rows, 1);
    expect(before).toEqual([null, null]);
  });
});

describe(measureTriageQuality, () => {
  it('scores the signals against reviewed rows only', () => {
    // caught 2, missed 1 -> recall 2/3; false alarms 1, passed 4 -> false-alarm rate 1/5
    expect(measureTriageQuality(EIGHT_REVIEWED, EIGHT_REVIEWED_MARKS)).toMatchObject({
      reviewed: 8,
      caught: 2,
      missed: 1,
      falseAlarms: 1,
      passedToAi: 4,
      recall: 2 / 3,
      falseAlarmRate: 1 / 5,
    });
  });

  it('has no recall until the owner marks something loaded', () => {
    const quality = measureTriageQuality(EIGHT_REVIEWED, [null, null, null, 'routine']);
    expect(quality.recall).toBeNull();
    expect(quality.recallInterval).toBeNull();
    expect(quality.falseAlarmRate).toBe(1);
  });
});

describe(tabulateTopics, () => {
  it('splits each topic by weight and flags topics in both buckets', () => {
    // Booking: rows 1 (loaded), 5, 7 (" booking " trimmed, any case), 8 (unreviewed, suggested loaded)
    // Refund: rows 0, 2 loaded; row 4 routine. Account, Invoice, no topic (always last): one routine each.
    expect(tabulateTopics(EIGHT_REVIEWED, EIGHT_REVIEWED_MARKS)).toEqual([
      { topic: 'Booking', routine: 2, loaded: 2, inBoth: true },
      { topic: 'Refund', routine: 1, loaded: 2, inBoth: true },
      { topic: 'Account', routine: 1, loaded: 0, inBoth: false },
      { topic: 'Invoice', routine: 1, loaded: 0, inBoth: false },
      { topic: '', routine: 1, loaded: 0, inBoth: false },
    ]);
  });
});

describe(summariseReview, () => {
  it('counts unreviewed rows at their suggestion in the loaded share', () => {
    // Loaded: rows 0, 1, 2 by mark and row 8 by suggestion = 4 of 10.
    const summary = summariseReview(EIGHT_REVIEWED, EIGHT_REVIEWED_MARKS);
    expect(summary).toMatchObject({
      sampleSize: 10,
      loadedCount: 4,
      loadedShare: 0.4,
      reviewedCount: 8,
    });
  });

  it('moves the loaded share when the owner flips a row', () => {
    const flipped = flipMark(EIGHT_REVIEWED_MARKS, EIGHT_REVIEWED, 9);
    expect(summariseReview(EIGHT_REVIEWED, flipped).loadedShare).toBe(0.5);
  });

  it('summarises an empty list without failing', () => {
    const summary = summariseReview([], []);
    expect(summary.loadedShare).toBeNull();
    expect(summary.interval).toBeNull();
    expect(summary.topics).toEqual([]);
  });
});

describe(measuredFields, () => {
  it('hands each measured share over as its Wilson interval around the measured value', () => {
    // loaded 4/10: Wilson [0.16818, 0.68733] -> 0.1681 ~ 0.4 ~ 0.6874 (ends rounded outwards);
    // recall 2/3: [0.20766, 0.93851] -> 0.2076 ~ 0.6667 ~ 0.9386;
    // false alarms 1/5: [0.03622, 0.62447] -> 0.0362 ~ 0.2 ~ 0.6245.
    expect(measuredFields(summariseReview(EIGHT_REVIEWED, EIGHT_REVIEWED_MARKS))).toEqual({
      loadedShare: { low: 0.1681, likely: 0.4, high: 0.6874, sampleSize: 10 },
      routerRecall: { low: 0.2076, likely: 0.6667, high: 0.9386, sampleSize: 3 },
      routerFalseAlarmRate: { low: 0.0362, likely: 0.2, high: 0.6245, sampleSize: 5 },
    });
  });

  it('sets only the loaded share from a tally', () => {
    // 1/3: Wilson [0.06149, 0.79234]
    expect(measuredFields(summariseCounts(1, 3))).toEqual({
      loadedShare: { low: 0.0614, likely: 0.3333, high: 0.7924, sampleSize: 3 },
    });
  });

  it('sets nothing from an empty tally', () => {
    expect(measuredFields(summariseCounts(0, 0))).toEqual({});
  });

  it('leaves a triage rate out when no reviewed row is of its class', () => {
    const rows = [classifyInquiry(inquiry('Can I move my booking to Tuesday?'))];
    const fields = measuredFields(summariseReview(rows, ['routine']));
    expect(fields.routerRecall).toBeUndefined();
    expect(fields.routerFalseAlarmRate?.sampleSize).toBe(1);
  });
});

describe(measuredRange, () => {
  it.each([
    // 7 of 7: at p = 1 the half-width is (z²/2n)/(1 + z²/n), so low = n/(n + z²) = 7/10.8415 = 0.64567
    { count: 7, trials: 7, low: 0.6456, likely: 1, high: 1 },
    // 0 of 7: the mirror image, high = z²/(7 + z²) = 3.8415/10.8415 = 0.35433
    { count: 0, trials: 7, low: 0, likely: 0, high: 0.3544 },
  ])(
    'never hands over a bare $likely from $trials rows: $low ~ $likely ~ $high',
    ({ count, trials, low, likely, high }) => {
      expect(measuredRange(count, trials)).toEqual({ low, likely, high, sampleSize: trials });
    },
  );

  it('keeps low ≤ likely ≤ high and never narrows the interval (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials))),
        ([count, trials]) => {
          const range = measuredRange(count, trials)!;
          const interval = wilsonInterval(count, trials)!;
          expect(range.low).toBeLessThanOrEqual(range.likely);
          expect(range.likely).toBeLessThanOrEqual(range.high);
          expect(range.low).toBeLessThanOrEqual(interval.low + 1e-12);
          expect(range.high).toBeGreaterThanOrEqual(interval.high - 1e-12);
          expect(range.low).toBeGreaterThanOrEqual(0);
          expect(range.high).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
