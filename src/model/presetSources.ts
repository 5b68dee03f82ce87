/**
 * Where each preset value comes from: the public sources the presets cite, and
 * for every field of every preset whether its value is a public figure, derived
 * from public figures, or an assumption, with a note in plain words. Only the
 * methodology page reads this, so the calculator's bundle leaves it out.
 */
import type { ScenarioField } from './fields';

/** Where a preset value comes from. */
export type ValueBasis =
  | 'source' // a published figure, as published
  | 'derived' // worked out from published figures; the note shows how
  | 'assumption'; // our estimate; any citation is context, not the number

/**
 * The public sources the presets cite, by key. Secondary reports are named as such.
 *
 * @example
 * citations['moffatt-2024'].title // => 'Moffatt v. Air Canada, 2024 BCCRT 149'
 */
export const citations = {
  'klarna-2024': {
    title: 'Klarna AI assistant handles two-thirds of customer service chats in its first month',
    publisher: 'Klarna, press release',
    date: '27 February 2024',
    detail:
      '2.3 million conversations in the first month, two-thirds of its service chats; errands resolved in under 2 minutes against 11; an estimated USD 40 million profit improvement in 2024.',
  },
  'klarna-bloomberg-2025': {
    title: 'Sebastian Siemiatkowski, interview with Bloomberg',
    publisher: 'Bloomberg (reported by Entrepreneur, 9 May 2025)',
    date: 'May 2025',
    detail:
      'Klarna’s chief executive: cost weighed too heavily and quality fell; customers must always be able to reach a person.',
  },
  'moffatt-2024': {
    title: 'Moffatt v. Air Canada, 2024 BCCRT 149',
    publisher: 'Civil Resolution Tribunal of British Columbia',
    date: '14 February 2024',
    detail:
      'The airline answers for what its chatbot told a customer; C$650.88 in damages for one wrong answer about bereavement fares.',
  },
  'pwc-2018': {
    title: 'Experience is everything: here’s how to get it right',
    publisher: 'PwC, Future of Customer Experience survey (15,000 people)',
    date: '2018',
    detail: '32 % of customers would stop dealing with a brand they love after one bad experience.',
  },
  'gartner-2024': {
    title: 'Survey of 5,728 customers on AI in customer service',
    publisher: 'Gartner, press release',
    date: 'July 2024 (survey of December 2023)',
    detail:
      '64 % would prefer companies did not use AI in customer service; 53 % would consider switching to a competitor that does not.',
  },
  'contactbabel-2024': {
    title: 'The UK Contact Centre Decision-Makers’ Guide 2024',
    publisher: 'ContactBabel',
    date: '2024',
    detail: 'An inbound UK call costs about GBP 5.58; email and webchat cost less.',
  },
  'gartner-2019': {
    title: 'Cost per contact in customer service',
    publisher: 'Gartner',
    date: 'November 2019',
    detail: 'Live channels cost about USD 8.01 a contact; self-service about USD 0.10.',
  },
  'intercom-fin': {
    title: 'Fin AI Agent outcomes',
    publisher: 'Intercom help centre (vendor pricing)',
    date: 'consulted 2025',
    detail:
      'USD 0.99 for each resolved conversation (outcome), counted when the client confirms it or leaves without asking for more help within 24 hours; the standalone plan about USD 49 a month with 50 resolutions included.',
  },
  'buzzi-rollout': {
    title: 'AI customer-service ROI calculator: its published method',
    publisher: 'Buzzi.ai (vendor’s own)',
    date: 'read between late 2025 and early 2026',
    detail:
      'AI adoption about 20 % of its target in month 1, 85 to 90 % by month 6; integration, training and quality checking as hidden costs.',
  },
  'zendesk-ai': {
    title: 'Automated resolutions for AI agents',
    publisher: 'Zendesk support article and pricing page (vendor pricing)',
    date: 'from August 2024',
    detail: 'About USD 1.50 (committed) to 2.00 (pay as you go) per automated resolution.',
  },
  'montgomery-2020': {
    title: 'Escalation prediction on 2.5 million support tickets',
    publisher: 'Montgomery et al., arXiv 2010.06145',
    date: '2020',
    detail: 'Tickets that would escalate were caught at 87 % recall.',
  },
} as const satisfies Record<string, Citation>;

