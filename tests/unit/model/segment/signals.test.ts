import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  detectSignals,
  MILD_SIGN_KINDS_NEEDED,
  MONEY_PROBLEM_NEAR_WORDS,
  signalIds,
  signalRules,
  type SignalId,
} from '../../../../src/model/segment/signals';

/** The words a given signal matched in `text`, or undefined when it did not fire. */
function matchedBy(id: SignalId, text: string): readonly string[] | undefined {
  return detectSignals(text).find((signal) => signal.id === id)?.matched;
}

describe('signalRules', () => {
  it('has one rule per signal id, each with a plain-English name and description', () => {
    expect(signalRules.map((rule) => rule.id)).toEqual([...signalIds]);
    for (const rule of signalRules) {
      expect(rule.name).toMatch(/^[A-Z][a-z]/);
      expect(rule.description.length).toBeGreaterThan(40);
    }
  });
});

// Each row: a signal, an inquiry that fires it, and the words it should show.
const fires: [SignalId, string, string[]][] = [
  ['repeatContact', 'This is the third time I have written about the gutter.', ['third time']],
  ['repeatContact', 'Writing again because the invoice is wrong.', ['again']],
  ['repeatContact', 'Still waiting for the certificate you promised.', ['Still waiting']],
  ['repeatContact', 'I chased this on Monday and Wednesday.', ['chased']],
  ['repeatContact', 'See my last two emails about the quote.', ['my last two emails']],
  ['repeatContact', 'How many times do I need to ask?', ['How many times']],
  ['delay', 'The fitter was late on both days.', ['late']],
  ['delay', 'Our install has been delayed twice.', ['delayed']],
  ['delay', 'No one called back after Tuesday.', ['No one called back']],
  [
    'delay',
    'You missed callback after callback: a missed callback on Friday too.',
    ['missed callback'],
  ],
  ['delay', 'The engineer never turned up.', ['never turned up']],
  ['delay', "I haven't heard back from anyone.", ["haven't heard back"]],
  ['delay', 'Three callbacks were missed last week.', ['callbacks were missed']],
  ['delay', 'We have been waiting three weeks for the part.', ['waiting three weeks']],
  ['strongNegative', 'I am furious about the mess left behind.', ['furious']],
  ['strongNegative', 'Frankly disgusted with how this was handled.', ['disgusted']],
  ['strongNegative', 'This is unacceptable.', ['unacceptable']],
  ['strongNegative', 'The workmanship is appalling.', ['appalling']],
  ['strongNegative', 'Honestly fed up and very disappointed.', ['fed up', 'very disappointed']],
  ['strongNegative', 'Worst service I have had.', ['Worst']],
  ['moneyAfterProblem', 'The job was late and botched, so I want a refund.', ['refund', 'late']],
  [
    'moneyAfterProblem',
    'I expect my money back: the boiler is still broken.',
    ['money back', 'still broken'],
  ],
  ['moneyAfterProblem', 'You have overcharged me for the call-out.', ['overcharged']],
  ['moneyAfterProblem', 'We were charged twice for March.', ['charged twice']],
  ['moneyAfterProblem', 'I am disputing the invoice for the call-out.', ['disputing the invoice']],
  ['hardship', 'My father passed away in June.', ['father passed away']],
  ['hardship', 'The funeral is on Friday and the estate is a mess.', ['funeral']],
  ['hardship', 'My husband is in hospital this week.', ['in hospital']],
  ['hardship', 'I was made redundant in May.', ['made redundant']],
  ['hardship', "We can't afford the full amount this month.", ["can't afford"]],
  ['hardship', 'Mum died last month and the account was in her name.', ['Mum died']],
  ['hardship', 'The boiler at my late mother’s house needs a service.', ['late mother']],
  ['leaving', 'I want to cancel my contract.', ['cancel my contract']],
  [
    'leaving',
    'Cancel the annual maintenance plan, please.',
    ['Cancel the annual maintenance plan'],
  ],
  ['leaving', 'I will take my business elsewhere.', ['take my business elsewhere']],
  ['leaving', 'We are ready to switch provider.', ['switch provider']],
  ['leaving', 'I will be speaking to my solicitor.', ['speaking to my solicitor']],
  ['leaving', 'Next stop is the ombudsman.', ['ombudsman']],
  ['ignored', 'I feel completely ignored.', ['feel completely ignored']],
  ['ignored', 'Four emails and not one reply.', ['not one reply']],
  ['complaint', 'I wish to make a formal complaint about the visit.', ['make a formal complaint']],
  ['complaint', 'I am extremely unhappy with the outcome.', ['extremely unhappy']],
  ['complaint', 'Frankly I expected better.', ['expected better']],
  ['worry', "I'm getting quite anxious about the wedding photos.", ['anxious']],
  ['worry', "I can't sleep worrying about it.", ["can't sleep"]],
  ['delay', 'It has now been six weeks since you said a fortnight.', ['since you said']],
  ['leaving', 'I will be reporting this to the regulator.', ['reporting this to the regulator']],
  ['leaving', "I'll be leaving a review on Google about this.", ["I'll be leaving a review"]],
  ['shouting', 'Could you PLEASE tell me when the engineer is coming', ['PLEASE']],
  [
    'mildSigns',
    'You said it would be ready. That was three weeks ago.',
    ['You said', 'That was three'],
  ],
  ['shouting', 'I AM NOT HAPPY with this', ['I AM NOT HAPPY']],
  // Broad families: put flatly, politely, or in non-native English.
  ['repeatContact', 'I have reported this before.', ['reported this before']],
  ['repeatContact', 'The leak is back.', ['leak is back']],
  ['delay', 'I have yet to receive it.', ['have yet to receive']],
  ['ignored', "I don't feel listened to at all.", ["don't feel listened to"]],
  ['complaint', 'Please treat this letter as a complaint.', ['as a complaint']],
  ['complaint', 'I must raise a concern about the cleaning.', ['raise a concern']],
  ['complaint', 'I note with concern that work has not started.', ['note with concern']],
  ['leaving', "We're moving house, and the ombudsman will hear of this.", ['ombudsman']],
  ['worry', "I'm petrified.", ['petrified']],
  ['worry', 'I felt rather small.', ['felt rather small']],
  ['worry', 'I give up.', ['I give up']],
  [
    'hardship',
    'Things have been very tight since my hours were cut.',
    ['Things have been very tight since', 'hours were cut'],
  ],
  ['leaving', 'I will change to other company.', ['change to other company']],
  ['leaving', 'My solicitor has been copied in.', ['My solicitor has been copied']],
  [
    'leaving',
    'I will be reporting this to the General Dental Council.',
    ['reporting this to the General Dental Council'],
  ],
  [
    'moneyAfterProblem',
    "I don't think I should be paying for this.",
    ["don't think I should be paying"],
  ],
  [
    'mildSigns',
    "Your guy said he'd be back Tuesday. It's now the following Friday.",
    ['Your guy said', "he'd be", "It's now the following Friday"],
  ],
  ['shouting', 'Where is my engineer!!', ['!!']],
  ['shouting', 'You said Tuesday?!', ['?!']],
];

