/**
 * The suggestion the signals make for one inquiry. Kept apart from the
 * owner's review (review.ts) so the page loads the word rules only when there
 * are inquiries to classify.
 */
import { detectSignals } from './signals';
import type { ClassifiedInquiry, Inquiry } from './types';

/**
 * Finds the signals in an inquiry and suggests its weight: loaded when any
 * signal fires. Signals read the first message when the source has one,
 * because triage only ever sees first contact.
 *
 * @example
 * classifyInquiry({ text: 'Still waiting for a callback.', topic: '', date: '', firstMessage: '' }).suggested
 * // => 'loaded'
 */
export function classifyInquiry(inquiry: Inquiry): ClassifiedInquiry {
  const signals = detectSignals(inquiry.firstMessage || inquiry.text);
  return { ...inquiry, signals, suggested: signals.length > 0 ? 'loaded' : 'routine' };
}
