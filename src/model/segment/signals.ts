/**
 * First-contact signals: transparent word rules that suggest whether an
 * inquiry arrives emotionally loaded.
 *
 * Simplification: the rules read words, not meaning. Each rule looks for
 * phrases rather than single words and steps around the neutral contexts that
 * share its words ("no rush at all", "cancel the meeting", "sorry for the slow
 * reply", "ill, so could we move Tuesday"); anything subtler is the owner's
 * call, which is why every suggestion shows the words behind it and can be
 * flipped. The phrases live in signalLexicon.ts.
 */
import {
  complaint,
  complaintSilencer,
  delay,
  delaySilencer,
  hardship,
  ignored,
  illness,
  illnessSilencer,
  escalation,
  leaving,
  leavingReason,
  leavingSilencer,
  mildSigns,
  repeatContact,
  repeatContactSilencer,
} from './signalLexicon';
import {
  mildWorry,
  mildWorrySilencer,
  strongNegative,
  strongNegativeSilencer,
  worry,
  worrySilencer,
} from './signalFeelings';
import { A, allMatches, distinct, phraseRule, phrases } from './signalMatching';

export const signalIds = [
  'repeatContact',
  'delay',
  'ignored',
  'complaint',
  'strongNegative',
  'worry',
  'moneyAfterProblem',
  'hardship',
  'leaving',
  'shouting',
  'mildSigns',
] as const;
export type SignalId = (typeof signalIds)[number];

/** The signal the word scorer (wordScorer.ts) gives when it finds an inquiry loaded. */
export const WORD_SCORE_SIGNAL = {
  id: 'wordScore',
  name: 'Words often in loaded inquiries',
} as const;

/** A signal that fired on an inquiry, with the words that made it fire, as written. */
export interface SignalMatch {
  id: SignalId | typeof WORD_SCORE_SIGNAL.id;
  name: string;
  matched: readonly string[];
}

/** One rule: a plain-English name, what it looks for, and the finder itself. */
export interface SignalRule {
  id: SignalId;
  name: string;
  /** What the rule looks for and what it deliberately ignores, for the page's legend. */
  description: string;
  /** The phrases in `text` that fire the rule, as written; empty when it does not fire. */
  find(text: string): string[];
}

/** A money word counts as disputed when a problem word stands within this many words of it. */
export const MONEY_PROBLEM_NEAR_WORDS = 25;

const moneyWord = phrases([
  String.raw`\b(?:refunds?|refunded|money back|compensation|compensate|reimburse(?:d|ment)?)\b`,
]);
const problemWord = phrases([
  String.raw`\b(?<!\b(?:no|not|nothing|without|any|never)\s)(?:late|delay(?:s|ed)?|broken|broke|damaged?|faulty|wrong|mistakes?|errors?|botched|shoddy|poor|failed|failure|problems?|issues|leak(?:s|ing|ed)?|missed|ruined|messed up|complaint|unacceptable|misleading|misrepresented)\b|\b(?:nothing like|not as (?:described|advertised))\b`,
  String.raw`\b(?:never (?:arrived|came|turned up|showed)|didn${A}t (?:turn up|show|work|arrive|fix|happen)|not (?:fixed|working|done|finished|completed)|still (?:broken|leaking))\b`,
]);
const moneyDisputed = phrases([
  String.raw`\bwithhold(?:ing)? (?:payment|the balance|the final|the rest)\b|\bcharged\b[^.]{0,40}\beven though\b|\b(?:not going to|refuse to|am not) pay(?:ing)? for\b|\bpaid for (?:a|the|an) \w+ (?:I|we) (?:haven${A}t|have not|never|didn${A}t) (?:received|had|got)\b`,
  String.raw`\b(?:overcharged|charged (?:me |us )?twice|double[- ]charged|charge ?back|refuse to pay|(?:I|we)(?:${A}ve| have)? (?:been|was|were) charged (?:more|extra|another|a different)|(?:already|have|had) paid\b[^.]{0,40}\b(?:demand|reminder|chas\w+)|\b(?:demand|reminder|chased)\b[^.]{0,40}\b(?:already paid|paid in full)|(?:not|won${A}t) (?:be )?paying (?:the|this|your|any|another)\b(?! (?:\w+ )?(?:by|with|online|via)\b)|(?:want|demand|insist on) (?:my|our) money back|(?:shouldn${A}t|should not|don${A}t think (?:I|we) should) (?:have to )?(?:be )?pay(?:ing)?|won${A}t (?:be )?pay(?:ing)?|not paying|disput(?:e|ing) (?:the|this|your|my) (?:charge|invoice|bill|fee))\b`,
]);

