/**
 * The matching machinery behind the first-contact signals: phrase patterns,
 * every match of one, the sentence a match stands in, and the neutral
 * contexts that silence a rule there ("sorry for the delay in replying",
 * "ill, so could we move Tuesday").
 *
 * Simplification: a sentence ends at . ! ? or a line break; a silencing
 * context reaches only across its own sentence.
 */

/** An apostrophe, straight or curly, or none as in texting ("dont", "cant"). */
export const A = "['’]?";

/** Negations that cancel the word after them ("not late", "wasn't delayed", "don't worry"). */
export const NEGATED = String.raw`(?<!\b(?:not|never|no|isn${A}t|wasn${A}t|aren${A}t|weren${A}t|don${A}t|didn${A}t|hardly|won${A}t be|nothing to)\s)`;

/** At most this many matched phrases are kept per signal: enough to explain it. */
const MAX_MATCHES_SHOWN = 4;

/** One pattern for a rule's phrases. ASCII word rules, so no `u` flag: it slows matching threefold. */
export function phrases(parts: readonly string[]): RegExp {
  return new RegExp(parts.join('|'), 'gi');
}

/**
 * Every match of a global pattern. An exec loop, not `matchAll`: matchAll
 * copies the pattern on each call, which made 10,000 inquiries take seconds.
 */
export function allMatches(pattern: RegExp, text: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ text: match[0], index: match.index });
    if (match[0] === '') pattern.lastIndex += 1;
  }
  return found;
}

/** Distinct phrases, first spelling kept, case-insensitive, at most MAX_MATCHES_SHOWN. */
export function distinct(found: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const phrase of found) {
    const key = phrase.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(phrase);
    if (kept.length === MAX_MATCHES_SHOWN) break;
  }
  return kept;
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;

/** The sentences of a text, as written; a text without stops is one sentence. */
export function sentencesOf(text: string): string[] {
  return allMatches(SENTENCE, text).map((sentence) => sentence.text);
}

/**
 * A finder for a rule: its phrases, except in sentences where `silencedBy`
 * finds a neutral context.
 *
 * @example
 * phraseRule(phrases(['\\blate\\b']), phrases(["I'll be"]))("I'll be late. The parts were late.")
 * // => ['late']  (from the second sentence only)
 */
export function phraseRule(pattern: RegExp, silencedBy?: RegExp): (text: string) => string[] {
  return (text) => {
    const anywhere = allMatches(pattern, text);
    // Most inquiries fire no rule: only read sentence by sentence when there is something to silence.
    if (!silencedBy || anywhere.length === 0) return distinct(anywhere.map((match) => match.text));
    const found: string[] = [];
    for (const sentence of sentencesOf(text)) {
      const matches = allMatches(pattern, sentence);
      if (matches.length === 0) continue;
      silencedBy.lastIndex = 0;
      if (silencedBy.test(sentence)) continue;
      for (const match of matches) found.push(match.text);
    }
    return distinct(found);
  };
}