describe('detectSignals: each signal fires on its phrases', () => {
  it.each(fires)('%s fires on "%s"', (id, text, words) => {
    expect(matchedBy(id, text)).toEqual(words);
  });
});

// Each row: a signal and an inquiry near it that must not fire it (nor any other signal).
const nearMisses: [SignalId, string][] = [
  ['repeatContact', 'Thanks again for the quick visit.'],
  ['repeatContact', 'Happy to book you again next spring.'],
  ['repeatContact', 'This is the first time we have used you.'],
  ['repeatContact', 'No need to chase the landlord, we have the keys.'],
  ['delay', 'No rush at all, whenever suits you.'],
  ['delay', 'The plumber was not late; he arrived early.'],
  ['delay', 'Could someone come late afternoon on Friday?'],
  ['delay', 'Sorry for any delay in sending the photos.'],
  ['delay', 'No reply needed, just letting you know the gate code.'],
  ['delay', "I've never called before, is this the right number?"],
  ['strongNegative', 'That is an awful lot of paperwork, but fine.'],
  ['strongNegative', "I'm terribly sorry to bother you on a Sunday."],
  ['strongNegative', 'I am not upset, just want to understand the bill.'],
  ['strongNegative', 'In the worst case we can move it to May.'],
  ['moneyAfterProblem', 'Could I have a refund of the unused hours? The job went smoothly.'],
  ['moneyAfterProblem', 'Please refund the deposit as agreed, no problems at all.'],
  ['moneyAfterProblem', 'Please issue a refund for the cancelled booking.'],
  ['hardship', 'Please remove the redundant field from the booking form.'],
  ['hardship', 'Our old boiler finally died on Sunday.'],
  ['hardship', 'Do you cover hospitality venues?'],
  ['hardship', 'We can afford the upgrade if it is done by June.'],
  ['leaving', 'Can we cancel the meeting on Tuesday?'],
  ['leaving', "Please cancel Thursday's appointment and rebook."],
  ['leaving', 'Our solicitor needs the completion certificate.'],
  ['leaving', 'Sue from accounts asked me to send this.'],
  ['delay', 'Sorry for the slow reply, Tuesday works.'],
  ['delay', "Just a heads up, I'll be about 10 minutes late."],
  ['delay', "Don't worry about the delay, no rush at all."],
  ['hardship', "I'm ill this week so could we push the session back to Monday?"],
  ['hardship', 'I have to move the visit because of the funeral.'],
  ['complaint', 'Where can I find your complaints procedure?'],
  ['leaving', 'Are you a member of an ombudsman scheme?'],
  ['leaving', "Is there a fee for cancelling the membership? I'm moving abroad."],
  ['repeatContact', 'Second time booking with you, loved the first visit!'],
  ['repeatContact', 'Sorry to bother you again, I forgot to attach the form in my last email.'],
  ['mildSigns', 'Urgent: please send the VAT invoice for March.'],
  ['mildSigns', 'I have been a client for eleven years.'],
  ['shouting', 'omg the cake was amazing!! can i order another?'],
  ['shouting', 'Great news! See you Monday!'],
  ['shouting', 'Re: XYZ HOLDINGS LTD VAT return'],
  ['shouting', 'Is the MOT included?'],
  ['repeatContact', 'Please ignore my last email, I found the invoice.'],
  ['repeatContact', 'Loved the new cut! Can I book the same again in six weeks?'],
  ['delay', 'sorry for late reply, yes Friday is fine'],
  ['delay', 'We act for the executors of the late Mr Harris.'],
  ['strongNegative', 'My daughter has an upset stomach so we will skip swimming.'],
  ['strongNegative', 'Parking round here is a bit of a nightmare, so use our drive.'],
  ['worry', 'My son may be anxious at his first haircut; can we book a quiet time?'],
  ['leaving', 'Do you have a cancellation policy?'],
  ['leaving', 'Could you confirm your escalation process and your regulator?'],
  ['hardship', 'I work nights at the hospital, so mornings after 11 are best.'],
  ['hardship', 'Following my divorce, please update the name on the account.'],
  ['mildSigns', 'Waiting on my husband to confirm the date, will let you know tomorrow.'],
  ['leaving', "Please cancel my membership from next month. I'm moving away for work."],
  ['repeatContact', "I've forgotten my login again, sorry! Can you reset it?"],
];

