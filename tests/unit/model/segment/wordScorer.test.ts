/**
 * The word scorer: how it reads words and scores them, and that the weights
 * the worksheet ships are exactly what training on the development and
 * generalisation sets produces (run with WRITE_WORD_WEIGHTS=1 to regenerate
 * them after changing the scorer or those sets).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import committed from '../../../../src/model/segment/wordWeights.json';
import {
  defaultTrainingOptions,
  scoreWords,
  trainWordScorer,
  wordFeatures,
  type WordScorer,
} from '../../../../src/model/segment/wordScorer';

const weightsFile = new URL('../../../../src/model/segment/wordWeights.json', import.meta.url);
const trainingSets = ['development.json', 'generalisation.json'];

function readTraining() {
  return trainingSets.flatMap((file) =>
    (
      JSON.parse(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')) as {
        text: string;
        label: string;
      }[]
    ).map((inquiry) => ({ text: inquiry.text, loaded: inquiry.label === 'loaded' })),
  );
}

describe('wordFeatures', () => {
  // prettier-ignore
  it.each([
    ['Still waiting for', ['still', 'still wait', 'wait', 'wait for']],
    ['Still waiting, still WAITED for the plumber',
      ['still', 'still wait', 'wait', 'wait still', 'wait for', 'for the', 'the plumber', 'plumber']],
  ])('reads "%s" as stemmed words, the commonest only inside pairs, and each pair, once each', (text, keys) => {
    expect(wordFeatures(text).map((f) => f.key)).toEqual(keys);
  });

  it('keeps the words as written, to show them', () => {
    expect(wordFeatures('I’m FURIOUS').map((f) => f.written)).toEqual([
      'I’m',
      'I’m FURIOUS',
      'FURIOUS',
    ]);
  });
});

describe('scoreWords', () => {
  const scorer: WordScorer = {
    bias: -1,
    threshold: 0.5,
    weights: { still: 1.5, wait: 1, late: -2 },
  };

  it('adds the weights of the words present to the bias and shows the heaviest positive ones', () => {
    // -1 + 1.5 + 1 = 1.5 log-odds; 1 / (1 + e^-1.5) = 0.8176
    const { probability, words } = scoreWords(scorer, 'Still waiting');
    expect(probability).toBeCloseTo(0.8176, 4);
    expect(words).toEqual(['Still', 'waiting']);
  });

  it('shows words of substance before the ones that only hold a sentence together', () => {
    const weighted: WordScorer = {
      bias: 0,
      threshold: 0.5,
      weights: { i: 2, was: 1.5, nobody: 0.5 },
    };
    expect(scoreWords(weighted, 'I was told nobody').words).toEqual(['nobody']);
    expect(scoreWords(weighted, 'I was').words).toEqual(['I', 'was']);
  });

  it('shows no words when the probability is at or under the threshold', () => {
    // -1 + 1.5 - 2 = -1.5 log-odds; 1 / (1 + e^1.5) = 0.1824
    const { probability, words } = scoreWords(scorer, 'Still late');
    expect(probability).toBeCloseTo(0.1824, 4);
    expect(words).toEqual([]);
  });
});

describe('the committed word weights', () => {
  const trained = trainWordScorer(readTraining());
  if (process.env.WRITE_WORD_WEIGHTS)
    writeFileSync(weightsFile, `${JSON.stringify(trained, null, 2)}\n`);

  it('are what training on the development and generalisation sets produces', () => {
    expect(JSON.parse(readFileSync(weightsFile, 'utf8'))).toEqual(trained);
  });

  it.each([
    ['nobody', 'loaded'],
    ['explained', 'loaded'],
    ['since', 'loaded'],
    ['could you', 'routine'],
    ['book', 'routine'],
    ['thank', 'routine'],
  ])('weigh "%s" towards %s, as the worksheet’s legend says', (words, towards) => {
    const [feature] = wordFeatures(words).filter(
      (f) => f.key.includes(' ') === words.includes(' '),
    );
    const weight = (committed.weights as Record<string, number>)[feature.key];
    expect(towards === 'loaded' ? weight : -weight).toBeGreaterThan(0);
  });

  it('never flag an inquiry with no word they know', () => {
    expect(scoreWords(committed, 'Zzz qqq').words).toEqual([]);
    expect(1 / (1 + Math.exp(-committed.bias))).toBeLessThan(committed.threshold);
  });

  it('flag at most the chosen share of routine inquiries they were trained on', () => {
    const routine = readTraining().filter((inquiry) => !inquiry.loaded);
    const flagged = routine.filter(
      (inquiry) => scoreWords(committed, inquiry.text).words.length > 0,
    );
    // The threshold was set on inquiries each fold's model had not seen, so on the ones it learned from it flags fewer.
    expect(flagged.length / routine.length).toBeLessThanOrEqual(
      defaultTrainingOptions.falseAlarmShare,
    );
  });
});
