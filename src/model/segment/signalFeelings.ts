/**
 * The words of feeling behind the first-contact signals: worry, fear, hurt
 * and despair, anger and distress, each with the figures of speech and polite
 * hedges that share their words ("don't worry", "I'm afraid I can't make it",
 * "an awful lot", "stress-free").
 *
 * Simplification: a feeling counts whoever it belongs to; words are read as
 * families of stems ("petrif", "heartbr", "disappoint") rather than stemmed
 * by a library, so every match is still a phrase the client wrote.
 */
import { A, NEGATED, phrases } from './signalMatching';

/** Distress said in a word, whoever feels it; each stem spelt out so nothing routine starts with it. */
const DISTRESS = [
  String.raw`petrif(?:ied|ying)|terrif(?:ied|ying)|horrif(?:ied|ying)|mortified|traumati[sz](?:ed|ing)|distress(?:ed|ing)?`,
  String.raw`heart(?:broken|sick|sore|breaking)|in tears|tearful|crying|cried|sobb(?:ed|ing)|weeping|miserable|despair(?:ing)?|shattered|crushed`,
  String.raw`bummed(?: out)?|gutted|hurtful|belittl(?:ed|ing)|humiliat(?:ed|ing)|out of (?:my|our) depth|at (?:my|our) wits${A}? ?end`,
  String.raw`panic(?:king|ked|ky)|stressing|grie(?:f|ving)|mourning|harass(?:ed|ing|ment)|intimidat(?:ed|ing)|bull(?:ied|ying)|abusive|threatened|(?:very|deeply|extremely|really|most) (?:concerning|alarming|troubling)|worried sick|worried to death|on edge|at (?:my|our) lowest|lost sleep|trembling|shaking|unsafe|vulnerable`,
].join('|');
/** How a client says they were left feeling: "I felt rather small", "we are hurt". */
const HURT_STATE =
  'hurt|unwelcome|unwanted|disrespected|patroni[sz]ed|belittled|humiliated|cheated|betrayed|conned|misled|abandoned|powerless|helpless|hopeless|broken|let down|taken for granted|taken advantage of';
/** Giving up, or saying there is no use in writing. */
const RESIGNED = [
  String.raw`I give up|(?:we|I)${A}ll (?:just )?(?:sort|fix|deal with) it (?:myself|ourselves)|do whatever you (?:want|like)`,
  String.raw`(?:what${A}s|what is) the point|(?:is there|there${A}s no|there is no|not sure there${A}s|not sure there is) (?:any |much )?point`,
  String.raw`don${A}t bother (?:sending|coming|calling|ringing) (?:anyone|anybody|someone|him|her|them)(?: else| again| back)?|can${A}t (?:face|deal with|take) (?:this|it|any more|anymore)`,
  String.raw`(?:tired|weary|sick) of (?:this|it|being|having|waiting|chasing|asking)|falling apart`,
].join('|');

/** A state someone may be in, not one they are in: "he may be anxious at his first haircut". */
const MAYBE = String.raw`(?<!\b(?:may|might|can|could|tends? to|gets?|get) (?:be|feel|become|get) )`;

export const worry = phrases([
  String.raw`\b${NEGATED}${MAYBE}(?:anxious|scared|frightened|terrified|panicking|panicked|stressed|distressing|distraught|desperate|heartbroken|gutted|devastated|overwhelmed|shaken|dreading|in pieces|helpless)\b`,
  String.raw`\b(?:afraid|scared|frightened) (?:of|for|that|to)\b|\b${NEGATED}(?:stress|panic|sad|saddened|hurt|dismayed|disheartened|ashamed|alarmed)\b(?![- ]free)`,
  String.raw`\b(?:can${A}t|cannot|couldn${A}t) sleep\b|\blosing sleep\b|\bsleepless\b`,
  String.raw`\bcaused (?:me |us )?(?:a (?:great |huge )?deal of |so much |a lot of |real |enormous |huge )?(?:stress|worry|anxiety|upset|distress|heartache)\b`,
  String.raw`\b(?:at a loss|at the end of my tether|beside myself|had enough|can${A}t cope|cannot cope|not coping|struggling to cope|where do I even start|please help|I need help)\b`,
  String.raw`\b(?:don${A}t|do not|not sure) (?:know )?what (?:else )?(?:to do|I can do|we can do|I${A}m supposed to do)\b|\b(?:don${A}t|do not) know why I bother\b`,
  String.raw`\b(?:can${A}t|cannot) (?:keep|go on) (?:living |going )?like this\b`,
  String.raw`\bkeep(?:s|ing)? me (?:up|awake)\b|\b(?:I${A}m|I am|we${A}re|we are) (?:really |so |very |quite |now )?struggling\b|\bshould (?:I|we) be (?:worried|concerned|scared)\b`,
  String.raw`\bcould have (?:ended|been|gone) (?:very |really )?(?:badly|bad|dangerous|serious|fatal|much worse)\b|\bcould have been (?:killed|hurt|injured)\b|\bin bits\b|\b(?:can${A}t|cannot) keep (?:taking|having|paying|doing|waiting|chasing|coming|asking)\b`,
  String.raw`\b(?:really |very |incredibly |so )?(?:difficult|hard|tough|rough|horrible) (?:few )?(?:time|times|months|weeks|year|period)\b|\bhard enough as it is\b|\bmade (?:\w+ ){1,2}(?:even |much |far )?(?:worse|harder)\b`,
  // Distress by family, stems rather than one spelling: "petrified", "heartsick", "in tears", "bummed out".
  String.raw`\b${NEGATED}${MAYBE}(?:${DISTRESS})\b`,
  String.raw`\b(?:I|we)(?:${A}m|${A}re| am| are| was| were)(?: \w+)?(?: (?:so|very|really|quite|rather|deeply|a bit|a little))? (?:${HURT_STATE})\b|\b(?:feel|felt|feeling|left)(?: \w+){0,2} (?:${HURT_STATE})\b`,
  String.raw`\bmade (?:me|us) (?:look|feel) (?:like )?(?:an? )?(?:idiot|fool|stupid|small|silly|uncomfortable|unwelcome|unsafe|incompetent|unprofessional)\b|\bfe(?:el|lt|eling)(?: \w+)? small\b|\b(?:fe(?:el|lt|eling)|made to feel) like (?:I was |I am |I${A}m )?(?:a (?:fool|mug|number|nuisance|burden|criminal|liar|suspect|child)|an (?:idiot|afterthought|inconvenience)|(?:I${A}m|I am) (?:going mad|banging my head|being fobbed off|invisible|nobody))\b`,
  // Giving up: "I give up", "what's the point", "don't bother sending anyone else".
  String.raw`\b(?:${RESIGNED})\b`,
]);

