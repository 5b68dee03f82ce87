/**
 * First-contact signals: transparent word rules that suggest whether an
 * inquiry arrives emotionally loaded.
 *
 * Simplification: the rules read words, not meaning. Each rule lists the
 * phrases it looks for and the near-misses it steps around ("no rush at all",
 * "cancel the meeting", "thanks again"); anything subtler is the owner's call,
 * which is why every suggestion shows the words behind it and can be flipped.
 */

export const signalIds = [
  'repeatContact',
  'delay',
  'strongNegative',
  'moneyAfterProblem',
  'hardship',
  'leaving',
  'shouting',
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

/** At most this many matched phrases are kept per signal: enough to explain it. */
const MAX_MATCHES_SHOWN = 4;

/** An apostrophe, straight or curly. */
const A = "['’]";
/** People whose death or illness a client may mention; "my late mother" is bereavement, not a delay. */
const RELATIVES =
  'husband|wife|partner|mum|mother|dad|father|son|daughter|brother|sister|gran|grandma|grandad|grandfather|grandmother|nan|aunt|uncle|friend';
/** Negations that cancel the word after them ("not late", "wasn't delayed"). */
const NEGATED = String.raw`(?<!\b(?:not|never|no|isn${A}t|wasn${A}t|aren${A}t|weren${A}t|hardly)\s)`;

/** One pattern for a rule's phrases. ASCII word rules, so no `u` flag: it slows matching threefold. */
function phrases(parts: readonly string[]): RegExp {
  return new RegExp(parts.join('|'), 'gi');
}

/**
 * Every match of a global pattern. An exec loop, not `matchAll`: matchAll
 * copies the pattern on each call, which made 10,000 inquiries take seconds.
 */
function allMatches(pattern: RegExp, text: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ text: match[0], index: match.index });
    if (match[0] === '') pattern.lastIndex += 1;
  }
  return found;
}

