/**
 * A word scorer that joins the signals: a logistic regression over the words
 * and word pairs of an inquiry, learned from the labelled inquiries, that
 * suggests loaded where the phrase rules stay quiet.
 *
 * Simplification: it reads which words are present, not their order beyond
 * pairs, nor their meaning. Its vocabulary is small and every weight is in
 * wordWeights.json, so each suggestion it makes can name the words that
 * weighed most. The weights are learned by `trainWordScorer`, never edited by
 * hand; a unit test checks the committed file against a fresh training run.
 */

/** A learned scorer: one weight per word or word pair, an offset and the cut-off. */
export interface WordScorer {
  /** Log-odds of loaded before any word is read. */
  bias: number;
  /** Probability above which the scorer suggests loaded. */
  threshold: number;
  /** Log-odds each word ("late") or word pair ("still waiting") adds when present. */
  weights: Readonly<Record<string, number>>;
}

/** A labelled inquiry to learn from. */
export interface TrainingInquiry {
  text: string;
  loaded: boolean;
}

/** How the scorer is learned; the defaults are what the committed weights use. */
export interface TrainingOptions {
  /** A word or pair is kept only when at least this many inquiries hold it. */
  minInquiries: number;
  /** The vocabulary is cut to this many words and pairs, the heaviest weights first. */
  vocabularySize: number;
  /** L2 penalty on the weights: higher keeps them smaller and the scorer more cautious. */
  penalty: number;
  /** Passes of gradient descent over the whole set. */
  passes: number;
  /** Step size of gradient descent. */
  learningRate: number;
  /** Folds used to choose the threshold on inquiries each fold's model did not see. */
  folds: number;
  /**
   * The threshold keeps at most this share of routine inquiries flagged across
   * the folds: two in a hundred, because the rules already flag some routine
   * inquiries of their own and together they must stay under one in ten.
   */
  falseAlarmShare: number;
}

/** The options the committed weights were trained with, chosen by cross-validation on the training sets. */
export const defaultTrainingOptions: TrainingOptions = {
  minInquiries: 3,
  vocabularySize: 300,
  penalty: 0.003,
  passes: 300,
  learningRate: 0.5,
  folds: 5,
  falseAlarmShare: 0.02,
};

/** Words too common to carry weight either way. */
// prettier-ignore
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'at', 'by', 'with', 'is', 'are',
  'be', 'it', 'that', 'as', 'from',
]);

/**
 * Words that hold a sentence together. They weigh (a grievance is often told
 * in the first person and the past tense: "I was", "been") but alone or
 * paired with each other they make a poor reason to show.
 */
// prettier-ignore
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'if', 'of', 'to', 'in', 'on', 'for', 'at', 'by',
  'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'it', 'this', 'that',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'his',
  'her', 'have', 'has', 'had', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'i\'m',
  'i\'ve', 'it\'s', 'there', 'what', 'about', 'just', 'please', 'hi', 'thank', 'thanks',
]);

/** A light stem, so "waited", "waiting" and "waits" count as one word. */
function stem(word: string): string {
  if (FUNCTION_WORDS.has(word)) return word;
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (bare.length > 5 && bare.endsWith('ing')) return bare.slice(0, -3);
  if (bare.length > 4 && bare.endsWith('ed')) return bare.slice(0, -2);
  if (bare.length > 3 && bare.endsWith('s') && !/[su]/.test(bare[bare.length - 2])) {
    return bare.slice(0, -1);
  }
  return bare;
}

const WORD = /[\p{L}\p{N}'’]+/gu;

interface Feature {
  key: string;
  /** The words as written, to show why the scorer fired. */
  written: string;
}

/**
 * The stemmed words and neighbouring pairs in a text, each once, with their
 * spelling as written; the commonest words count only inside pairs.
 *
 * @example
 * wordFeatures('Still waiting for').map((feature) => feature.key)
 * // => ['still', 'still wait', 'wait', 'wait for']
 */
export function wordFeatures(text: string): Feature[] {
  const written: string[] = [];
  const keys: string[] = [];
  // An exec loop and a plain lower-casing: matchAll and a replace per word made this
  // the slowest step in reading 10,000 inquiries.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const lower = match[0].toLowerCase();
    written.push(match[0]);
    keys.push(stem(lower.includes('’') ? lower.replaceAll('’', "'") : lower));
  }
  const features = new Map<string, string>();
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index];
    if (!STOP_WORDS.has(key) && !features.has(key)) features.set(key, written[index]);
    if (index + 1 < keys.length) {
      const pair = `${key} ${keys[index + 1]}`;
      if (!features.has(pair)) features.set(pair, `${written[index]} ${written[index + 1]}`);
    }
  }
  return Array.from(features, ([key, written]) => ({ key, written }));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function logOdds(scorer: Omit<WordScorer, 'threshold'>, keys: readonly string[]): number {
  let z = scorer.bias;
  for (const key of keys) z += scorer.weights[key] ?? 0;
  return z;
}

