/**
 * Reading a tally: the two counts an owner types instead of pasting
 * inquiries, when the sorting is already done elsewhere.
 */

/** ASCII digits only: no sign, no decimals, no exponent. */
const WHOLE_NUMBER = /^[0-9]+$/;
/** The largest count a tally takes. */
export const MAX_TALLY = 1_000_000;

/** A tally read from two typed counts: the counts, or a message for each bad one. */
export type TallyReading =
  | { ok: true; routine: number; loaded: number }
  | { ok: false; errors: Partial<Record<'routine' | 'loaded', string>> };

/**
 * Reads the counts an owner typed instead of pasting inquiries: whole numbers
 * from 0 to a million, at least one inquiry in all.
 *
 * @example
 * readTally('67', '33') // => { ok: true, routine: 67, loaded: 33 }
 * readTally('67', '3.5') // => { ok: false, errors: { loaded: 'Loaded inquiries must be a whole number, 0 or more.' } }
 */
export function readTally(routineText: string, loadedText: string): TallyReading {
  const errors: Partial<Record<'routine' | 'loaded', string>> = {};
  const counts = { routine: 0, loaded: 0 };
  for (const [key, text, label] of [
    ['routine', routineText, 'Routine inquiries'],
    ['loaded', loadedText, 'Loaded inquiries'],
  ] as const) {
    const typed = text.trim().replace(/[,\s]/g, '');
    if (typed === '') errors[key] = `Enter a count for ${label.toLowerCase()}, 0 or more.`;
    else if (!WHOLE_NUMBER.test(typed)) errors[key] = `${label} must be a whole number, 0 or more.`;
    else if (Number(typed) > MAX_TALLY) {
      errors[key] = `${label} can be at most ${MAX_TALLY.toLocaleString('en-GB')}.`;
    } else counts[key] = Number(typed);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (counts.routine + counts.loaded === 0) {
    return { ok: false, errors: { routine: 'Count at least one inquiry, routine or loaded.' } };
  }
  return { ok: true, ...counts };
}