/** A nervous client asking how a first visit can suit them: a need to meet, not distress about the firm. */
export const worrySilencer = phrases([
  String.raw`\b(?:any tips|quiet (?:time|room|hour|slot)|(?:can|could|may) (?:I|we) bring (?:someone|somebody|a friend|my \w+)|(?:his|her|my|their|our) first (?:visit|appointment|session|haircut|lesson))\b`,
]);

/** Worry put mildly ("quite worried", "getting concerned"): practical when it is about a fit or a price. */
export const mildWorry = phrases([
  String.raw`\b(?:I${A}m|I am|we${A}re|we are|I feel|I was|getting|very|really|so|quite|extremely|increasingly|genuinely|seriously|deeply|a bit|a little|rather|now|growing|becoming)\s+(?:(?:very|really|so|quite|extremely|increasingly|getting|a bit|a little|now|rather|genuinely|seriously|deeply|becoming)\s+)*(?:\w+ and )?(?:worried|worrying|concerned|worry)\b`,
]);
export const mildWorrySilencer = phrases([
  String.raw`\b(?:quote|measure|fit|cost|price|size|budget|whether (?:it|the|we)|could (?:the|it)|start|schedule)\b`,
]);

export const strongNegative = phrases([
  String.raw`\b${NEGATED}(?:furious|fuming|livid|outraged|disgusted|disgusting|disgraceful|appalled|appalling|unacceptable|shocking|shocked|horrendous|horrified|atrocious|dreadful|diabolical|incompetent|incompetence|shambles|shambolic|ridiculous|pathetic|useless|terrible|angry|upset|upsetting|distressed)\b(?! (?:stomach|tummy))`,
  // "an awful lot", "worst case" are figures of speech.
  String.raw`\b${NEGATED}awful\b(?!\s(?:lot|many|much))`,
  String.raw`\bworst\b(?![- ]case)`,
  String.raw`\b(?:fed up|sick and tired|sick of|let down|beyond a joke|an absolute joke|a complete joke|not good enough|at my wits${A} end|in tears)\b`,
  String.raw`\b(?:very|extremely|so|deeply|really|hugely|bitterly) disappointed\b`,
  String.raw`\b${NEGATED}(?:frustrat(?:ed|ing|ion)|annoyed|irritated|exasperated|unprofessional|careless|sloppy|shoddy|rubbish|nightmare|exhausting|exhausted|fiasco|farce|hopeless|unhelpful|unreliable|inadequate|off-?putting|sub-?standard|negligen(?:t|ce)|dishonest|misled|mis-?sold|insulting|patroni[sz]ing|condescending|humiliat(?:ed|ing)|inconvenient)\b`,
  String.raw`\b(?:last straw|lost (?:all )?(?:faith|trust|confidence)|no longer have (?:any )?(?:confidence|faith|trust)|put (?:me|us) off|regret (?:using|choosing|booking|ever|hiring|signing)|beggars belief|lied to|not once)\b`,
  String.raw`\b(?:can${A}t|cannot|couldn${A}t) believe\b|\bfind (?:it )?(?:hard|difficult) to (?:believe|understand|accept)\b|\bunbelievable\b|\bhow (?:long|hard) (?:can|is|does) (?:it|this)\b(?! (?:usually|normally|generally|typically|take|likely)\b)|\bhow long this is taking\b`,
]);
/**
 * Delight, where disbelief is praise ("can't believe how quick you were,
 * thanks"); things no firm is blamed for ("parking is a nightmare", "my
 * handwriting is terrible"); and a hedged request ("would it be terribly
 * inconvenient to move it?").
 */
export const strongNegativeSilencer = phrases([
  String.raw`\b(?:amazing|love|loved|lovely|great|brilliant|fantastic|wonderful|perfect|thanks|thank you|quick|fast|delighted|happy)\b`,
  String.raw`\b(?:I${A}ve been|I${A}m|I am|I was) (?:\w+ )?(?:terrible|awful|useless|rubbish|hopeless) (?:at|with)\b|\b(?:the weather|traffic|parking|the roads|my handwriting|my memory)\b|\b(?:would it be|if it${A}s not|if it is not) (?:\w+ )?inconvenient\b`,
]);
