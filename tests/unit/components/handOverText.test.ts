import { describe, expect, it } from 'vitest';
import {
  goesAcross,
  measuringFor,
  smallSamples,
} from '../../../src/components/segment/handOverText';
import { measuredRange } from '../../../src/model/segment';
import { glanceAt } from '../../../src/state/scenarioQuery';

// 8 of 24 loaded: Wilson [0.17972, 0.53294] -> 0.1797 ~ 0.3333 ~ 0.533
const share = measuredRange(8, 24)!;
// 7 of 7 caught: low = 7/(7 + z²) = 0.64567 -> 0.6456 ~ 1 ~ 1
const recall = measuredRange(7, 7)!;

describe(measuringFor, () => {
  it('names the key inputs of the scenario in plain words', () => {
    expect(measuringFor(glanceAt('inquiriesPerMonth=1200&lostClientValue=3000'))).toBe(
      '1,200 inquiries a month, £3,000 a lost client, a loaded share you put at 33%',
    );
  });

  it('leads with the name, and counts the other inputs set', () => {
    expect(measuringFor(glanceAt('name=Q3%20plan&routerRecall=0.8&aiSetupCost=100'))).toBe(
      '“Q3 plan”: 400 inquiries a month, £6,000 a lost client, a loaded share you put at 33%, and 2 other inputs you set',
    );
  });
});

describe(goesAcross, () => {
  it('says what goes across as likely value and range, and what stays', () => {
    expect(goesAcross({ loadedShare: share, routerRecall: recall })).toBe(
      'Goes across: loaded share 33.3% (likely) with 18% to 53.3% as the range; ' +
        'triage catch rate 100% (likely) with 64.6% to 100% as the range. ' +
        'The false-alarm rate stays as you had it (no row you reviewed is marked routine); ' +
        'everything else stays as you had it.',
    );
  });

  it('says a tally leaves both triage rates as they were', () => {
    expect(goesAcross({ loadedShare: share }, true)).toMatch(
      /triage catch rate stays as you had it \(counts alone do not measure it\); the false-alarm rate stays/,
    );
  });
});

describe(smallSamples, () => {
  it.each([
    { sampleSize: 29, small: true },
    { sampleSize: 30, small: false },
  ])('calls $sampleSize rows in a class small: $small', ({ sampleSize, small }) => {
    const range = measuredRange(sampleSize, sampleSize)!;
    expect(smallSamples({ routerRecall: range }).length).toBe(small ? 1 : 0);
  });

  it('says how many rows and how wide the range is', () => {
    expect(smallSamples({ loadedShare: share, routerRecall: recall })).toEqual([
      'The loaded share rests on 24 inquiries: a small sample, so its range is wide (18% to 53.3%).',
      'The triage catch rate rests on 7 reviewed rows you marked loaded: a small sample, so its range is wide (64.6% to 100%).',
    ]);
  });
});
