/**
 * The suggestion the signals make for one inquiry. Kept apart from the
 * owner's review (review.ts): only the worksheet's workers load the word
 * rules and the word weights (src/components/segment/classify.worker.ts).
 */
import { detectSignals, WORD_SCORE_SIGNAL, type SignalMatch } from './signals';
import type { ClassifiedInquiry, Inquiry } from './types';
import { scoreWords, type WordScorer } from './wordScorer';
import wordWeights from './wordWeights.json' with { type: 'json' };

const wordScorer: WordScorer = wordWeights;

/**
 * Finds the signals in an inquiry and suggests its weight: loaded when any
 * rule fires, or else when the word scorer finds it likely loaded, with the
 * words that weighed most shown as its signal. The scorer is asked only when
 * no rule fires: a rule's phrase already says why, and the scorer's words
 * beside it ("the way", "month") would only blur that. Signals read the first
 * message when the source has one, because triage only ever sees first contact.
 *
 * @example
 * classifyInquiry({ text: 'Still waiting for a callback.', topic: '', date: '', firstMessage: '' }).suggested
 * // => 'loaded'
 */
export function classifyInquiry(inquiry: Inquiry): ClassifiedInquiry {
  const text = inquiry.firstMessage || inquiry.text;
  const signals: SignalMatch[] = detectSignals(text);
  if (signals.length === 0) {
    const { words } = scoreWords(wordScorer, text);
    if (words.length > 0) signals.push({ ...WORD_SCORE_SIGNAL, matched: words });
  }
  return { ...inquiry, signals, suggested: signals.length > 0 ? 'loaded' : 'routine' };
}
