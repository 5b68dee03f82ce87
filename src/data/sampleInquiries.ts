/**
 * One hundred fictional client inquiries to a property maintenance firm
 * (heating, plumbing, electrics, maintenance plans), written for this project
 * to demonstrate the worksheet. Any likeness to real people is chance.
 *
 * `kind` records how the author, acting as the owner, would sort each one and
 * whether the first-contact signals should catch it, so tests can hold the
 * rules to it:
 * - loaded: emotionally loaded, and a signal fires (33; the one in words no
 *   rule reads, "starting to dread coming home", is caught by the word scorer)
 * - routine: routine, no signal (51)
 * - routine-near-miss: routine, with words close to a signal that must not fire (13)
 * - routine-flagged: routine, but a signal fires (3): a false alarm
 * So the author's loaded share is 33 of 100, and the signals alone reach a
 * recall of 33/33 and a false-alarm rate of 3/67. The rules were not written
 * for these rows alone, but they have seen them: the methodology page gives
 * the figures on inquiries they were never tuned on.
 */
import type { Inquiry } from '../model/segment';

/** How the author would sort a sample inquiry, and whether the signals should catch it. */
export type SampleKind = 'loaded' | 'routine' | 'routine-near-miss' | 'routine-flagged';

export interface SampleInquiry {
  kind: SampleKind;
  topic: string;
  date: string;
  text: string;
}