/** Gradient descent on the penalised log-loss, from zero: the same inputs give the same weights. */
function fitWeights(
  inquiries: readonly { keys: string[]; loaded: boolean }[],
  vocabulary: readonly string[],
  options: TrainingOptions,
): Omit<WordScorer, 'threshold'> {
  const index = new Map(vocabulary.map((key, i) => [key, i]));
  const rows = inquiries.map((inquiry) => ({
    columns: inquiry.keys.flatMap((key) => (index.has(key) ? [index.get(key)!] : [])),
    target: inquiry.loaded ? 1 : 0,
  }));
  const weights = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let pass = 0; pass < options.passes; pass += 1) {
    const gradient = new Float64Array(vocabulary.length);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (const column of row.columns) z += weights[column];
      const error = sigmoid(z) - row.target;
      biasGradient += error;
      for (const column of row.columns) gradient[column] += error;
    }
    const step = options.learningRate / rows.length;
    bias -= step * biasGradient;
    for (let i = 0; i < weights.length; i += 1) {
      weights[i] -= step * gradient[i] + options.learningRate * options.penalty * weights[i];
    }
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    bias: round(bias),
    weights: Object.fromEntries(vocabulary.map((key, i) => [key, round(weights[i])])),
  };
}

function fitPruned(
  inquiries: readonly { keys: string[]; loaded: boolean }[],
  options: TrainingOptions,
): Omit<WordScorer, 'threshold'> {
  const counts = new Map<string, number>();
  for (const inquiry of inquiries) {
    for (const key of inquiry.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const common = [...counts.keys()]
    .filter((key) => counts.get(key)! >= options.minInquiries)
    .sort();
  const full = fitWeights(inquiries, common, options);
  const heaviest = [...common]
    .sort((a, b) => Math.abs(full.weights[b]) - Math.abs(full.weights[a]) || (a < b ? -1 : 1))
    .slice(0, options.vocabularySize)
    .sort();
  return fitWeights(inquiries, heaviest, options);
}

/**
 * Learns a scorer from labelled inquiries: weights by logistic regression
 * over the kept vocabulary, and the threshold from k-fold cross-validation so
 * that at most `falseAlarmShare` of routine inquiries are flagged by models
 * that did not see them.
 */
export function trainWordScorer(
  training: readonly TrainingInquiry[],
  options: TrainingOptions = defaultTrainingOptions,
): WordScorer {
  const inquiries = training.map((inquiry) => ({
    keys: wordFeatures(inquiry.text).map((feature) => feature.key),
    loaded: inquiry.loaded,
  }));
  const routineProbabilities: number[] = [];
  for (let fold = 0; fold < options.folds; fold += 1) {
    const inFold = (i: number) => i % options.folds === fold;
    const model = fitPruned(
      inquiries.filter((_, i) => !inFold(i)),
      options,
    );
    inquiries.forEach((inquiry, i) => {
      if (inFold(i) && !inquiry.loaded)
        routineProbabilities.push(sigmoid(logOdds(model, inquiry.keys)));
    });
  }
  routineProbabilities.sort((a, b) => b - a);
  const allowed = Math.floor(options.falseAlarmShare * routineProbabilities.length);
  const threshold = Math.round(routineProbabilities[allowed] * 1000) / 1000;
  return { ...fitPruned(inquiries, options), threshold };
}

/**
 * A scorer's weights as a Map, built once per scorer: looking up 10,000
 * inquiries' words in the plain object took twice as long as reading them.
 */
const weightMaps = new WeakMap<WordScorer, ReadonlyMap<string, number>>();
function weightsOf(scorer: WordScorer): ReadonlyMap<string, number> {
  let weights = weightMaps.get(scorer);
  if (!weights) {
    weights = new Map(Object.entries(scorer.weights));
    weightMaps.set(scorer, weights);
  }
  return weights;
}

/** At most this many words or pairs are shown as the reason the scorer fired. */
export const SHOWN_WORDS = 3;

const onlyFunctionWords = (key: string) => key.split(' ').every((word) => FUNCTION_WORDS.has(word));

/**
 * The probability the scorer gives that an inquiry is loaded, and when it is
 * above the threshold the words that pushed it there most, as written,
 * heaviest first: words of substance ("nobody", "still waiting") before the
 * ones that only hold a sentence together ("I was"), which are shown only
 * when nothing else weighed.
 *
 * @example
 * scoreWords({ bias: -1, threshold: 0.5, weights: { still: 1.5, wait: 1 } }, 'Still waiting')
 * // => { probability: 0.818 (1 / (1 + e^-1.5)), words: ['Still', 'waiting'] }
 */
export function scoreWords(
  scorer: WordScorer,
  text: string,
): { probability: number; words: string[] } {
  const features = wordFeatures(text);
  const weights = weightsOf(scorer);
  let z = scorer.bias;
  for (const feature of features) z += weights.get(feature.key) ?? 0;
  const probability = sigmoid(z);
  if (probability <= scorer.threshold) return { probability, words: [] };
  const pushing = features
    .filter((feature) => (weights.get(feature.key) ?? 0) > 0)
    .sort((a, b) => weights.get(b.key)! - weights.get(a.key)!);
  const telling = pushing.filter((feature) => !onlyFunctionWords(feature.key));
  const words = (telling.length > 0 ? telling : pushing)
    .slice(0, SHOWN_WORDS)
    .map((feature) => feature.written);
  return { probability, words };
}
