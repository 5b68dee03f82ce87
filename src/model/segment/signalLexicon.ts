/**
 * The phrases each first-contact signal looks for, and the neutral contexts
 * that silence it, written as patterns rather than single words: "third time
 * I have written" but not "second time booking with you, loved it".
 *
 * Simplification: English as clients write it to small UK service firms,
 * including texting shorthand and non-native phrasing; no stemming beyond
 * what each pattern spells out.
 */
import { A, NEGATED, phrases } from './signalMatching';

/** People whose death or illness a client may mention; "my late mother" is bereavement, not a delay. */
const RELATIVES =
  'husband|wife|partner|mum|mother|dad|father|son|daughter|brother|sister|gran|grandma|grandad|grandfather|grandmother|nan|aunt|uncle|friend|baby|child';
const PETS = 'cat|dog|pet|puppy|kitten|horse|pony|rabbit';
const NUMBER = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|many|\d+)`;
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december';
/** What a home or business cannot do without for long. */
const UTILITIES =
  'heating|heat|hot water|power|electricity|internet|broadband|water|phone line|kitchen|toilet|shower|bath|cooker|oven|fridge|boiler|lights';
/** Bodies outside the firm a client may take a dispute to, by the last word of their names. */
const BODY =
  'federation|association|commission|ombudsman|regulator|institute|bureau|guild|watchdog';
/** Arranging a diary or paperwork: the context that makes an illness or a cancellation a neutral reason. */
const ADMIN = String.raw`\b(?:move|moving|reschedul\w*|rearrang\w*|rebook\w*|postpon\w*|push(?:ed)? (?:it |the \w+ )?back|change the (?:date|time|day)|instead|by email|(?:will not|won${A}t|can${A}t|cannot) (?:come|make it|attend|be (?:at|in|there|coming|attending))|cancel\w* (?:my |the |our |\w+${A}s )?(?:appointment|session|lesson|class|booking|visit|cleaning)|another (?:day|time)|won${A}t make|transfer (?:it|my|the)|swap|(?:try|do) (?:the following|another|next) \w+|after all|next week|send (?:\w+ )*(?:to me|to \w+ instead)|sick leave|off sick)\b`;

export const repeatContact = phrases([
  String.raw`\b(?:second|third|fourth|fifth|sixth|umpteenth|\d+(?:st|nd|rd|th)) (?:time|email|e-mail|message|msg|text|call|letter|reminder|request|chaser)\b(?! (?:booking|using|visiting|ordering|coming|buying|lucky|round|with you))`,
  // "thanks again", "hello again", "send me the invoice again" are courtesy or their own slip.
  String.raw`\b(?<!\b(?:thanks|thank you|cheers|see you|use you|using you|book you|book it|book us|hear from you|work with you|hello|hi|hey|bother you|trouble you|invoice|link|it|email|password|login|form|due|book|rebook|visit|stay|order|same|it${A}s (?:us|me)|its (?:us|me))\s)(?<!\b(?:send|resend|email|forward|post)\b[^.?!]{0,40})(?:again|once more)\b(?!\s(?:soon|next|this year|in the)\b)`,
  // "still waiting on our landlord" is their own wait on someone else.
  String.raw`\bstill (?:waiting|no|nothing|not heard|haven${A}t|hasn${A}t|have not|has not)\b(?! (?:on|for) (?:our|my|the) (?:landlord|bank|insurer|lender|mortgage|solicitor|council|planning|buyer|seller|approval)\b)`,
  String.raw`\b(?<!\b(?:no need to|don${A}t need to|needn${A}t|not to|won${A}t have to|sorry to|hate to|don${A}t mean to|apologies for)\s)chas(?:ed|ing|e)\b(?! up)`,
  String.raw`\b(?:how many times|several times|yet another (?:email|call|message)|keep (?:having to )?(?:asking|calling|ringing|emailing|chasing|sending|writing|messaging|phoning|getting (?:voicemail|the answerphone|no (?:answer|reply)))|already (?:called|rang|phoned|emailed|asked|written|explained|told you))\b`,
  String.raw`\b(?:my|our) (?:last|previous|earlier) (?:two |three |few )?(?:emails?|messages?|calls?|voicemails?)\b`,
  String.raw`\b(?:asked|written|wrote|rung|rang|called|phoned|emailed|chased|told you|complained|reported (?:it|this)) (?:you )?(?:twice|three times|four times|several times|many times|\d+ times|(?:on )?${NUMBER} (?:separate )?occasions)\b`,
  String.raw`\b(?:third|fourth|fifth|sixth|umpteenth) (?:engineer|technician|plumber|person|attempt|visit)\b|\bon ${NUMBER} (?:separate |different )?occasions\b|\bon ${NUMBER} (?:separate|different) (?:days|dates)\b|\bover and over\b|\btime and (?:time )?again\b|\b(?:twice|${NUMBER} times) now\b`,
  String.raw`\b(?:every|each) time (?:I|we|I${A}ve|we${A}ve) (?:\w+ )?(?:call|ring|phone|email|ask|chase|write|try|point|raise|mention|complain|report)\w*\b`,
  String.raw`\bnot the first time\b|\b(?:has |have )?happened (?:again|before)\b`,
  String.raw`\b(?:called|rang|phoned|emailed|written|wrote|messaged|tried|reached out|contacted|chased)(?: \w+){0,3} (?:multiple|several|many|numerous|countless|${NUMBER}) times\b`,
  String.raw`\b(?:reported|raised|mentioned|flagged|pointed out|told you about|complained about) (?:this|it|that|the (?:\w+ )?(?:issue|problem|fault))(?: \w+)? (?:before|previously|already)\b|\b(?:already|previously) (?:reported|raised|flagged)\b`,
  // The same fault back: "the leak is back", "boiler gone again".
  String.raw`\b(?:leak|problem|fault|issue|damp|mould|noise|smell|crack|pain|rash|error|drip)s? (?:is|are|has|have|has come|have come|came|keeps? coming) back\b|\b(?:broken|broke|failed|stopped working|packed up|gone|tripping|blocked) (?:down )?again\b`,
  String.raw`\b(?:weeks?|days?|months?|times?) (?:running|in a row)\b`,
  String.raw`\b(?:three|four|five|six|seven|eight|several|multiple|numerous|countless|\d+) (?:phone )?(?:emails|messages|calls|voicemails|letters)\b`,
]);
/** Their own slip or a mention in passing: "sorry to bother you again, I forgot the form". */
export const repeatContactSilencer = phrases([
  String.raw`\b(?:forg[oe]t\w*|by mistake|my mistake|my fault|as (?:mentioned|discussed|requested|agreed)|no rush|no hurry|whenever (?:you|suits))\b|\b(?:ignore|disregard) (?:my|our|the) (?:last|previous|earlier)\b`,
]);

export const delay = phrases([
  // "not late", "late afternoon", "late next week", "too late to add a guest" are not complaints.
  String.raw`\b${NEGATED}(?<!\b(?:won${A}t be|not too|never too|too)\s)late\b(?!\s(?:morning|afternoon|evening|night|in the|next|this|notice|check-?out|checkin|opening|slot|booking|bookings|payment|fee|spring|summer|autumn|winter|reply|response|answer|cancellations?|mr|mrs|ms|miss|dr|sir|${MONTHS}|${RELATIVES})\b)`,
  // "sorry for any delay", "without delay" are courtesy.
  String.raw`\b(?<!\b(?:no|not|never|without|any|avoid|avoiding|minimal|minimise|minimize)\s)delay(?:s|ed|ing)?\b`,
  String.raw`\b(?:no ?one|no-one|nobody|never) (?:ever |actually |even )?(?:called|rang|phoned|rung|came|turned up|showed up|showed|replied|responded|answered|returned)\b(?! before)(?: (?:me|us|my|our)(?: calls?| emails?)?)?(?: back)?`,
  String.raw`\b(?:no ?one|no-one|nobody) (?:has|did)(?= *[.!?]|$)|\b(?:no ?one|no-one|nobody) (?:has |have |had )?(?:yet )?(?:fixed|sorted|resolved|repaired|done anything)\b`,
  String.raw`\b(?:didn${A}t|did not|hasn${A}t|has not|haven${A}t|have not|failed to|forgot to) (?:call(?:ed)?|ring|rung|phoned?|got|come|repl(?:y|ied)|respond(?:ed)?|email(?:ed)?|heard|hear) (?:me |us |anything )?(?:back|from)\b`,
  String.raw`\b(?:didn${A}t|did not|never|failed to) (?:turn|show)(?: up)?\b|\bnever (?:arrived|came|happened|materiali[sz]ed)\b|\b(?:didn${A}t|did not) (?:happen|arrive|go ahead)\b`,
  String.raw`\bmissed (?:call[- ]?backs?|appointments?|visits?|deadlines?)\b`,
  String.raw`\b(?:call[- ]?backs?|appointments?|visits?) (?:was |were |got |have been |has been )?missed\b`,
  String.raw`\bno[- ]shows?\b`,
  String.raw`\bno (?:reply|response|answer|call[- ]?back|update|word)\b(?!\s(?:needed|necessary|required))`,
  String.raw`\bwait(?:ing|ed)? (?:for |since )?(?:weeks|months|ages|over (?:a|an) (?:week|month|hour)|(?:over |more than |nearly |almost )?(?:two|three|four|five|six|\d+) ?(?:days|weeks|wks|months|mths|minutes|mins|hours))\b`,
  String.raw`\bwait(?:ing|ed)? (?:in )?(?:since (?:\d+(?::\d+)? ?(?:am|pm)|this morning|first thing)|all day)\b|\bwait(?:ing|ed)? (?:for )?(?:over |more than |nearly |almost )?(?:a|an|one) (?:year|month|week)\b|\bon hold for\b|\band counting\b|\b(?:has been|been) going on (?:for|since)\b`,
  String.raw`\b(?:it${A}s|it has|it is) (?:now )?been (?:over |more than |nearly |almost )?${NUMBER} (?:days|weeks|months)(?= *[.!?]|$)`,
  // A promise broken: "since you said a fortnight", "I was promised a call".
  String.raw`\bsince (?:you|u|he|she|they|your \w+) (?:said|promised|told|confirmed|agreed|quoted)\b`,
  String.raw`\b(?:(?:have|has|am|are) (?:still )?yet to (?:receive|hear|see|get|be (?:contacted|told|paid|refunded|called))|still (?:awaiting|await))\b(?! (?:from |on |for )?(?:the |our |my )?(?:landlord|bank|insurer|lender|mortgage|solicitor|council|planning|buyer|seller|approval|decision|results?)\b)`,
  String.raw`\b(?:I|we) (?:was|were) (?:promised|assured)\b`,
  String.raw`\b(?:you|u) (?:promised|assured (?:me|us))\b`,
  String.raw`\b(?:cancelled|moved|rescheduled|postponed) (?:twice|again|three times|\d+ times|at the last minute|with \d+ ?min\w* notice)\b`,
  String.raw`\b(?:no|without) (?:any |a )?(?:working )?(?:${UTILITIES})(?: \w+){0,3} (?:for|since)\b|\b(?:weeks?|days?|months?|nights?) (?:now )?without (?:any |a )?(?:working )?(?:${UTILITIES})\b`,
]);
/** Their own lateness or apology: "I'll be ten minutes late", "sorry for the slow reply". */
export const delaySilencer = phrases([
  String.raw`\b(?:I${A}ll be|I will be|I${A}m running|I am running|we${A}ll be|we will be|we${A}re running|be paid|paying)\b`,
  String.raw`\b(?:sorry|apologies|apologise|apologize) (?:for|about) (?:the|my|our)\b|\b(?:no rush|no hurry|don${A}t worry)\b`,
  String.raw`\b(?:sorry|apologies)\b[^.!?]{0,25}\b(?:late|slow|delay)|\brunning (?:\w+ ){0,3}late\b|\b(?:I|we) (?:\w+ )?(?:so |very |a bit |a little )?late\b`,
]);

export const ignored = phrases([
  String.raw`\b(?:feel|felt|feeling) (?:completely |totally |a bit |rather |so |quite |like I${A}m being |like I am being |I${A}ve been |I have been )?(?:ignored|invisible|fobbed off|brushed off|forgotten|dismissed|unheard)\b`,
  String.raw`\b(?:been|being|completely|totally|just) ignored\b|\bignoring (?:me|us|my|our)\b`,
  String.raw`\b(?:fobbed|brushed|palmed) off\b`,
  String.raw`\b(?:no ?one|no-one|nobody)(?:${A}s)?(?: (?:over there|there|here|at your \w+|from your \w+))?(?: (?:is|has|seems to|ever|even|actually|really|will|can|could|would|bothered to|bothers to))* (?:listen|answer|repl(?:y|ie)|care|bother|know|got? back|gets? back|getting back|pick(?:s|ed)? up|respond|tell|told|let (?:me|us) know|discuss|consult|warn|explain|inform)\w*`,
  String.raw`\b(?:no ?one|no-one|nobody) (?:will|would|could|can) (?:even |ever |actually )?(?:call|ring|phone|contact)\b`,
  String.raw`\b(?:don${A}t|do not|didn${A}t|did not|doesn${A}t|never|not) (?:feel|felt|feeling) (?:\w+ ){0,2}(?:listened to|heard|taken seriously|valued|respected|supported|believed)\b|\bnot (?:being )?(?:listened to|taken seriously)\b`,
  String.raw`\b(?:left|kept) (?:me |us )?(?:in the dark|hanging)\b|\bkept (?:me |us )?waiting\b|\b(?:no|not even an?|without (?:any|an?)) acknowledge?ment\b|\bleft on read\b|\b(?:into|in) (?:a|the) (?:void|black hole)\b|\b(?:haven${A}t|have not|hasn${A}t|has not) (?:seen|heard from) (?:anyone|anybody|a soul|your \w+)\b`,
  String.raw`\b(?:heard|had) (?:nothing|no (?:reply|response|answer|acknowledge?ment|word|update))\b`,
  String.raw`\b(?:haven${A}t|have not|hasn${A}t|has not|not) (?:heard|had|received|got) (?:anything|a thing|a word|any (?:reply|response|answer|acknowledge?ment|update|news|word))\b`,
  String.raw`\bnot (?:one|a single) (?:reply|response|call|email|word)\b`,
  String.raw`\b(?:another|more|just) (?:automated|auto(?:matic)?|standard|generic|copy[- ]and[- ]paste) (?:reply|replies|response|responses|email|message)\b`,
  String.raw`\btold (?:something |a )?different\b|\b(?:different|conflicting) (?:answers|stories)\b`,
  String.raw`\bsomeone (?:to )?(?:actually|really|properly) (?:help|listen|read|look)\b`,
  String.raw`\btrying to (?:reach|get hold of|contact|get through to|get through|get an answer|speak to|talk to) (?:you|someone|anyone|somebody|a person|a human|your \w+)\b`,
  String.raw`\b(?:is )?(?:anyone|anybody) (?:there|listening|reading (?:these|this|my|them|it))\b`,
  String.raw`\b(?:no|zero|poor|little|a lack of|lack of) communication\b|\bwithout (?:saying (?:anything|a word)|a word|telling (?:me|us|anyone)|any notice)\b|\bhung up on\b`,
  String.raw`\b(?:you${A}ve|you have|have you|you|they${A}ve|they have|has \w+) (?:completely |just )?(?:forgotten|forgot) (?:about )?(?:us|me|my|our)\b|\bstop ignoring\b|\b(?:can${A}t|cannot|couldn${A}t) get (?:through|hold of) (?:to )?(?:anyone|anybody|someone|you|a person)\b|\b(?:round |going round |in )circles\b|\bneed a (?:real )?human\b|\bno idea (?:where|what|when|who)\b`,
  String.raw`\b(?:no ?one|nobody)(?: \w+){1,4} (?:rang|called|phoned|told|contacted|let (?:me|us) know)\b`,
  String.raw`\b(?:two|three|four|several|\d+) different (?:people|answers|stories|dates|excuses|prices|explanations)\b|\b(?:broken promises?|excuses)\b`,
]);

export const complaint = phrases([
  String.raw`\b(?:formal|official) complaint\b|\bas a (?:formal |official )?complaint\b|\bgrievance\b`,
  String.raw`\b(?:raise|raising|express|expressing|voice|voicing|register|registering|share|sharing|lodge|lodging) (?:a |my |our |some |serious |real |grave |several )?(?:concerns?|dissatisfaction|unhappiness|displeasure|disappointment)\b`,
  // Polite hedges before bad news: "I do not usually write", "I hate to complain", "with some reluctance".
  String.raw`\b(?:I|we) (?:do not|don${A}t|wouldn${A}t|would not|never) (?:usually |normally |often |generally |ordinarily )?(?:write|complain|make a fuss)\w*\b|\b(?:I|we) (?:hate|regret) (?:to|having to) (?:write|complain|raise|do this|tell you)\b`,
  String.raw`\b(?:I${A}m|I am|we${A}re|we are) (?:sorry|sad) to (?:report|have to (?:write|complain|raise))\b|\b(?:I|we) (?:feel|felt) (?:I|we |compelled |obliged )(?:must |should |have to |had to |ought to )?(?:to )?(?:write|let you know|raise|point out|complain|bring)\b|\b(?:the|your) (?:conduct|behaviou?r) of\b|\bprinciple of the thing\b|\bwith (?:some |great |real )?(?:reluctance|regret|a heavy heart)\b`,
  String.raw`\bexpect (?:this|it|the \w+|them|you) to be (?:corrected|rectified|resolved|put right|fixed|refunded|reimbursed|sorted|reviewed|investigated)\b`,
  String.raw`\b(?:make|making|raise|raising|lodge|lodging|file|filing|submit|submitting|register|registering) (?:a |an |my )?(?:formal |official )?complaint\b`,
  String.raw`\b(?:I|we) (?:wish|want|would like|need) to complain\b|\bcomplain(?:ing|ed)? about\b|\bmy complaint\b|\bhad to complain\b`,
  String.raw`\b${NEGATED}(?:(?:very|extremely|really|most|deeply|so|quite|thoroughly|totally|completely|bitterly) )?(?:unhappy|dissatisfied|displeased|dissatisfaction)\b`,
  String.raw`\bnot (?:really )?(?:comfortable|ok|okay|happy) with (?:how|the way|what|this|that|it)\b|\b(?:are|is) (?:you|anyone|anybody) (?:actually|ever) going to\b|\bsenior (?:member|person|manager|partner|colleague)\b|\b(?:I|we)(?:${A}ve| have)? (?:done|did) everything\b`,
  String.raw`\b(?:your|their|the) (?:\w+${A}s )?attitude\b|\b(?:spoken|talked) (?:to|down to) like\b|\btalked down to\b|\b(?:left|leaves?|leaving) (?:me|us) feeling\b`,
  String.raw`\b(?<!\b(?:I|i|we) )(?:pulled|cut|removed|took|sent|fitted|installed|delivered|gave|treated|painted|used|filled|extracted) (?:the|a|my|our) wrong\b`,
  String.raw`\bnot (?:at all )?(?:happy|satisfied|pleased|impressed)\b`,
  String.raw`\b(?:isn${A}t|is not|wasn${A}t|was not|not) (?:really )?(?:good enough|acceptable|fair|on)\b`,
  String.raw`\b(?:don${A}t|do not) think (?:(?:it|this|that)(?:${A}s| is| was)? |(?:is|was) )?(?:fair|right|acceptable|reasonable|on)\b`,
  String.raw`\bexplain (?:to (?:me|us) )?why\b|\b(?:a )?full explanation\b|\bexplanation (?:of|for|as to) (?:how|why)\b|\b(?:must|have to) insist\b|\binsist (?:on|that)\b`,
  String.raw`\b(?:I|we) (?:never|did not|didn${A}t) (?:asked|ask|agreed|agree|ordered|order|signed|sign|authori[sz]ed?|requested|request) (?:for|to) (?:this|that|it|any)\b|\bsort (?:this|it) out\b|\b(?:put|make|set) (?:this|it|things|that) right\b|\b(?:this|it|things) (?:put|made|set) right\b`,
  String.raw`\b(?:do|does|did|are|is|have|has|can) (?:you|anyone|anybody|your \w+) even (?:read|listen|care|check|look|know|bother|answer|open)\w*\b|\b(?:does|do|is) (?:anyone|anybody) (?:actually|ever) (?:read|listen|care|answer)\w*\b`,
  String.raw`\bexpected (?:better|more)\b|\bled to (?:expect|believe)\b`,
  String.raw`\b(?:treated|spoken to|dealt with|handled) (?:so |very |quite |rather )?(?:unfairly|badly|poorly|rudely|sharply|harshly|curtly|abruptly|dismissively|disrespectfully|aggressively|like this|like that|with contempt)\b|\btreated like\b|\bthis is how (?:I${A}m|I am|we${A}re|we are|you treat)\b`,
  String.raw`\b${NEGATED}(?:disappoint\w*|unfair|unfairly|rude|rudely)\b`,
  String.raw`\b(?:was|were|had been) (?:really |so |very )?looking forward to\b`,
  String.raw`\b(?:speak|talk) (?:to|with) (?:a|the|your) (?:manager|supervisor|owner|director)\b|\bsomeone (?:more )?senior\b|\bescalat(?:e|ed|ing)\b|\b(?:doesn${A}t|does not|didn${A}t|did not) (?:sit|seem|feel) (?:right|fair)\b|\bwhat (?:have|has) (?:you|your \w+) done\b|\bwhat${A}?s going on\b|\bwhat is going on\b|\b(?:standard|quality|service|care|teaching|communication)(?: of \w+)? (?:has|have) (?:really |noticeably |gone )?(?:dropped|slipped|declined|deteriorated|gone downhill)\b|\bgone downhill\b|\bhow (?:could|did|can) (?:this|that|it) (?:have )?happen(?:ed)?\b|\bhow (?:this|that|it) (?:could|can) (?:have )?happen(?:ed)?\b`,
  String.raw`\b(?:scam|scammed|ripped off|rip[- ]off|fraud)\b`,
  String.raw`\b(?:due to|because of|owing to|thanks to) (?:your|a|the) (?:error|mistake|negligence|failure|oversight)\b|\byour (?:error|mistake|fault|negligence|oversight|incompetence)\b`,
  String.raw`\b(?:specifically|clearly|explicitly) (?:told|asked|said|requested|mentioned|stated)\b|\b(?:I|we) made it clear\b|\bcome to this\b|\bnever (?:mentioned|explained|told) to (?:me|us)\b|\bwas never (?:mentioned|explained)\b`,
  String.raw`\b(?:communication|service|workmanship|work|quality|response|care|standard) (?:has been|was|is|have been) (?:very |really |extremely )?(?:poor|bad|shocking|lacking|non-existent|slow|substandard)\b|\bput (?:this|it|my complaint) in writing\b|\bhead office\b|\b(?:discuss|raise) (?:this|it) with (?:the|your) (?:\w+ )?(?:manager|director|owner|partner)\b`,
  String.raw`\b(?:I|we) trusted you\b|\b(?:whoever|someone|somebody) (?:who${A}s |who is |is )?in charge\b|\bin such a state\b|\bhard to swallow\b|\bwithout (?:any )?(?:notice|warning)\b`,
  String.raw`\bthanks for nothing\b|\b(?:been|more than) (?:very |extremely |more than )?patient\b|\btake responsibility\b|\bbring (?:this |it )?to your attention\b|\bnot one to complain\b|\b(?:wasn${A}t|was not|weren${A}t|were not|never) (?:informed|notified|warned)\b|\b(?:well below|fell short|falls short|below (?:par|standard|what))\b`,
  String.raw`\bnot (?:good|great|ok|okay)\b(?! (?:at|with|for|to|if)\b)|\b(?:not trying to|don${A}t want to) be (?:difficult|awkward|funny|rude|a nuisance)\b|\bwasn${A}t going to say anything\b`,
  String.raw`\bnot what (?:I|we)(?:${A}d| would)? (?:agreed|ordered|asked|paid|signed|expected|expect|booked)\b|\bgoodwill (?:gesture|payment)\b|\bwhat do you (?:propose|intend|plan) to do\b`,
  String.raw`\bwhat (?:more|else) (?:do|can|should|must|am|are) (?:I|we)\b|\ba straight answer\b|\bwho${A}?s? (?:is )?(?:paying|going to pay) (?:for )?(?:this|that|it)\b|\bexpect (?:a|an|some) (?:goodwill|refund|apology|explanation|full|proper|response|reply|resolution)\b|\b(?:no (?:choice|option|alternative) but|left with no (?:choice|option))\b|\bdraw your attention to\b|\b(?:note|noted|noting|write|writing|learn\w*|read) with (?:some |great |grave |real )?(?:concern|dismay|disappointment|alarm|regret)\b|\b(?:don${A}t|do not|can${A}t|cannot|no longer) trust (?:you|your|the firm|anyone)\b|\b(?:what|everything|so much|it all) (?:has |had )?(?:gone|went) wrong\b|\blook into (?:what|how|why) (?:happened|went wrong)\b`,
]);
/** Asking where a procedure is published, or for the firm's own records. */
export const complaintSilencer = phrases([
  String.raw`\b(?:how (?:to|do I|do we|can I|can we|would)|where|is there|do you have)\b[^.?]*\b(?:procedure|policy|process|form)\b`,
  String.raw`\bfor our records\b|\b(?:audit|compliance)\b`,
]);

export const hardship = phrases([
  // Bereavement, and illness too serious to be a diary note.
  String.raw`\b(?:death|passing|loss) of (?:my|our)\b|\b(?:${RELATIVES})${A}s (?:death|passing)\b|\b(?:dying|hospice|palliative|intensive care|life support|seriously injured|terminal)\b`,
  String.raw`\b(?:passed away|bereave(?:d|ment)|deceased|widow(?:ed|er)?|terminally ill|seriously ill|very (?:ill|unwell|poorly)|diagnosed|cancer|chemo(?:therapy)?|dementia|had a stroke|heart attack|carer|in pain|A&E)\b`,
  // "the boiler died" is a repair; a person or a pet dying is not.
  String.raw`\b(?:he|she|they|${RELATIVES}|${PETS}) (?:has |had |sadly |recently |suddenly )*died\b`,
  String.raw`\b(?:${RELATIVES}) (?:has |had |sadly |recently )*passed(?: away| on)?\b(?! (?:his|her|the|their|a|an|my|our)\b)`,
  String.raw`\blate (?:${RELATIVES})\b`,
  String.raw`\b(?:lost|losing|loss of) (?:my|our) (?:${RELATIVES}|${PETS}|job|jobs)\b|\b(?:lose|losing) (?:the|our|my) (?:house|home|flat|business)\b`,
  // "the redundant server" is IT; "made redundant" is hardship.
  String.raw`\b(?:made redundant|been redundant|being made redundant|redundancy|laid off|out of work|unemployed|lost my job)\b`,
  String.raw`\b(?:can${A}t|cannot|could not|couldn${A}t) (?:afford|cover|manage the|meet the)\b`,
  String.raw`\b(?:can${A}t|cannot|won${A}t be able to|will not be able to|not be able to) (?:pay|keep up)\b(?! (?:by|with|online|via|using|through|on|in)\b)`,
  String.raw`\b(?:money|finances|cash)(?:${A}s| is| are| has been| have been)? (?:\w+ )?(?:really |very |so |a bit |quite |extremely )?tight\b|\bthings (?:are|have been) (?:\w+ )?tight (?:financially|money-wise|since|for us|at home)\b|\bbankrupt\w*|\binsolven\w+|\bbehind (?:on|with) (?:the |my |our )?(?:invoices|payments|bills|rent|fees|mortgage)\b|\barrears\b|\bno money (?:for|to pay|left)\b`,
  String.raw`\b(?:hours|pay|wages|salary|benefits?|income|pension) (?:(?:was|were|has been|have been|got|being) )?(?:cut|reduced|stopped)\b|\b(?:cut|reduced) my hours\b|\b(?:my|our) (?:business|company|shop) (?:has |had )?(?:closed|gone under|folded|collapsed|gone bust|gone into administration)\b`,
  String.raw`\b(?:unable to|not able to|no longer able to) (?:afford|cover|pay)\b(?! (?:by|with|online|via|using|through|on|in)\b)|\b(?:can${A}t|cannot|unable to|not able to) meet (?:the |this |next \w+${A}s |my |our )?(?:fees?|payments?|bills?|invoice|costs?|repayments?|rent|mortgage)\b`,
  String.raw`\b(?:struggling (?:to pay|financially|with money|with the bills)|in debt|debt collectors?|bailiffs?|food bank|threaten(?:ing|ed) (?:to|me|us|with)(?! (?:rain|snow))|evict\w*)\b`,
]);
/** Illness that may be no more than a reason to move a date. */
export const illness = phrases([
  String.raw`\b(?:been (?:ill|unwell|poorly)|fell ill|unwell|poorly|in hospital|hospital|hospitali[sz]ed|sick|(?:had|having|after|since|need|needs|recovering from) (?:(?:an?|my|major)(?: \w+)? )?(?:surgery|operation)|recovering from|my mental health|(?:my|with) depression|injur(?:ed|y|ies)|divorce|funeral)\b(?! directors?)`,
]);
export const illnessSilencer = phrases([
  ADMIN,
  String.raw`\bupdate (?:the|my|our) (?:name|details|address|account)\b|\bhospital appointment\b|\bwork(?:s|ing)? (?:nights |shifts )?(?:at|in|for) (?:the |a )?hospital\b|\bpolicy\b|\bwhat happens if\b|\bin case\b|\bif (?:a|my|your|the|he|she|they) (?:\w+ )?(?:gets?|is|falls?|becomes?)\b`,
]);

export const leaving = phrases([
  // "cancel the meeting" is diary; "cancel my contract" ends the relationship.
  String.raw`\bcancel(?:l?ed|l?ing|s)?(?: (?:my|our|the|your|this|that|whole|entire|annual|monthly|yearly|maintenance|service))* (?:contracts?|accounts?|subscriptions?|memberships?|retainers?|agreements?|plans?|polic(?:y|ies)|direct debits?|standing orders?)\b`,
  String.raw`\b(?:take|taking|move|moving) (?:my|our) (?:business|custom|work|account) (?:elsewhere|somewhere else|to (?:another|a different) \w+)`,
  String.raw`\b(?:switch|switching|change|changing) (?:to (?:another|a different|a new) )?(?:providers?|suppliers?|firms?|companies)\b`,
  String.raw`\b(?:go|going|went|look|looking) elsewhere\b`,
  String.raw`\b(?:change|changing|switch|switching|move|moving|go|going|went|take|taking)(?: (?:my|our) (?:business|custom|account))?(?: over)? (?:to|with) (?:one of your competitors|a competitor|your competitors?|(?:someone|somebody) else|(?:an?other|a different|other) (?:company|firm|provider|supplier|practice|agency|garage|salon|accountants?|clinic|business))\b|\bfind (?:someone|somebody) else\b|\b(?:lose|losing|lost) (?:a|your|another|one) (?:loyal )?(?:customer|client|patient)\b|\bno longer (?:be )?us(?:e|ing) (?:you|your)\b|\b(?:close|closing) (?:down )?(?:my|our) (?:account|membership)\b`,
  String.raw`\b(?:move|moving|take|taking|transfer\w*) (?:my|our|all (?:my|our)) (?:business|custom|accounts?|work) (?:elsewhere|somewhere else|to (?:another|a different|a competitor|one of|someone else))\b|\btake (?:this|it|the matter|things) further\b|\bif (?:nothing|things don${A}t|this doesn${A}t) (?:changes?|improves?)\b`,
  String.raw`\b(?:a matter for|pass(?:ed|ing)? (?:this |it )?(?:on )?to|hand(?:ed|ing)? (?:this |it )?(?:over )?to|refer(?:red|ring)? (?:this |it )?to|involv\w+|instruct\w*) (?:our|my) (?:legal (?:team|department|advisers?)|lawyers?|solicitors?|attorneys?)\b`,
  String.raw`\b(?:will|shall|is going to) be (?:our|my) (?:very )?last (?:year|month|season|visit|booking|order|time|service)\b`,
  String.raw`\b(?:find|look for|looking for|search for) (?:another|a different|a new) (?:firm|company|provider|supplier|engineer|contractor|accountant|plumber|electrician|builder|practice|agency)\b`,
  String.raw`\b(?:never|won${A}t|will not) (?:be )?us(?:e|ing) you\b`,
  String.raw`\b(?:not|won${A}t|will not) (?:be )?(?:continuing|renewing|staying|continue|renew|stay)\b`,
  String.raw`\b(?:reconsider|reconsidering|considering|thinking (?:about|of)|wondering) (?:whether |if )?(?:we |I )?(?:should |will |to )?(?:renew|continue|stay|leave|cancel|end|look for|keep|remain)\w*`,
  String.raw`\b(?:end|terminate|terminating) (?:our|my|the) (?:agreement|contract|relationship|retainer|membership|account|services?)\b|\bnotice to (?:terminate|cancel|end|leave|quit)\b`,
  String.raw`\b(?:won${A}t|will not|never) be (?:coming|going) back\b|\bwon${A}t be back\b|\bnever (?:coming|going) back\b`,
  String.raw`\bno longer (?:require|need|want|wish to use) (?:your|the) services?\b|\b(?:can${A}t|cannot|don${A}t think (?:I|we) can|not sure (?:I|we) (?:can|want to)) (?:carry on|continue)\b`,
  String.raw`\b(?:won${A}t|will not|wouldn${A}t|would not|not|never) (?:be )?recommend(?:ing)? (?:you|your|this|them|the)\b`,
]);
/** Escalation to someone outside the firm. */
export const escalation = phrases([
  String.raw`\b(?:speak(?:ing)? to|talk(?:ing)? to|contact(?:ing)?|consult(?:ing)?|instruct(?:ing)?|involv(?:e|ing)|hear(?:ing)? from|get(?:ting)?|pass(?:ing)? (?:this|it) (?:on )?to|hand(?:ing)? (?:this|it) (?:over )?to) (?:my|a|our) (?:solicitor|lawyer|attorney)s?\b`,
  String.raw`\b(?:copied|cc${A}?d|copying) (?:in )?(?:my|our) (?:solicitor|lawyer|attorney)s?\b|\b(?:my|our) (?:solicitor|lawyer|attorney)s? (?:has|have|is|are) (?:been )?(?:copied|cc${A}?d|instructed|aware|informed|involved)\b`,
  String.raw`\b(?:go|going|went|take|taking|took|report\w*|complain\w*|refer\w*|escalat\w*)(?: (?:this|it|you|the matter|further))?(?: (?:up|on|over))? to (?:the )?(?:police|courts?|tribunal|press|papers|newspapers|media|local paper|watchdog|my MP)\b`,
  String.raw`\b(?:report|complain|refer|escalat|tak)(?:e|ed|ing|s)?(?: (?:this|it|you|them|the matter|(?:the|your) (?:practice|firm|company|business|surgery|clinic|agency|garage|salon)))? (?:on |up )?to (?:the )?(?:\w+ ){0,4}(?:${BODY}|council|board|authority)\b|\bcontact(?:ing)? (?:the )?(?:\w+ ){0,4}(?:ombudsman|regulator|federation|watchdog|bureau|commission)\b|\bBBB\b|\b(?:rais|fil|open|start|lodg)\w* (?:a )?(?:dispute|chargeback)\b|\bsection 75\b`,
  String.raw`\b(?:shar|post|warn|tell|writ)\w* (?:\w+ ){0,3}(?:experience|story|treatment|ordeal)(?: \w+){0,3} (?:online|publicly|on (?:social media|review sites?|trustpilot|google|facebook|yelp|nextdoor|mumsnet|checkatrade|tripadvisor|instagram|tiktok|reddit|twitter))\b`,
  String.raw`\b(?:my|our) solicitor will\b`,
  String.raw`\b(?:legal action|small claims(?: court)?|ombudsman|trading standards|citizens advice|see you in court|court action|sue (?:you|your firm|the company)|suing)\b`,
  String.raw`\b(?:report(?:ing)?|complain(?:ing)?) (?:this |you |it )?to (?:the |a |your )?(?:regulator|ombudsman|council|police|trading standards|\w+ (?:authority|regulator|board|association))\b`,
  String.raw`(?:\b(?:I|we)${A}ll|\bwill|\bshall|\bgoing to) (?:be )?(?:leav|post|writ|put)\w* (?:an? |my )?(?:honest |bad |negative |one[- ]star |1[- ]star )?review\b`,
  String.raw`\b(?:bad|negative|one[- ]star|1[- ]star) reviews?\b`,
  String.raw`\b(?:legal (?:advice|action|route|proceedings)|lawyers?|seek(?:ing)? (?:legal|independent) advice|considering (?:our|my) (?:options|position)|(?:will|shall) be seeking (?:legal |independent |professional )?advice|law society|legal ombudsman|information commissioner)\b`,
  String.raw`\b(?:report|complain|contact|write to|refer)\w* (?:this |you |it )?(?:to )?(?:the )?(?:ICO|CQC|FCA|SRA|GDC|GMC|RCVS|Ofgem|Ofcom|Ofsted|ICAEW|ACCA|RICS|ASA)\b`,
  String.raw`\b(?:shar|post|warn|tell|writ)\w* (?:my |our |about my |about our |others |people |everyone )?(?:experience|story|this)? ?(?:on|about) (?:trustpilot|checkatrade|yelp|tripadvisor|social media|facebook|google|mumsnet|review sites?)\b`,
]);
/** A question about ending or about the firm's scheme, or choosing another quote: silences its own sentence. */
export const leavingSilencer = phrases([
  String.raw`\b(?:no longer need|is there a fee|notice period|new details|scheme|member of|for quoting|for (?:the|your) quote|this time)\b`,
]);
/** A neutral reason to end a service, which may stand in the next sentence ("Cancel my plan. I'm moving away."). */
export const leavingReason = phrases([
  String.raw`\b(?:moving (?:abroad|away|house|overseas|out)|moved (?:banks|house|away|abroad)|retir\w+|(?:moving|relocating|emigrating) (?:back )?to (?!another\b|a different\b|a competitor\b|one of\b|your competitors?\b))\b`,
]);

/**
 * Milder signs, each too common alone to suggest a loaded inquiry, that do
 * when signs of two different kinds meet in one: a promise and time since it,
 * long custom and a fault, a fault and something at stake.
 */
export const mildSigns: Readonly<Record<string, RegExp>> = {
  promise: phrases([
    String.raw`\b(?:you|u|your \w+|he|she|they) (?:said|told (?:me|us)|confirmed|quoted|agreed|promised?|assured|undertook)\b|\b(?:you|they|he|she) would\b|\b(?:you|u|he|they)${A}d (?:be(?! able)|send|call|come|have|get|ring|do|fix|finish)\b`,
    String.raw`\b(?:was|were) (?:meant|supposed|due) to\b|\bdespite (?:the|my|our|having|being|paying|chasing|assurances|promises)\b|\b(?:I|we) (?:was|were) (?:told|quoted|promised|assured)\b|\bnow you say\b|\b(?:I|we) (?:had )?understood (?:that|it|the)\b|\byou asked for\b`,
  ]),
  elapsed: phrases([
    String.raw`\b${NUMBER} ?(?:days?|wks?|weeks?|fortnight|months?|mths?|years?) ago\b|\bsince (?:the )?(?:\d+(?:st|nd|rd|th)|${MONTHS}|${DAYS}|last (?:week|month|year))\b`,
    String.raw`\b(?:been|it${A}s been) ages\b|\bages ago\b|\bnow (?:is|it${A}s|it is) (?:${MONTHS}|${DAYS})\b|\b(?:it${A}s|it is|we${A}re|we are) now (?:\w+ ){0,3}(?:${DAYS}|week|month)\b|\b(?:\w+ )?(?:days|weeks|months|years) since\b`,
    String.raw`\bnow day \d+\b|\b(?:we${A}re|we are|it${A}s|it is) now (?:in |the end of |the )?(?:${MONTHS}|${DAYS}|\d)|\bthat was (?:last|on|over|${NUMBER})\b`,
    String.raw`\bit${A}s (?:${DAYS})\b|\b(?:for|over|after) (?:over |more than |almost |nearly )?(?:days|weeks|months|a while now|${NUMBER} (?:days|weeks|wks|months|mths))\b|\b(?:\w+ )(?:days|weeks|months) (?:on|later)\b`,
    String.raw`\b(?:it${A}s been|it has been|been) (?:over |more than |almost |nearly )?${NUMBER} (?:day|week|wk|month|mth|year)s? since\b|\b(?:for|over|after|since) (?:over |more than |almost |nearly )?${NUMBER} (?:day|week|wk|month|mth)s?\b|\bonly ${NUMBER} (?:days?|weeks?|months?|years?) old\b`,
  ]),
  loyalty: phrases([
    String.raw`\b(?:been|being) (?:a |your )?(?:loyal )?(?:client|customer|member|patient)s? (?:(?:of|at|with) (?:yours|your \w+|the \w+) )?(?:for|since)\b`,
    String.raw`\b(?:loyal|long[- ]standing|long[- ]term|regular) (?:client|customer|member|patient)s?\b|\bloyal to you\b|\b\w+ years (?:a|as a|as your) (?:client|customer|member|patient)\b|\byour (?:client|customer|patient)s? (?:for )?(?:many|\w+) years\b|\b(?:customer|client|member|patient) since\b|\b(?:all these|over the) years\b|\bafter all this time\b|\bsince (?:it|you) opened\b|\brecommended you\b|\bwith (?:you|your \w+) (?:since|for (?:years|over|more than|\w+ years))\b`,
    String.raw`\b(?:used|using) (?:you|your (?:firm|company|practice|services?)) (?:for|since)\b|\b(?:clients?|customers?|members?|patients?) (?:of (?:yours|your \w+) )?for (?:over |more than |nearly |almost )?(?:\w+ years|years|a decade|decades|a long time)\b`,
  ]),
  fault: phrases([
    String.raw`\bstill (?:not|isn${A}t|doesn${A}t|don${A}t|can${A}t|wrong|broken|leaking|locked|being)\b`,
    String.raw`\b(?:headaches?|migraines?|falling out|blurry|blurred|out of focus|faded|laughed (?:at|about)|swore at|rolled (?:his|her|their) eyes)\b|\b(?:I|we)(?:${A}ve| have)? had to (?:throw|take (?:time|the day|a day)|leave work|pay (?:again|twice|someone)|get someone else|sleep|spend the night)\b`,
    String.raw`\bworse than\b|\b(?:spent|paid) (?:a lot|good money|a fortune|so much|thousands)\b|\b(?:water|rain) (?:is |now |still )*(?:coming|pouring|getting|leaking) (?:in|through)\b|\bfinal (?:demand|notice)\b`,
    String.raw`\bnot (?:resolved|fixed|working|completed|finished|sorted|fitted|replaced|repaired|returned|put back|as agreed|what we ordered)\b|\b(?:it|then|just|has|have|had) stopped\b|\b(?:price|estimate|quote|bill|cost|invoice) (?:has |had )?(?:doubled|tripled|gone up)\b|\bnothing like\b`,
    String.raw`\b(?:broke|broken|errors|mistake|mistakes|damaged|unfinished|exposed|double[- ]booking|no explanation|without (?:any )?explanation|no apology|lack of (?:any )?(?:apology|communication|explanation))\b`,
    String.raw`\bwho (?:is going to |will |should )?pay(?:s)? (?:for )?(?:this|that|it)\b`,
    String.raw`\b(?:freezing|in the cold|flood(?:ed|ing)?|damp|mould|unsafe|dangerous|(?<!\b(?:nothing|anything) )wrong|lost|mess|inconvenience|hassle)\b`,
    String.raw`\b(?:cracked|stained|scratched|smashed|dropped|ruined|dented|torn|smells? of (?:gas|burning)|hung up|fail(?:s|ed)? to (?:arrive|turn up|show|come|call|reply|send|fix)|left (?:without|us short|me short|in the rain|on the pavement))\b`,
    String.raw`\b(?:won${A}t|doesn${A}t|does not|will not|can${A}t) (?:shut|close|open|start|work|turn on|lock|flush|drain|charge|connect)\b|\b(?:nearly |almost |more than )?(?:double|twice|three times|four times) (?:the (?:quote|estimate|price)|what)\b|\bnearly double\b|\bwasn${A}t expecting\b|\bstill (?:sat|sitting)\b|\b(?:I${A}m|we${A}re|I am|we are) out (?:of pocket|£|\$|€)|\b(?:took|taken) (?:my|our) money\b|\bcancelled on (?:us|me)\b|\btwice\b|\btoo (?:steep|narrow|small|tight)\b|\b(?:stuck|burning|rash|swollen|stopped working|nothing done|never (?:performed|done|started)|sore|chipped|shrugged|uneven|wonky|thin|bruised?|bruises|injur\w+|bleeding|burnt|clearly didn${A}t)\b`,
  ]),
  stakes: phrases([
    String.raw`\b(?:wedding|exam|hearing|payroll|visa|passport|flight|fly|deadline|fined|18th|21st|christening|newborn|pregnant|elderly|small children|young children|pensioner|fixed income|medication|prescription|care home|charity|unpaid leave|permit|alone|diabetic|insulin|wheelchair|disabled|depends on|(?:whole|entire) (?:future|career|livelihood)|time off work|allerg(?:y|ies|ic)|tomorrow|penalty|time off)\b`,
    String.raw`\b\d+[- ](?:week|month|day)[- ]old\b|\b(?:took|taken|take|taking) (?:a |the |two |\d+ )?days? off\b|\blosing (?:business|money|clients|customers|work)\b`,
  ]),
  candour: phrases([
    String.raw`\b(?:to be (?:blunt|frank)|frankly|with (?:all due |the greatest )?respect(?! to)|(?:I${A}m|I am) not being funny|no offen[cs]e)\b`,
  ]),
  challenge: phrases([
    String.raw`\b(?:like|want|need|wish) to (?:know|understand) why\b|\bwhy (?:am I|are we|does (?:it|this)|do (?:I|we)|is (?:it|this|my|our|there)|has (?:it|this|my|no ?one|nobody)|have (?:I|we|you)|haven${A}t|hasn${A}t|isn${A}t|wasn${A}t|was (?:I|my|our|it)|were (?:we|you)|did(?:n${A}t)? (?:you|no ?one|nobody|your))\b`,
    String.raw`\b(?:are|were) you (?:going|planning) to\b|\bor not\b`,
  ]),
  chase: phrases([
    String.raw`\b(?:appreciate|be grateful for|like|need|want) (?:an|some) (?:update|answer|response|explanation)\b|\bany (?:update|news|progress)\b|\bfollow(?:ing)? up\b|\b(?:get|got|getting) back to (?:me|us)\b`,
    String.raw`\b(?:ring|phone|call) me (?:back|asap|today|urgently)\b|\bask someone to (?:phone|call|ring)\b|\bwaited in\b|\bwaiting\b(?! (?:on|for) (?:my|our) (?:${RELATIVES}|boss|landlord|bank|employer|insurer|colleagues?|manager)\b)|\bneed (?:to know|this sorted|an answer) (?:today|now|urgently|this week)\b|\bpointed (?:it|this) out\b|\bplease help\b|\bcan (?:someone|anyone) (?:please )?help\b`,
  ]),
  staff: phrases([
    String.raw`\b(?:you|your \w+) (?:used|installed|fitted|took|built|supplied)\b`,
    String.raw`\b(?:your|ur|the) (?:\w+ )?(?:engineer|driver|fitter|receptionist|staff|team|man|men|guys?|lads|crew|technician|painter|builder|plumber|electrician|tutor|cleaner|stylist|office|manager|lady|bloke|workers?|contractor|\w+(?:er|or)s)s? (?:has |have |had |just |then |simply )?(?:left|broke|hung|dropped|forgot|lost|ignored|refused|cancelled|damaged|shouted|walked|went off|gone off|failed)\b`,
  ]),
};