export const sampleInquiries: readonly SampleInquiry[] = [
  {
    kind: 'loaded',
    topic: 'Booking',
    date: '2025-03-03',
    text: "This is the third time I've rung about the boiler service. Each time I'm told someone will call back and no one does.",
  },
  {
    kind: 'routine-near-miss',
    topic: 'Booking',
    date: '2025-03-03',
    text: 'Could the electrician come late afternoon rather than first thing?',
  },
  {
    kind: 'routine',
    topic: 'Account',
    date: '2025-03-03',
    text: 'Please send all paperwork to our office manager from now on.',
  },
  {
    kind: 'loaded',
    topic: 'Complaint',
    date: '2025-03-03',
    text: 'Honestly this is unacceptable. Three visits, three different answers, and the fault is there every morning.',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-04',
    text: 'Could we book the annual boiler service for the week of 14 April?',
  },
  {
    kind: 'routine',
    topic: 'Refund',
    date: '2025-03-04',
    text: 'We booked two hours but the locksmith only needed twenty minutes. Will the difference come back to my card automatically?',
  },
  {
    kind: 'loaded',
    topic: 'Repair',
    date: '2025-03-04',
    text: 'Since the boiler was replaced it cuts out every night!! We have two small children and the house is freezing.',
  },
  {
    kind: 'routine',
    topic: 'Account',
    date: '2025-03-04',
    text: 'Can you add my partner as a second contact on the account?',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-05',
    text: 'Can we have the same engineer as last year? He knew the system well.',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Booking',
    date: '2025-03-05',
    text: 'No rush at all, but could you pencil in the annual boiler service for sometime in May?',
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-05',
    text: 'Is VAT included in the figure on the estimate?',
  },
  {
    kind: 'loaded',
    topic: 'Invoice',
    date: '2025-03-05',
    text: "I was made redundant last month and can't afford the full invoice in one go. Is there any way to spread it?",
  },
  {
    kind: 'routine-flagged',
    topic: 'Booking',
    date: '2025-03-06',
    text: 'Could you book us in again for the same week next year? Same job as this time.',
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-06',
    text: 'A socket in the garage sparked once when I plugged in the mower. Probably worth a look.',
  },
  {
    kind: 'loaded',
    topic: 'Account',
    date: '2025-03-06',
    text: 'After our divorce the direct debit is coming out of my account for a house I no longer live in. Please stop it.',
  },
  {
    kind: 'routine',
    topic: 'Refund',
    date: '2025-03-06',
    text: 'We overpaid by £40 when settling the last invoice by card. Could you refund the difference?',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-07',
    text: 'Our tenant will let the engineer in. Her number is on the work order.',
  },
  {
    kind: 'loaded',
    topic: 'Repair',
    date: '2025-03-07',
    text: "I've had buckets down in the hall for the past fortnight and I'm starting to dread coming home.",
  },
  {
    kind: 'routine-flagged',
    topic: 'Account',
    date: '2025-03-07',
    text: 'Please update the card we pay by; the old one expires this month.',
  },
  {
    kind: 'loaded',
    topic: 'Complaint',
    date: '2025-03-07',
    text: 'I am furious. Your team left the front door unlocked after the visit and we came home to an open house.',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Invoice',
    date: '2025-03-08',
    text: 'Sorry for any delay in paying, the invoice went to my old email. Paying today.',
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-08',
    text: "We're thinking of an air source heat pump. Do you survey for those?",
  },
  {
    kind: 'loaded',
    topic: 'Booking',
    date: '2025-03-08',
    text: "You cancelled on us again this morning with ten minutes' notice. This is the second time.",
  },
  {
    kind: 'routine',
    topic: 'Account',
    date: '2025-03-08',
    text: "We've moved office. New address for post: Unit 6, Quayside Yard.",
  },
  {
    kind: 'routine',
    topic: 'Maintenance plan',
    date: '2025-03-09',
    text: 'Could you send the terms of the landlord maintenance plan?',
  },
  {
    kind: 'loaded',
    topic: 'Booking',
    date: '2025-03-09',
    text: 'My last two emails have gone unanswered. Can someone please confirm whether Thursday is happening?',
  },
  {
    kind: 'routine',
    topic: 'Refund',
    date: '2025-03-09',
    text: "The follow-up visit wasn't needed in the end, as you said it might not be. Could the call-out fee be refunded?",
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-10',
    text: 'Could someone bleed the radiators when they come for the service? The upstairs ones are cold at the top.',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Repair',
    date: '2025-03-10',
    text: 'Thanks again for sorting the tap so quickly. One more small thing: the bath plug is stiff.',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-10',
    text: "Can we move Friday's appointment to the following Monday, same time?",
  },
  {
    kind: 'loaded',
    topic: 'Booking',
    date: '2025-03-10',
    text: 'Still waiting for the electrician who was due on Tuesday. I took the day off work for this.',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Quote',
    date: '2025-03-11',
    text: 'Planning approved!! Can you send the final quote for the extension?',
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-11',
    text: 'Please could you price up an outdoor socket by the patio?',
  },
  {
    kind: 'loaded',
    topic: 'Invoice',
    date: '2025-03-11',
    text: "The invoice is for eight hours but the plumber was here for three. I'm disputing the invoice and want a manager to look at it.",
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-11',
    text: 'Please confirm the fitter is coming at 8am tomorrow.',
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-12',
    text: 'Do you offer payment in instalments for larger jobs?',
  },
  {
    kind: 'loaded',
    topic: 'Complaint',
    date: '2025-03-12',
    text: "The way the clear-out at my mother's house was handled has left me in pieces. I trusted you with it.",
  },
  {
    kind: 'routine',
    topic: 'Maintenance plan',
    date: '2025-03-12',
    text: 'Does the plan renew automatically, or do I need to do anything?',
  },
  {
    kind: 'loaded',
    topic: 'Account',
    date: '2025-03-12',
    text: "My husband passed away in January and the account is still in his name. I don't really know what I need to do.",
  },
  {
    kind: 'routine-near-miss',
    topic: 'Maintenance plan',
    date: '2025-03-13',
    text: "We're moving abroad in June, so please cancel my maintenance plan from then. Thank you for everything over the years.",
  },
  {
    kind: 'routine',
    topic: 'Account',
    date: '2025-03-13',
    text: 'Could you tell me the email address you have on file for us?',
  },
  {
    kind: 'loaded',
    topic: 'Repair',
    date: '2025-03-13',
    text: 'The engineer was short with my elderly father and left without fixing anything. We are very disappointed.',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-13',
    text: 'Is there any chance of a Saturday morning slot for the electrical safety check?',
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-14',
    text: 'Could the quote include taking away the old bath?',
  },
  {
    kind: 'loaded',
    topic: 'Account',
    date: '2025-03-14',
    text: "I'm sorry to ask, but my father used to deal with all of this and I'm now trying to sort out his house on my own. Where do I even start?",
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-14',
    text: "Thanks for the quote. We'd like to go ahead with option B.",
  },
  {
    kind: 'loaded',
    topic: 'Repair',
    date: '2025-03-14',
    text: 'Our heating has been off since Friday, we have a newborn, and your engineer never turned up on Monday. Please, someone ring me today.',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Quote',
    date: '2025-03-15',
    text: 'Our solicitor has asked for a copy of the gas safety certificate for the sale. Could you email it?',
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-15',
    text: 'Please could you add our purchase order number, PO-2231, to the invoice?',
  },
  {
    kind: 'loaded',
    topic: 'Invoice',
    date: '2025-03-15',
    text: 'I will not be paying this invoice. The work was left unfinished and I will be speaking to a solicitor.',
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-16',
    text: 'Can you resend invoice 4471? It went to an old email address.',
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-16',
    text: 'The kitchen extractor fan is noisy. Is it worth repairing or should we replace it?',
  },
  {
    kind: 'loaded',
    topic: 'Refund',
    date: '2025-03-16',
    text: "Our shop lost a day's trading because the electrician turned up late and then left to get parts. We want compensation for the lost day.",
  },
  {
    kind: 'routine',
    topic: 'Maintenance plan',
    date: '2025-03-16',
    text: 'When is our next service due under the plan?',
  },
  {
    kind: 'routine',
    topic: 'Maintenance plan',
    date: '2025-03-17',
    text: 'Would the plan cover a replacement part if the pump fails?',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Booking',
    date: '2025-03-17',
    text: 'Can we cancel the site meeting on Tuesday and move it to Wednesday? Same time is fine.',
  },
  {
    kind: 'routine',
    topic: 'Refund',
    date: '2025-03-17',
    text: 'Your engineer finished in half the booked time. Is the unused part of the prepaid block refundable?',
  },
  {
    kind: 'loaded',
    topic: 'Refund',
    date: '2025-03-17',
    text: 'The new radiator leaks, the floor is stained and the fitter said it was not his problem. I expect compensation for the floor.',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Account',
    date: '2025-03-18',
    text: 'My colleague is in hospital for a few weeks, so please send invoices to me instead for now.',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-18',
    text: 'Is it possible to book the boiler service and the gas safety check on the same visit?',
  },
  {
    kind: 'loaded',
    topic: 'Booking',
    date: '2025-03-18',
    text: "We've been waiting three weeks for the part. The landlord keeps asking when it will be done, and nobody rang us back.",
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-18',
    text: 'How much would it cost to move the thermostat to the hallway?',
  },
  {
    kind: 'routine',
    topic: 'Account',
    date: '2025-03-19',
    text: 'Is there a discount for having several properties on one account?',
  },
  {
    kind: 'loaded',
    topic: 'Invoice',
    date: '2025-03-19',
    text: "I don't understand this bill and I'm scared of getting it wrong with the little money I have left this month.",
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-19',
    text: 'Could the engineer ring 30 minutes before arriving? I work from home and may be on a call.',
  },
  {
    kind: 'loaded',
    topic: 'Maintenance plan',
    date: '2025-03-19',
    text: "Please cancel my maintenance plan. After the way the last repair was handled I'll be taking my business elsewhere.",
  },
  {
    kind: 'routine-near-miss',
    topic: 'Booking',
    date: '2025-03-20',
    text: "The plumber wasn't late at all, he arrived early in fact. Could he come back next week to finish the shower?",
  },
  {
    kind: 'routine',
    topic: 'Maintenance plan',
    date: '2025-03-20',
    text: "Can I add my mother's flat to my maintenance plan, or does it need its own?",
  },
  {
    kind: 'loaded',
    topic: 'Maintenance plan',
    date: '2025-03-20',
    text: 'I have chased this renewal four times now and keep being told someone will get back to me.',
  },
  {
    kind: 'routine',
    topic: 'Maintenance plan',
    date: '2025-03-20',
    text: "What does the gold maintenance plan cover that the standard one doesn't?",
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-21',
    text: 'Please can you address future invoices to the company rather than to me personally?',
  },
  {
    kind: 'loaded',
    topic: 'Maintenance plan',
    date: '2025-03-21',
    text: "Thinking of switching provider. Every year the service is booked for a date I can't do and it takes weeks to change.",
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-21',
    text: 'We need an electrical condition report for a rental before 30 April. What dates do you have?',
  },
  {
    kind: 'loaded',
    topic: 'Refund',
    date: '2025-03-21',
    text: 'The bathroom fit was finished two weeks late and the tiling is cracked already. I want a refund for the tiling at the very least.',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Account',
    date: '2025-03-22',
    text: 'Please remove the redundant second address from our account; we sold that flat.',
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-22',
    text: "The thermostat display has gone blank. I've changed the batteries. What next?",
  },
  {
    kind: 'loaded',
    topic: 'Repair',
    date: '2025-03-22',
    text: 'My mum is 89 and has been without hot water since the weekend. She has just come out of hospital.',
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-23',
    text: 'Please could you quote for replacing two bedroom radiators with larger ones?',
  },
  {
    kind: 'routine',
    topic: 'Account',
    date: '2025-03-23',
    text: 'What are your opening hours over the Easter weekend?',
  },
  {
    kind: 'loaded',
    topic: 'Complaint',
    date: '2025-03-23',
    text: 'This is appalling. Your van blocked our drive for a whole morning and the driver swore at my wife.',
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-23',
    text: 'The shower pressure is a bit low upstairs. Is that something you can look at?',
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-24',
    text: 'Is the price on the quote fixed, or could it change once you start?',
  },
  {
    kind: 'routine-near-miss',
    topic: 'Refund',
    date: '2025-03-24',
    text: 'The job went smoothly and finished early, so could you refund the unused hours on the quote?',
  },
  {
    kind: 'routine',
    topic: 'Quote',
    date: '2025-03-24',
    text: 'Can you give a rough price for a new consumer unit in a three-bed semi?',
  },
  {
    kind: 'loaded',
    topic: 'Repair',
    date: '2025-03-24',
    text: 'WHY IS NOBODY ANSWERING THE PHONE. The leak is coming through the kitchen ceiling.',
  },
  {
    kind: 'routine-flagged',
    topic: 'Invoice',
    date: '2025-03-25',
    text: 'Quick one: the invoice says the job ran late into the evening, which was fine, but the hours look doubled.',
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-25',
    text: 'Could I have a copy of the receipt for the deposit for my records?',
  },
  {
    kind: 'loaded',
    topic: 'Complaint',
    date: '2025-03-25',
    text: 'Fed up of being passed between departments. I just want one person to own this.',
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-25',
    text: 'Do you accept payment by bank transfer? If so, which reference should I use?',
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-26',
    text: 'The toilet cistern takes a long time to refill. Is that a quick fix?',
  },
  {
    kind: 'loaded',
    topic: 'Booking',
    date: '2025-03-26',
    text: "Could someone please tell me honestly whether you can do this job? I feel like I'm being fobbed off.",
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-26',
    text: 'One of the spotlights in the kitchen has stopped working. Do you replace bulbs or is that one for us?',
  },
  {
    kind: 'loaded',
    topic: 'Invoice',
    date: '2025-03-26',
    text: "You've charged us twice for the March call-out. I've already emailed about this and still nothing.",
  },
  {
    kind: 'routine-near-miss',
    topic: 'Repair',
    date: '2025-03-27',
    text: 'The old immersion heater finally died, as you predicted. Can we book the replacement?',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-27',
    text: "Do your engineers wear shoe covers? We've just had new carpets fitted.",
  },
  {
    kind: 'loaded',
    topic: 'Refund',
    date: '2025-03-27',
    text: 'We paid a deposit in February, the job was delayed until June, and now the price has gone up. I want a refund of the deposit.',
  },
  {
    kind: 'routine',
    topic: 'Repair',
    date: '2025-03-27',
    text: 'The outside tap drips a little. Nothing urgent; whenever you are next nearby.',
  },
  {
    kind: 'routine',
    topic: 'Booking',
    date: '2025-03-28',
    text: 'Can your team park on the drive? The road has permit parking.',
  },
  {
    kind: 'loaded',
    topic: 'Account',
    date: '2025-03-28',
    text: "I'm a carer for my son and can only take calls between 10 and 2. Nobody seems to read the notes on my account.",
  },
  {
    kind: 'routine',
    topic: 'Invoice',
    date: '2025-03-28',
    text: 'Could you split the invoice between the two flats, half each?',
  },
];

/** The sample as the worksheet reads it: no first message kept apart. */
export function sampleAsInquiries(): Inquiry[] {
  return sampleInquiries.map(({ text, topic, date }) => ({ text, topic, date, firstMessage: '' }));
}