/** One entry of `citations`. */
export interface Citation {
  title: string;
  /** Who published it, and where it was seen when only a report of it was. */
  publisher: string;
  date: string;
  /** The figures used, in our words. */
  detail: string;
}

/** A key of `citations`. */
export type CitationId = keyof typeof citations;

/** The basis of one preset value, with its citations and a note in plain words. */
export interface ValueSource {
  basis: ValueBasis;
  cites: readonly CitationId[];
  note: string;
}

const assumed = (note: string, ...cites: CitationId[]): ValueSource => ({
  basis: 'assumption',
  cites,
  note,
});

/** The UK firm's values; the Klarna presets keep those they do not change. */
const ukFirmSources: Record<ScenarioField, ValueSource> = {
  currency: assumed('A UK firm counts in pounds.'),
  inquiriesPerMonth: assumed('Ten client inquiries a month for each of 40 people.'),
  loadedShare: assumed('One inquiry in three carries emotional weight; sort your own to check.'),
  activeClients: assumed('A book of 200 clients, five for each person.'),
  lostClientValue: assumed('About a year of gross margin from one client.'),
  humanCostPerInquiry: assumed(
    'Twenty minutes of a professional at about £36 an hour, fully loaded; contact-centre agents cost less per contact.',
    'contactbabel-2024',
  ),
  minutesPerHumanInquiry: assumed('Twenty minutes, notes and follow-up included.'),
  loadedHandlingMultiplier: assumed('A loaded inquiry takes half as long again.'),
  fteHoursPerMonth: assumed('About 162 paid hours a month, less leave, training and meetings.'),
  aiCostPerInquiry: {
    basis: 'derived',
    cites: ['intercom-fin', 'zendesk-ai'],
    note: 'Intercom’s USD 0.99 per resolution at about USD 1.25 to the pound; Zendesk charges more.',
  },
  aiPlatformPerMonth: assumed('Licences plus a few hours a month keeping the AI’s answers right.'),
  aiSetupCost: assumed('A few weeks of integration, knowledge-base writing and testing.'),
  triageCostPerInquiry: assumed('A classifier call at first contact.'),
  routerRecall: assumed(
    'Inferred from published detection results, not a benchmark: 70 to 90 % is defensible.',
    'montgomery-2020',
  ),
  routerFalseAlarmRate: assumed('One routine inquiry in ten sent to a person anyway.'),
  aiEscalationRateRoutine: assumed('The AI hands on one routine inquiry in ten.'),
  aiEscalationRateLoaded: assumed('The AI hands on two loaded inquiries in five.'),
  fumbleRateHumanRoutine: assumed('People get one routine inquiry in a hundred wrong for the client.'),
  fumbleRateHumanLoaded: assumed('People fumble three loaded inquiries in a hundred.'),
  fumbleRateAiRoutine: assumed('The AI fumbles three routine inquiries in a hundred.'),
  fumbleRateAiLoaded: assumed(
    'One loaded inquiry in five goes badly with the AI; most customers would rather not meet AI in service.',
    'gartner-2024',
  ),
  churnIfFumbledRoutine: assumed('A fumbled routine inquiry rarely loses a client.'),
  churnIfFumbledLoaded: assumed(
    'One in ten leaves after a fumbled loaded inquiry, well below the third who say one bad experience is enough.',
    'pwc-2018',
  ),
  wrongAnswerRate: assumed('Two AI answers in a thousand state something the firm must honour.'),
  costPerWrongAnswer: assumed(
    'Honouring or putting right one wrong answer; a tribunal awarded C$650.88 for one.',
    'moffatt-2024',
  ),
  humansUseAiAssist: assumed('Off: the comparison starts without the drafting assistant.'),
  assistTimeSaving: assumed('The assistant saves a quarter of a person’s time.'),
  assistCostPerInquiry: assumed('A drafting assistant’s cost per inquiry.'),
  horizonMonths: assumed('Two years: long enough to see the churn arrive.'),
  churnLagMonths: assumed('Lost clients show in revenue three months later.'),
  aiBilling: assumed('Billed for every inquiry the AI takes, the simplest plan.'),
  aiIncludedPerMonth: assumed('None included: every billed inquiry costs the AI’s price.'),
  aiRampMonths: assumed(
    'The AI takes its full share from month 1; published rollouts take about six months.',
  ),
};

