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
  leaving,
  leavingSilencer,
  mildSigns,
  mildWorry,
  mildWorrySilencer,
  repeatContact,
  repeatContactSilencer,
  strongNegative,
  strongNegativeSilencer,
  worry,
} from './signalLexicon';
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

/** A signal that fired on an inquiry, with the words that made it fire, as written. */
export interface SignalMatch {
  id: SignalId;
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
  String.raw`\b(?<!\b(?:no|not|nothing|without|any|never)\s)(?:late|delay(?:s|ed)?|broken|broke|damaged?|faulty|wrong|mistakes?|errors?|botched|shoddy|poor|failed|failure|problems?|issues|leak(?:s|ing|ed)?|missed|ruined|messed up|complaint|unacceptable)\b`,
  String.raw`\b(?:never (?:arrived|came|turned up|showed)|didn${A}t (?:turn up|show|work|arrive|fix|happen)|not (?:fixed|working|done|finished|completed)|still (?:broken|leaking))\b`,
]);
const moneyDisputed = phrases([
  String.raw`\bwithhold(?:ing)? (?:payment|the balance|the final|the rest)\b|\bcharged\b[^.]{0,40}\beven though\b|\b(?:not going to|refuse to|am not) pay(?:ing)? for\b|\bpaid for (?:a|the|an) \w+ (?:I|we) (?:haven${A}t|have not|never|didn${A}t) (?:received|had|got)\b`,
  String.raw`\b(?:overcharged|charged (?:me |us )?twice|double[- ]charged|charge ?back|refuse to pay|won${A}t (?:be )?pay(?:ing)?|not paying|disput(?:e|ing) (?:the|this|your|my) (?:charge|invoice|bill|fee))\b`,
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

const findStrongWorry = phraseRule(worry);
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
  { id: 'worry', name: 'Worry, fear or stress', find: findWorry },
  { id: 'moneyAfterProblem', name: 'Money disputed after a problem', find: findMoneyAfterProblem },
  { id: 'hardship', name: 'Bereavement, illness or hardship', find: findHardship },
  {
    id: 'leaving',
    name: 'Threats to leave or escalate',
    find: phraseRule(leaving, leavingSilencer),
  },
  { id: 'shouting', name: 'Shouting', find: findShouting },
  { id: 'mildSigns', name: 'Milder signs together', find: findMildSigns },
];

/** What each rule looks for and steps around, for the page's legend only (so no island ships it). */
function describeRules(): readonly SignalRule[] {
  const descriptions: Record<SignalId, string> = {
    repeatContact:
      'The client has been in touch before about this: "third time", "again", "still waiting", "asked three times", "every time I call", "my last email". Courtesies such as "thanks again", a second booking, a friendly "no rush" chase and their own "I forgot to attach it" do not count.',
    delay:
      'Something came late or not at all, or a promise was broken: "late", "delayed", "no one called back", "didn\'t turn up", "since you said", "I was promised", "no heating for nine days". Their own lateness ("I\'ll be ten minutes late"), "late afternoon", "sorry for the slow reply" and "no rush" do not count.',
    ignored:
      'The client feels unheard: "feel ignored", "nobody is listening", "heard nothing", "haven\'t heard anything", "fobbed off", "another automated reply", "told something different each time".',
    complaint:
      'A complaint, however politely put: "formal complaint", "I wish to complain", "unhappy", "disappointed", "expected better", "treated unfairly", "speak to a manager". Asking where the complaints procedure is published, or for an audit, does not count.',
    strongNegative:
      'Words of anger or distress: "furious", "disgusted", "unacceptable", "appalling", "fed up", "let down". Negated uses ("not upset") and figures of speech ("an awful lot", "terribly sorry") do not count.',
    worry:
      'Worry said plainly: "quite worried", "getting anxious", "frightened", "can\'t sleep", "caused us stress", "at a loss", "I\'ve had enough", "a difficult few months". "Don\'t worry" and "I\'m afraid I need to move it" do not count.',
    moneyAfterProblem: `A refund, money back or compensation asked for within ${MONEY_PROBLEM_NEAR_WORDS} words of a problem (late, broken, wrong, missed), or money disputed outright ("overcharged", "charged twice"). A refund after a job that went well does not count.`,
    hardship:
      'A death, serious illness or money trouble in the client\'s life: "passed away", "funeral", "diagnosed", "made redundant", "can\'t afford", "money is tight". A lighter illness counts unless it is only the reason to move a date ("I have the flu, can we rearrange?"); a "redundant server" or a boiler that "died" does not count.',
    leaving:
      'The relationship itself is at stake, or the client will take it outside the firm: "cancel my contract", "will not be continuing", "take my business elsewhere", "speak to my solicitor", "ombudsman", "trading standards", "small claims", "leave a bad review". Cancelling a meeting, ending a plan because of a move abroad, or asking whether the firm belongs to an ombudsman scheme does not count.',
    shouting: `${SHOUTING_RUN_WORDS} or more upper-case words in a row (acronyms such as VAT or HMRC aside), a single word stressed in capitals ("could you PLEASE tell me", "STILL waiting"), or exclamation marks doubled up ("!!", "?!") except in delight ("amazing!!").`,
    mildSigns: `Signs too common to count alone, of at least ${MILD_SIGN_KINDS_NEEDED} different kinds in one inquiry: a promise ("you said", "we were told"), time passing ("a fortnight ago", "we are now in May"), long custom ("a client for years"), a fault not put right ("still not fixed", "no explanation") and something at stake ("wedding", "payroll", "a 2-week-old baby").`,
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