function wordIndexAt(text: string, charIndex: number): number {
  return text.slice(0, charIndex).split(/\s+/).length;
}

/** "refund" (or money back, compensation) within a few words of a problem; or money disputed outright. */
function findMoneyAfterProblem(text: string): string[] {
  const found = allMatches(moneyDisputed, text).map((match) => match.text);
  const money = allMatches(moneyWord, text);
  if (money.length > 0) {
    const problems = allMatches(problemWord, text);
    for (const moneyMatch of money) {
      const moneyAt = wordIndexAt(text, moneyMatch.index);
      const near = problems.find(
        (problem) =>
          Math.abs(wordIndexAt(text, problem.index) - moneyAt) <= MONEY_PROBLEM_NEAR_WORDS,
      );
      if (near) found.push(moneyMatch.text, near.text);
    }
  }
  return distinct(found);
}

/** Upper-case words that are names of things, not raised voices. */
// prettier-ignore
const ACRONYMS = new Set([
  'ASAP', 'BBC', 'CEO', 'CIS', 'CSV', 'DIY', 'ETA', 'EU', 'EV', 'FYI', 'GP', 'HMRC', 'HR', 'LED',
  'LLP', 'LTD', 'MOT', 'NHS', 'PAYE', 'PDF', 'PLC', 'TBC', 'UK', 'USA', 'VAT',
]);
const WORD = /[\p{L}\p{N}'’]+/gu;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const NOT_LETTER = /[^\p{L}]/gu;
const EXCLAMATIONS = /[!?]*![!?]+|[!?]+!/g;
/** Delight, in which doubled exclamation marks are cheer, not anger. */
const CHEER = phrases([
  String.raw`\b(?:amazing|love|loved|lovely|great|brilliant|fantastic|wonderful|perfect|thanks|thank you|congrat\w*|approved|yay|excited|delighted|happy|omg)\b`,
]);
/** One word stressed in capitals ("could you PLEASE tell me"), in case, unlike the rest. */
const STRESSED =
  /\b(?:PLEASE|STILL|NEVER|AGAIN|NOT|WHY|NOW|NOBODY|NOTHING|EVER|WEEKS|MONTHS)\b(?! NOTE)/g;
/** This many upper-case words in a row, acronyms aside, read as shouting. */
export const SHOUTING_RUN_WORDS = 3;

function findShouting(text: string): string[] {
  const found: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  const closeRun = () => {
    if (runWords >= SHOUTING_RUN_WORDS) found.push(text.slice(runStart, runEnd));
    runStart = -1;
    runWords = 0;
  };
  let singleLetterAt = -1;
  // Most inquiries have no two capitals together: no need to read them word by word.
  const words = TWO_CAPITALS.test(text) ? allMatches(WORD, text) : [];
  for (const word of words) {
    const letters = word.text.replace(NOT_LETTER, '');
    const upper =
      letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    if (!upper) {
      closeRun();
      singleLetterAt = -1;
      continue;
    }
    // "I", "A": neither shouting nor quiet, but shown when a run follows ("I AM NOT HAPPY").
    if (letters.length === 1) {
      if (runStart < 0 && singleLetterAt < 0) singleLetterAt = word.index;
      continue;
    }
    if (runStart < 0) runStart = singleLetterAt >= 0 ? singleLetterAt : word.index;
    singleLetterAt = -1;
    runEnd = word.index + word.text.length;
    if (!ACRONYMS.has(letters)) runWords += 1;
  }
  closeRun();
  if (found.length === 0 && words.length > 0) {
    for (const stressed of allMatches(STRESSED, text)) found.push(stressed.text);
  }
  // Two or more exclamation marks together ("!!", "?!"); one at a time, or doubled in delight, is cheer.
  if (allMatches(CHEER, text).length === 0) {
    for (const marks of allMatches(EXCLAMATIONS, text)) found.push(marks.text);
  }
  return distinct(found);
}

const findStrongWorry = phraseRule(worry, worrySilencer);
const findMildWorry = phraseRule(mildWorry, mildWorrySilencer);

/** Worry said outright, or put mildly where it is not about a fit or a price. */
function findWorry(text: string): string[] {
  return distinct([...findStrongWorry(text), ...findMildWorry(text)]);
}

const findBereavementOrHardship = phraseRule(hardship);
const findIllness = phraseRule(illness);

/**
 * Bereavement, serious illness and money trouble always; a lighter illness
 * unless the message only moves a date ("mum is poorly. Could we try next
 * week?" spans two sentences, so the whole message is read for that).
 */
function findHardship(text: string): string[] {
  const neutral = allMatches(illnessSilencer, text).length > 0;
  return distinct([...findBereavementOrHardship(text), ...(neutral ? [] : findIllness(text))]);
}

/** The milder signs found, by kind; they fire only when two kinds meet. */
function findMildSigns(text: string): string[] {
  const kinds = Object.values(mildSigns)
    .map((pattern) => allMatches(pattern, text).map((match) => match.text))
    .filter((found) => found.length > 0);
  return kinds.length >= MILD_SIGN_KINDS_NEEDED ? distinct(kinds.flat()) : [];
}

/** Milder signs of this many different kinds must meet before they suggest a loaded inquiry. */
export const MILD_SIGN_KINDS_NEEDED = 2;

const findLeaving = phraseRule(leaving, leavingSilencer);
const findEscalation = phraseRule(escalation, leavingSilencer);

/** Ending the relationship, unless a neutral reason stands anywhere in the message; or taking it outside the firm. */
function findLeavingOrEscalation(text: string): string[] {
  const neutral = allMatches(leavingReason, text).length > 0;
  return distinct([...(neutral ? [] : findLeaving(text)), ...findEscalation(text)]);
}

/** Every rule's finder, in the order the page lists them. */
const finders: readonly Omit<SignalRule, 'description'>[] = [
  {
    id: 'repeatContact',
    name: 'Repeat contact',
    find: phraseRule(repeatContact, repeatContactSilencer),
  },
  { id: 'delay', name: 'Delays and missed callbacks', find: phraseRule(delay, delaySilencer) },
  { id: 'ignored', name: 'Feeling ignored', find: phraseRule(ignored) },
  {
    id: 'complaint',
    name: 'Complaints and dissatisfaction',
    find: phraseRule(complaint, complaintSilencer),
  },
  {
    id: 'strongNegative',
    name: 'Strong negative words',
    find: phraseRule(strongNegative, strongNegativeSilencer),
  },
  { id: 'worry', name: 'Worry, fear, hurt or despair', find: findWorry },
  { id: 'moneyAfterProblem', name: 'Money disputed after a problem', find: findMoneyAfterProblem },
  { id: 'hardship', name: 'Bereavement, illness or hardship', find: findHardship },
  {
    id: 'leaving',
    name: 'Threats to leave or escalate',
    find: findLeavingOrEscalation,
  },
  { id: 'shouting', name: 'Shouting', find: findShouting },
  { id: 'mildSigns', name: 'Milder signs together', find: findMildSigns },
];

/** What each rule looks for and steps around, for the page's legend only (so no island ships it). */
function describeRules(): readonly SignalRule[] {
  const descriptions: Record<SignalId, string> = {
    repeatContact:
      'The client has been in touch before about this, or the fault is back: "third time", "again", "still waiting", "called multiple times", "I have reported this before", "every time I call", "my last email", "the leak is back". Courtesies such as "thanks again", "book again", a second booking, "sorry to chase", a friendly "no rush" chase, "please ignore my last email" and their own "I forgot to attach it" do not count.',
    delay:
      'Something came late or not at all, or a promise was broken: "late", "delayed", "no one called back", "didn\'t turn up", "since he said", "I was promised", "I have yet to receive", "no heating for nine days", "a week without a working shower". Their own lateness ("running 5 late", "sorry for the late reply"), "late afternoon", "the late Mr Harris" and "no rush" do not count.',
    ignored:
      'The client feels unheard: "feel ignored", "I don\'t feel listened to", "nobody over there cares", "nobody will even call", "heard nothing", "left on read", "into a void", "fobbed off", "another automated reply", "told something different each time".',
    complaint:
      'A complaint, however politely put: "formal complaint", "treat this letter as a complaint", "raise a concern", "I wish to complain", "I do not usually write", "unhappy", "disappointed", "expected better", "spoken to sharply", "put this right", "I note with concern", "I don\'t trust your firm anymore", "how could this have happened", "do you even read these", "speak to a manager". Asking where the complaints procedure is published, or for an audit, does not count.',
    strongNegative:
      'Words of anger or distress: "furious", "disgusted", "unacceptable", "appalling", "fed up", "let down". Negated uses ("not upset"), figures of speech ("an awful lot", "terribly sorry", "an upset stomach"), things no firm is blamed for ("parking is a nightmare", "my handwriting is terrible") and a hedged request ("would it be terribly inconvenient") do not count.',
    worry:
      'Worry, fear, hurt or despair, read by word families rather than single spellings: "quite worried", "petrified", "heartsick", "in tears", "bummed out", "I felt rather small", "I was made to feel like a criminal", "feel like a fool", "I find it hard to believe", "can\'t sleep", "caused us stress", "out of my depth", "I give up", "what\'s the point", "a difficult few months". "Don\'t worry", "I\'m afraid I need to move it" and a state someone only may be in ("he may be anxious at his first haircut") do not count.',
    moneyAfterProblem: `A refund, money back or compensation asked for within ${MONEY_PROBLEM_NEAR_WORDS} words of a problem (late, broken, wrong, missed), or money disputed outright ("overcharged", "charged twice"). A refund after a job that went well does not count.`,
    hardship:
      'A death, serious illness or money trouble in the client\'s life: "passed away", "since losing my husband", "diagnosed", "made redundant", "can\'t afford", "things are tight", "my hours were cut", "unable to meet the fee", "mortgage arrears". A lighter illness, an operation, a funeral or a divorce counts unless it is only the reason to move a date or change details ("I have the flu, can we rearrange?", "following my divorce, please update the name"); a "redundant server", a boiler that "died" or someone who works at a hospital does not count.',
    leaving:
      'The relationship itself is at stake, or the client will take it outside the firm: "cancel my contract", "will not be continuing", "change to another company", "this will be our last year", "take my business elsewhere", "my solicitor has been copied in", "go to the police", "reporting this to the General Dental Council", "ombudsman", "raised a dispute with my card company", "write about my experience online". Cancelling a meeting, asking about a cancellation policy, ending a plan because of a move abroad (said anywhere in the message), choosing another firm\'s quote ("thanks for quoting") or asking which regulator or ombudsman scheme the firm belongs to does not count.',
    shouting: `${SHOUTING_RUN_WORDS} or more upper-case words in a row (acronyms such as VAT or HMRC aside), a single word stressed in capitals ("could you PLEASE tell me", "STILL waiting"), or exclamation marks doubled up ("!!", "?!") except in delight ("amazing!!").`,
    mildSigns: `Signs too common to count alone, of at least ${MILD_SIGN_KINDS_NEEDED} different kinds in one inquiry: a promise ("you said", "he'd be back", "we were quoted"), time passing ("a fortnight ago", "been ages", "it's now the following Friday"), long custom ("a client for years", "over the years"), a fault not put right or its cost ("still not fixed", "stopped working", "we had to throw away"), something at stake ("wedding", "payroll", "insulin", "a 2-week-old baby"), a challenge ("why does it take"), a chase ("any update", "waited in"), blunt candour ("frankly", "with respect") and what staff did ("the removal men dropped").`,
  };
  return finders.map((rule) => ({ ...rule, description: descriptions[rule.id] }));
}

/** Every rule, in the order the page lists them. */
export const signalRules: readonly SignalRule[] = /* @__PURE__ */ describeRules();

/**
 * The signals that fire on an inquiry, in the order of `signalRules`.
 *
 * @example
 * detectSignals('Third time asking: no one called back and the job is late.')
 * // => [{ id: 'repeatContact', name: 'Repeat contact', matched: ['Third time'] },
 * //     { id: 'delay', name: 'Delays and missed callbacks', matched: ['no one called back', 'late'] }]
 */
export function detectSignals(text: string): SignalMatch[] {
  const fired: SignalMatch[] = [];
  for (const rule of finders) {
    const matched = rule.find(text);
    if (matched.length > 0) fired.push({ id: rule.id, name: rule.name, matched });
  }
  return fired;
}