/** Distinct phrases, first spelling kept, case-insensitive, at most MAX_MATCHES_SHOWN. */
function distinct(found: readonly string[]): string[] {
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

function phraseRule(pattern: RegExp): (text: string) => string[] {
  return (text) => distinct(allMatches(pattern, text).map((match) => match.text));
}

const repeatContact = phrases([
  String.raw`\b(?:second|third|fourth|fifth|sixth|umpteenth|\d+(?:st|nd|rd|th)) time\b`,
  // "thanks again", "use you again", "again next year" are courtesy or routine rebooking.
  String.raw`(?<!\b(?:thanks|thank you|cheers|see you|use you|using you|book you|book it|book us|hear from you|work with you)\s)\bagain\b(?!\s(?:soon|next|this year|in the))`,
  String.raw`\bstill (?:waiting|no|nothing|not heard|haven${A}t|hasn${A}t|have not|has not)\b`,
  String.raw`(?<!\b(?:no need to|don${A}t need to|needn${A}t|not to|won${A}t have to)\s)\bchas(?:ed|ing|e)\b`,
  String.raw`\b(?:how many times|several times|yet another (?:email|call|message)|keep (?:having to )?(?:asking|calling|ringing|emailing|chasing)|already (?:called|rang|phoned|emailed|asked|written|explained|told you))\b`,
  String.raw`\b(?:my|our) (?:last|previous|earlier) (?:two |three |few )?(?:emails?|messages?|calls?|voicemails?)\b`,
]);

const delay = phrases([
  // "not late", "late afternoon", "late next week" are not complaints.
  String.raw`${NEGATED}(?<!\b(?:won${A}t be|not too|never too)\s)\blate\b(?!\s(?:morning|afternoon|evening|night|in the|next|this|notice|${RELATIVES})\b)`,
  // "sorry for any delay", "without delay" are courtesy.
  String.raw`(?<!\b(?:no|not|never|without|any|avoid|avoiding|minimal|minimise|minimize)\s)\bdelay(?:s|ed|ing)?\b`,
  String.raw`\b(?:no ?one|no-one|nobody|never) (?:ever |actually |even )?(?:called|rang|phoned|rung|came|turned up|showed up|showed|replied|responded|answered|returned)\b(?! before)(?: (?:me|us|my|our)(?: calls?| emails?)?)?(?: back)?`,
  String.raw`\b(?:didn${A}t|did not|hasn${A}t|has not|haven${A}t|have not|failed to|forgot to) (?:call(?:ed)?|ring|rung|phoned?|got|come|repl(?:y|ied)|respond(?:ed)?|email(?:ed)?|heard|hear) (?:me |us |anything )?(?:back|from)\b`,
  String.raw`\b(?:didn${A}t|did not|never|failed to) (?:turn|show) up\b`,
  String.raw`\bmissed (?:call[- ]?backs?|appointments?|visits?|deadlines?)\b`,
  String.raw`\b(?:call[- ]?backs?|appointments?|visits?) (?:was |were |got |have been |has been )?missed\b`,
  String.raw`\bno[- ]shows?\b`,
  String.raw`\bno (?:reply|response|answer|call[- ]?back|update|word)\b(?!\s(?:needed|necessary|required))`,
  String.raw`\bwaiting (?:for |since )?(?:weeks|months|ages|over a (?:week|month)|(?:two|three|four|five|six|\d+) (?:days|weeks|months))\b`,
]);

const strongNegative = phrases([
  String.raw`${NEGATED}\b(?:furious|fuming|livid|outraged|disgusted|disgusting|disgraceful|appalled|appalling|unacceptable|shocking|shocked|horrendous|horrified|atrocious|dreadful|diabolical|incompetent|incompetence|shambles|shambolic|ridiculous|pathetic|useless|terrible|angry|upset|distressed)\b`,
  // "an awful lot", "worst case" are figures of speech.
  String.raw`${NEGATED}\bawful\b(?!\s(?:lot|many|much))`,
  String.raw`\bworst\b(?![- ]case)`,
  String.raw`\b(?:fed up|sick and tired|sick of|let down|beyond a joke|an absolute joke|a complete joke|not good enough|at my wits${A}? end|in tears)\b`,
  String.raw`\b(?:very|extremely|so|deeply|really|hugely|bitterly) disappointed\b`,
]);

const moneyWord = phrases([
  String.raw`\b(?:refunds?|refunded|money back|compensation|compensate|reimburse(?:d|ment)?)\b`,
]);
const problemWord = phrases([
  String.raw`(?<!\b(?:no|not|nothing|without|any|never)\s)\b(?:late|delay(?:s|ed)?|broken|broke|damaged?|faulty|wrong|mistakes?|errors?|botched|shoddy|poor|failed|failure|problems?|issues|leak(?:s|ing|ed)?|missed|ruined|messed up|complaint|unacceptable)\b`,
  String.raw`\b(?:never (?:arrived|came|turned up|showed)|didn${A}t (?:turn up|show|work|arrive|fix)|not (?:fixed|working|done|finished|completed)|still (?:broken|leaking))\b`,
]);
const moneyDisputed = phrases([
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

const hardship = phrases([
  String.raw`\b(?:passed away|bereave(?:d|ment)|funeral|deceased|widow(?:ed|er)?|terminally ill|seriously ill|very ill|fell ill|been (?:ill|unwell|poorly)|unwell|in hospital|hospitali[sz]ed|hospital|cancer|chemo(?:therapy)?|dementia|had a stroke|heart attack|carer)\b`,
  // "the boiler died" is a repair; a person dying is not.
  String.raw`\b(?:he|she|they|${RELATIVES}) (?:has |had |sadly |recently |suddenly )*died\b`,
  String.raw`\blate (?:${RELATIVES})\b`,
  String.raw`\blost (?:my|our) (?:${RELATIVES}|baby|job|jobs)\b`,
  // "the redundant server" is IT; "made redundant" is hardship.
  String.raw`\b(?:made redundant|been redundant|being made redundant|redundancy|laid off|out of work|unemployed)\b`,
  String.raw`\b(?:can${A}?t|cannot|could not|couldn${A}t) afford\b`,
  String.raw`\b(?:struggling (?:to pay|financially|with money|with the bills)|in debt|debt collectors?|bailiffs?|food bank|eviction|evicted|divorce)\b`,
]);

const leaving = phrases([
  // "cancel the meeting" is diary; "cancel my contract" ends the relationship.
  String.raw`\bcancel\w*(?: (?:my|our|the|your|this|that|whole|entire|annual|monthly|yearly|maintenance|service))* (?:contracts?|accounts?|subscriptions?|memberships?|retainers?|agreements?|plans?|polic(?:y|ies)|direct debits?|standing orders?)\b`,
  String.raw`\b(?:take|taking|move|moving) (?:my|our) (?:business|custom|work|account) (?:elsewhere|somewhere else|to (?:another|a different) \w+)`,
  String.raw`\b(?:switch|switching|change|changing) (?:to (?:another|a different|a new) )?(?:providers?|suppliers?|firms?|companies)\b`,
  String.raw`\b(?:go|going|look|looking) elsewhere\b`,
  String.raw`\bfind (?:another|a different|a new) (?:firm|company|provider|supplier|engineer|contractor|accountant|plumber|electrician|builder)\b`,
  String.raw`\b(?:never|won${A}t|will not) (?:be )?us(?:e|ing) you\b`,
  String.raw`\b(?:speak(?:ing)? to|talk(?:ing)? to|contact(?:ing)?|consult(?:ing)?|instruct(?:ing)?|involv(?:e|ing)|hear(?:ing)? from|get(?:ting)?|pass(?:ing)? (?:this|it) (?:on )?to|hand(?:ing)? (?:this|it) (?:over )?to) (?:my|a|our) solicitors?\b`,
  String.raw`\b(?:legal action|small claims(?: court)?|ombudsman|trading standards|see you in court|court action|sue (?:you|your firm|the company)|suing)\b`,
]);

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
  // Two or more exclamation marks together ("!!", "?!"); one at a time is ordinary cheer.
  for (const marks of allMatches(EXCLAMATIONS, text)) found.push(marks.text);
  return distinct(found);
}

/** Every rule, in the order the page lists them. */
export const signalRules: readonly SignalRule[] = [
  {
    id: 'repeatContact',
    name: 'Repeat contact',
    description:
      'The client has been in touch before about this: "third time", "again", "still waiting", "chased", "my last email". Courtesies such as "thanks again" and rebookings such as "see you again next year" do not count.',
    find: phraseRule(repeatContact),
  },
  {
    id: 'delay',
    name: 'Delays and missed callbacks',
    description:
      'Something came late or not at all: "late", "delayed", "no one called back", "didn\'t turn up", "missed appointment". "Not late", "late afternoon", "sorry for any delay" and "no rush" do not count.',
    find: phraseRule(delay),
  },
  {
    id: 'strongNegative',
    name: 'Strong negative words',
    description:
      'Words of anger or distress: "furious", "disgusted", "unacceptable", "appalling", "fed up", "let down". Negated uses ("not upset") and figures of speech ("an awful lot", "terribly sorry") do not count.',
    find: phraseRule(strongNegative),
  },
  {
    id: 'moneyAfterProblem',
    name: 'Money disputed after a problem',
    description: `A refund, money back or compensation asked for within ${MONEY_PROBLEM_NEAR_WORDS} words of a problem (late, broken, wrong, missed), or money disputed outright ("overcharged", "charged twice"). A refund after a job that went well does not count.`,
    find: findMoneyAfterProblem,
  },
  {
    id: 'hardship',
    name: 'Bereavement, illness or hardship',
    description:
      'A death, illness or money trouble in the client\'s life: "passed away", "funeral", "hospital", "made redundant", "can\'t afford". A "redundant server" or a boiler that "died" does not count.',
    find: phraseRule(hardship),
  },
  {
    id: 'leaving',
    name: 'Threats to cancel or leave',
    description:
      'The relationship itself is at stake: "cancel my contract", "take my business elsewhere", "switch provider", "speak to my solicitor", "ombudsman". Cancelling a meeting or a visit does not count.',
    find: phraseRule(leaving),
  },
  {
    id: 'shouting',
    name: 'Shouting',
    description: `${SHOUTING_RUN_WORDS} or more upper-case words in a row (acronyms such as VAT or HMRC aside), or exclamation marks doubled up ("!!", "?!").`,
    find: findShouting,
  },
];

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
  for (const rule of signalRules) {
    const matched = rule.find(text);
    if (matched.length > 0) fired.push({ id: rule.id, name: rule.name, matched });
  }
  return fired;
}
