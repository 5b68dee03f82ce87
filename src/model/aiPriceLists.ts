/**
 * Public AI price lists, as plain data: what a vendor bills (every inquiry the
 * AI takes, or every one it resolves), at what price in US dollars, how many
 * units a month the plan includes, and its fixed monthly cost. Choosing one on
 * the calculator sets the four AI price fields (`aiPriceFields`) and nothing
 * else; a vendor with no public price sets nothing. Prices are converted from
 * USD at a rate the person can change (`convertPrice`). The methodology page
 * lists every entry with its source and date.
 */
import type { AiBilling, Scenario } from './fields';

/** Whether a figure is published by the vendor itself or reported by others. */
export type PriceWitness = 'vendor' | 'reported';

/** A vendor's public price, in US dollars. */
export interface PublicPrice {
  billing: AiBilling;
  /** USD per billed unit (an inquiry taken, or a resolution). */
  usdPerUnit: number;
  /** Billed units a month the plan includes before any is charged. */
  includedPerMonth: number;
  /** USD a month the plan costs whatever is billed. */
  usdPlatformPerMonth: number;
}

/** One entry of the picker: a vendor's plan, its price (null when none is public) and where it comes from. */
export interface AiPriceList {
  id: string;
  vendor: string;
  plan: string;
  price: PublicPrice | null;
  /** When the price was read, or its window. */
  read: string;
  /** Where the figure comes from, as a person would look it up. */
  source: string;
  witness: PriceWitness;
  /** What the four fields cannot hold, in plain words. */
  note: string;
}

/** The window in which the list below was read. */
const READ = 'read between late 2025 and early 2026';

/**
 * The vendors' price lists, in the order the picker shows them.
 *
 * @example
 * aiPriceLists[0].price // => { billing: 'perResolution', usdPerUnit: 0.99, includedPerMonth: 50, usdPlatformPerMonth: 49 }
 */
export const aiPriceLists: readonly AiPriceList[] = Object.freeze([
  {
    id: 'intercom-fin',
    vendor: 'Intercom Fin',
    plan: 'Fin standalone: USD 0.99 per resolution, about USD 49 a month with 50 resolutions included',
    price: { billing: 'perResolution', usdPerUnit: 0.99, includedPerMonth: 50, usdPlatformPerMonth: 49 },
    read: READ,
    source: 'Intercom help centre, articles on Fin pricing and outcomes',
    witness: 'vendor',
    note: 'A conversation counts as resolved when the client confirms it or leaves without asking for more help within 24 hours. The older rate was USD 1.90.',
  },
  {
    id: 'zendesk-ai-agents',
    vendor: 'Zendesk AI agents',
    plan: 'Automated resolutions, committed: about USD 1.50 each (about USD 2.00 pay as you go)',
    price: { billing: 'perResolution', usdPerUnit: 1.5, includedPerMonth: 0, usdPlatformPerMonth: 0 },
    read: READ,
    source:
      'Zendesk support article on automated resolutions (billing since 14 August 2024); the prices as reported by third parties',
    witness: 'reported',
    note: 'Each plan includes a base allowance of resolutions that depends on the plan: type yours as the inquiries included. The advanced AI add-on (about USD 50 per agent a month) is not included.',
  },
  {
    id: 'salesforce-agentforce',
    vendor: 'Salesforce Agentforce',
    plan: 'USD 2 per conversation (October 2024)',
    price: { billing: 'perInquiry', usdPerUnit: 2, includedPerMonth: 0, usdPlatformPerMonth: 0 },
    read: READ,
    source: 'reported by licensing analysts',
    witness: 'reported',
    note: 'Also sold as Flex Credits at USD 0.10 per action (USD 500 per 100,000 credits, May 2025), which a price per inquiry cannot hold.',
  },
  {
    id: 'gorgias-ai-agent',
    vendor: 'Gorgias AI Agent',
    plan: 'USD 0.90 per resolution, on top of a per-ticket helpdesk plan',
    price: { billing: 'perResolution', usdPerUnit: 0.9, includedPerMonth: 0, usdPlatformPerMonth: 0 },
    read: READ,
    source: 'Gorgias documentation, and pricing reviews',
    witness: 'vendor',
    note: 'A resolved conversation can also count as a billable ticket of the helpdesk plan, which is not included.',
  },
  {
    id: 'freshdesk-freddy',
    vendor: 'Freshdesk Freddy AI Agent',
    plan: 'Session packs: USD 49 per 100 sessions (since 13 November 2025; earlier USD 100 per 1,000)',
    price: { billing: 'perInquiry', usdPerUnit: 0.49, includedPerMonth: 0, usdPlatformPerMonth: 0 },
    read: READ,
    source: 'Freshworks support article on Freddy AI Agent sessions',
    witness: 'vendor',
    note: 'Each email reply counts as a session, so an inquiry answered in several emails costs several sessions.',
  },
  {
    id: 'hubspot-breeze',
    vendor: 'HubSpot Breeze customer agent',
    plan: '50 credits (about USD 0.50) per resolved conversation from 14 April 2026 (earlier about USD 1); Pro includes 3,000 credits a month',
    price: { billing: 'perResolution', usdPerUnit: 0.5, includedPerMonth: 60, usdPlatformPerMonth: 0 },
    read: READ,
    source: 'reported by third parties',
    witness: 'reported',
    note: 'The 3,000 credits of Pro cover 60 resolutions (3,000 / 50); Enterprise’s 5,000 cover 100. The plan’s own seat price is not included.',
  },
  {
    id: 'ada',
    vendor: 'Ada',
    plan: 'Per conversation or per resolution, negotiated',
    price: null,
    read: READ,
    source: 'no public price; third-party estimates run from USD 0.35 to 1.50 per conversation',
    witness: 'reported',
    note: 'No public price: choosing it changes nothing. Type the price you are quoted.',
  },
  {
    id: 'sierra',
    vendor: 'Sierra',
    plan: 'Outcome-based, negotiated',
    price: null,
    read: READ,
    source: 'no public price',
    witness: 'reported',
    note: 'No public price: choosing it changes nothing. Type the price you are quoted.',
  },
  {
    id: 'decagon',
    vendor: 'Decagon',
    plan: 'Outcome-based, negotiated',
    price: null,
    read: READ,
    source: 'no public price',
    witness: 'reported',
    note: 'No public price: choosing it changes nothing. Type the price you are quoted.',
  },
]);