describe('detectSignals: near-misses stay quiet', () => {
  it.each(nearMisses)('%s does not fire on "%s"', (id, text) => {
    expect(matchedBy(id, text)).toBeUndefined();
    expect(detectSignals(text)).toEqual([]);
  });
});

describe('detectSignals: money disputed after a problem', () => {
  it(`counts a problem within ${MONEY_PROBLEM_NEAR_WORDS} words of the refund, not further`, () => {
    const filler = (words: number) => Array.from({ length: words }, () => 'word').join(' ');
    // "refund" is word 1; "broken" is word 1 + 1 + n; the gap is n + 1 words.
    const near = `refund ${filler(MONEY_PROBLEM_NEAR_WORDS - 1)} broken`;
    const far = `refund ${filler(MONEY_PROBLEM_NEAR_WORDS)} broken`;
    expect(matchedBy('moneyAfterProblem', near)).toEqual(['refund', 'broken']);
    expect(matchedBy('moneyAfterProblem', far)).toBeUndefined();
  });
});

describe('detectSignals: milder signs', () => {
  it(`fire only when ${MILD_SIGN_KINDS_NEEDED} different kinds meet: a promise alone is routine, a promise and time since it is not`, () => {
    expect(matchedBy('mildSigns', 'You said it would be ready on Monday.')).toBeUndefined();
    expect(matchedBy('mildSigns', 'It would be ready a fortnight ago, you said.')).toEqual([
      'you said',
      'a fortnight ago',
    ]);
  });

  it('keep a light illness routine when it only moves a date, across sentences', () => {
    expect(detectSignals('My mum is poorly. Could we try the following week?')).toEqual([]);
    expect(matchedBy('hardship', 'My mum is poorly and the noise is unbearable for her.')).toEqual([
      'poorly',
    ]);
  });
});

describe('detectSignals', () => {
  it('reports matched words as written, once each, in rule order', () => {
    const found = detectSignals(
      'Third time asking: no one called back and the job is LATE, late, late.',
    );
    expect(found).toEqual([
      { id: 'repeatContact', name: 'Repeat contact', matched: ['Third time'] },
      { id: 'delay', name: 'Delays and missed callbacks', matched: ['no one called back', 'LATE'] },
    ]);
  });

  it('reads curly apostrophes like straight ones', () => {
    expect(matchedBy('hardship', 'We can’t afford it')).toEqual(['can’t afford']);
  });

  it('never throws and only reports phrases that occur in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const signal of detectSignals(text)) {
          for (const phrase of signal.matched) expect(text).toContain(phrase);
        }
      }),
      { numRuns: 300 },
    );
  });
});