const source = (note: string, ...cites: CitationId[]): ValueSource => ({
  basis: 'source',
  cites,
  note,
});

const klarnaSources: Record<ScenarioField, ValueSource> = {
  ...ukFirmSources,
  currency: source('Klarna states its results in US dollars.', 'klarna-2024'),
  inquiriesPerMonth: source('Conversations the AI assistant took in its first month.', 'klarna-2024'),
  loadedShare: assumed('Klarna published no split; the same third as the UK firm.'),
  activeClients: assumed('Tens of millions of active consumers.'),
  lostClientValue: assumed('About a year of gross margin from one consumer.'),
  humanCostPerInquiry: {
    basis: 'derived',
    cites: ['klarna-2024', 'gartner-2019'],
    note: 'The cost at which single-tier saves Klarna’s estimated USD 40 million a year to run (USD 3.35 million a month); far below Gartner’s USD 8.01 Western average for a live contact.',
  },
  minutesPerHumanInquiry: source('People took 11 minutes to resolve an errand.', 'klarna-2024'),
  aiCostPerInquiry: assumed(
    'An in-house model at scale, below vendors’ list prices per resolution.',
    'intercom-fin',
    'zendesk-ai',
  ),
  aiPlatformPerMonth: assumed('Running and upkeep of an in-house AI at scale.'),
  aiSetupCost: assumed('Building and integrating the assistant across markets.'),
  triageCostPerInquiry: assumed('A classifier call at first contact, at scale.'),
  churnIfFumbledLoaded: source(
    'A third of customers would leave a brand they love after one bad experience.',
    'pwc-2018',
  ),
  costPerWrongAnswer: assumed('Putting right one wrong answer for a consumer.', 'moffatt-2024'),
};

const perResolutionSources: Record<ScenarioField, ValueSource> = {
  ...ukFirmSources,
  aiBilling: source(
    'Intercom bills Fin per resolution: a conversation counts as resolved when the client confirms it or leaves without asking for more help, so a client who gives up is billed.',
    'intercom-fin',
  ),
  aiCostPerInquiry: {
    basis: 'derived',
    cites: ['intercom-fin'],
    note: 'USD 0.99 a resolution at an assumed 1 USD = 0.79 GBP (3 December 2026): £0.7821, rounded to £0.78.',
  },
  aiIncludedPerMonth: source('The standalone plan includes 50 resolutions a month.', 'intercom-fin'),
  aiPlatformPerMonth: {
    basis: 'derived',
    cites: ['intercom-fin'],
    note: 'About USD 49 a month for the standalone plan at 1 USD = 0.79 GBP: £38.71. The firm’s own time keeping the answers right is not counted.',
  },
  aiRampMonths: source(
    'Published rollouts start near a fifth of the target in month 1 and reach it around month 6.',
    'buzzi-rollout',
  ),
};

/**
 * Where each value of each preset comes from, by preset id and field. Every
 * field has an entry: a value without a public source is an assumption.
 *
 * @example
 * presetSources['klarna-2024-single-tier'].inquiriesPerMonth.basis // => 'source'
 * presetSources['uk-services-40'].loadedShare.basis // => 'assumption'
 */
export const presetSources: Record<string, Record<ScenarioField, ValueSource>> = {
  'uk-services-40': ukFirmSources,
  'uk-services-per-resolution': perResolutionSources,
  'klarna-2024-single-tier': klarnaSources,
  'klarna-hybrid': {
    ...klarnaSources,
    routerRecall: {
      basis: 'derived',
      cites: ['klarna-2024', 'klarna-bloomberg-2025'],
      note: 'Nearly every loaded conversation reaches a person, as Klarna’s chief executive promised, and the AI keeps about two-thirds of all conversations, as in its first month.',
    },
    routerFalseAlarmRate: {
      basis: 'derived',
      cites: ['klarna-2024'],
      note: 'Chosen with the recall so that the AI takes about two-thirds of conversations (67.3 %).',
    },
  },
};