/** The only fields a price list sets. */
export const aiPriceFields = [
  'aiBilling',
  'aiCostPerInquiry',
  'aiIncludedPerMonth',
  'aiPlatformPerMonth',
] as const satisfies readonly (keyof Scenario)[];

/** The values a price list puts in the four AI price fields. */
export type AiPriceValues = Pick<Scenario, (typeof aiPriceFields)[number]>;

/** Rounds to whole cents (or pence): what a price is typed in. */
const toCents = (amount: number) => Math.round(amount * 100) / 100;

/**
 * What a public price sets, in a currency worth `rate` units per US dollar
 * (1 for USD). Money is rounded to cents after converting; counts are not converted.
 *
 * @example
 * convertPrice(aiPriceLists[0].price!, 1) // => { aiBilling: 'perResolution', aiCostPerInquiry: 0.99, aiIncludedPerMonth: 50, aiPlatformPerMonth: 49 }
 * convertPrice(aiPriceLists[0].price!, 0.79).aiCostPerInquiry // => 0.78 (0.99 x 0.79 = 0.7821)
 */
export function convertPrice(price: PublicPrice, rate: number): AiPriceValues {
  return {
    aiBilling: price.billing,
    aiCostPerInquiry: toCents(price.usdPerUnit * rate),
    aiIncludedPerMonth: price.includedPerMonth,
    aiPlatformPerMonth: toCents(price.usdPlatformPerMonth * rate),
  };
}

/**
 * The price list whose values the scenario holds at `rate`, or null when the
 * four fields are the person's own (a vendor with no public price never matches).
 *
 * @example
 * matchingPriceList({ ...UK_SERVICES_FIRM, ...convertPrice(aiPriceLists[0].price!, 0.79) }, 0.79)?.id // => 'intercom-fin'
 * matchingPriceList(UK_SERVICES_FIRM, 0.79) // => null
 */
export function matchingPriceList(scenario: Scenario, rate: number): AiPriceList | null {
  return (
    aiPriceLists.find((list) => {
      if (!list.price) return false;
      const values = convertPrice(list.price, rate);
      return aiPriceFields.every((field) => scenario[field] === values[field]);
    }) ?? null
  );
}

/**
 * Units of each currency per US dollar, used only to convert the list prices
 * above. They are assumptions stated on `usdRatesAssumedOn`, not market
 * readings: the picker shows the rate and lets the person type their own.
 *
 * @example
 * usdRates.GBP // => 0.79 (1 USD = 0.79 GBP)
 */
export const usdRates: Readonly<Record<Scenario['currency'], number>> = Object.freeze({
  GBP: 0.79,
  USD: 1,
  EUR: 0.92,
  CAD: 1.38,
  AUD: 1.52,
});
/** The day the rates in `usdRates` were assumed for. */
export const usdRatesAssumedOn = '3 December 2026';
