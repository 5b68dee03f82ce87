/**
 * The scenario's fields: every input of the model, its bounds and its meaning,
 * as plain data. The zod schema (schema.ts) is built by walking this table and
 * the `Scenario` type follows from it, so the schema, the form, the link parser
 * and the file reader cannot drift apart: adding a field here is enough.
 */

/** How a field is typed on screen and formatted in results. */
export type FieldKind =
  | 'currency' // ISO 4217 code
  | 'choice' // one of a few words (`options`), such as how the AI is billed
  | 'money' // amount in the scenario's currency
  | 'count' // a whole or fractional count (inquiries, clients)
  | 'share' // a fraction in [0, 1], shown as a percentage
  | 'minutes'
  | 'hours'
  | 'multiplier'
  | 'months' // whole months
  | 'boolean';

/**
 * The groups of inputs, in the order an owner thinks about them.
 *
 * @example
 * fieldGroups[0] // => { id: 'inquiries', title: 'Your inquiries and clients' }
 */
export const fieldGroups = [
  { id: 'inquiries', title: 'Your inquiries and clients' },
  { id: 'people', title: 'Your people' },
  { id: 'ai', title: 'The AI' },
  { id: 'quality', title: 'Quality and clients lost' },
  { id: 'triage', title: 'Triage' },
  { id: 'timeline', title: 'Timeline' },
  { id: 'assist', title: 'The AI-assistant option' },
] as const;
/** One of the `fieldGroups` ids. */
export type FieldGroupId = (typeof fieldGroups)[number]['id'];

/**
 * Metadata for one scenario field, registered on its schema. Bounds are in
 * model units: fractions for shares, the scenario's currency for money.
 *
 * @example
 * fieldMeta('loadedHandlingMultiplier') // => { kind: 'multiplier', min: 1, max: 10, … }
 */
export interface FieldMeta {
  /** Short label, as a person would name the thing. */
  label: string;
  kind: FieldKind;
  /** Unit suffix shown beside the input ("per inquiry", "minutes"); the currency is added by the form. */
  unit: string;
  /** What it means and how to estimate it, one or two sentences. */
  help: string;
  group: FieldGroupId;
  /** Hidden under the "advanced" disclosure unless true. */
  primary: boolean;
  /** Inclusive lower bound in model units (fractions for shares). */
  min: number;
  /** Inclusive upper bound in model units, or Infinity. */
  max: number;
  /** True when the lower bound itself is not allowed (strictly greater than min). */
  minExclusive?: boolean;
  /** Whole numbers only. */
  integer?: boolean;
  /** The words a currency or choice field takes, and nothing else. */
  options?: readonly string[];
  /** A choice's words as a person would say them, by word. */
  optionLabels?: Readonly<Record<string, string>>;
}

/**
 * The ISO 4217 codes a scenario may be shown in. Amounts are never converted.
 *
 * @example
 * currencies // => ['GBP', 'USD', 'EUR', 'CAD', 'AUD']
 */
export const currencies = ['GBP', 'USD', 'EUR', 'CAD', 'AUD'] as const;
/** One of `currencies`. */
export type Currency = (typeof currencies)[number];

/**
 * How an AI vendor counts what it bills: every inquiry the AI takes, or every
 * one it does not hand on to a person (a "resolution", whether or not it went
 * well for the client).
 *
 * @example
 * aiBillings // => ['perInquiry', 'perResolution']
 */
export const aiBillings = ['perInquiry', 'perResolution'] as const;
/** One of `aiBillings`. */
export type AiBilling = (typeof aiBillings)[number];

type NumberMeta = Omit<FieldMeta, 'min' | 'max'> & Partial<Pick<FieldMeta, 'min' | 'max'>>;

function spec<K extends FieldKind>(meta: FieldMeta & { kind: K }): FieldMeta & { kind: K } {
  return meta;
}
/** A field that takes one of a few words: bounds do not apply. */
function wordSpec<K extends 'currency' | 'choice', O extends readonly string[]>(
  meta: Omit<FieldMeta, 'kind' | 'min' | 'max' | 'options'> & { kind: K; options: O },
): FieldMeta & { kind: K; options: O } {
  return { min: 0, max: 0, ...meta };
}
function numberSpec<K extends FieldKind>(meta: NumberMeta & { kind: K }): FieldMeta & { kind: K } {
  return { min: 0, max: Number.POSITIVE_INFINITY, ...meta };
}
const moneySpec = (meta: Omit<NumberMeta, 'kind'>) => numberSpec({ ...meta, kind: 'money' });
const shareSpec = (meta: Omit<NumberMeta, 'kind' | 'unit' | 'min' | 'max'>) =>
  numberSpec({ ...meta, kind: 'share', unit: '%', min: 0, max: 1 });

/**
 * Every field of the model (docs/model.md) with its metadata, in the model's order.
 *
 * @example
 * fieldSpecs.loadedHandlingMultiplier.max // => 10
 */
export const fieldSpecs = {
  currency: wordSpec({
    label: 'Currency',
    kind: 'currency',
    options: currencies,
    unit: '',
    help: 'The currency every amount is entered and shown in. Changing it does not convert amounts.',
    group: 'inquiries',
    primary: true,
  }),
  inquiriesPerMonth: numberSpec({
    label: 'Inquiries per month',
    kind: 'count',
    unit: 'a month',
    help: 'Client inquiries that reach the firm each month, across every channel. Count last month’s emails, calls and chats.',
    group: 'inquiries',
    primary: true,
    max: 100_000_000,
  }),
  loadedShare: shareSpec({
    label: 'Loaded share',
    help: 'Share of inquiries where the client brings emotional weight (a problem, a delay, hardship), whatever the topic. Sort your last 100 inquiries to measure it.',
    group: 'inquiries',
    primary: true,
  }),
  activeClients: numberSpec({
    label: 'Active clients',
    kind: 'count',
    unit: 'clients',
    help: 'Clients the firm serves now. It caps how many can be lost in a month.',
    group: 'inquiries',
    primary: true,
    min: 0,
    minExclusive: true,
  }),
  lostClientValue: moneySpec({
    label: 'Value of a lost client',
    unit: 'per client',
    help: 'Gross margin the firm loses when one client leaves: a year or more of margin, or what it costs to win a replacement.',
    group: 'inquiries',
    primary: true,
  }),
  humanCostPerInquiry: moneySpec({
    label: 'Cost of a person per routine inquiry',
    unit: 'per inquiry',
    help: 'Fully loaded cost (salary, on-costs, tools, management) of a person handling one routine inquiry. Staff cost per hour times hours per inquiry.',
    group: 'people',
    primary: true,
  }),
  minutesPerHumanInquiry: numberSpec({
    label: 'Minutes per routine inquiry',
    kind: 'minutes',
    unit: 'minutes',
    help: 'Minutes of a person’s time one routine inquiry takes, including notes and follow-up.',
    group: 'people',
    primary: false,
  }),
  loadedHandlingMultiplier: numberSpec({
    label: 'Loaded inquiry time multiple',
    kind: 'multiplier',
    unit: '× a routine one',
    help: 'How many times as long a loaded inquiry takes a person. The hard contacts left to people are dearer.',
    group: 'people',
    primary: false,
    min: 1,
    max: 10,
  }),
  fteHoursPerMonth: numberSpec({
    label: 'Productive hours per full-time person',
    kind: 'hours',
    unit: 'hours a month',
    help: 'Hours a full-time person spends on client work in a month, after leave, training and meetings.',
    group: 'people',
    primary: false,
    min: 0,
    minExclusive: true,
  }),
  aiCostPerInquiry: moneySpec({
    label: 'AI cost per inquiry',
    unit: 'per inquiry',
    help: 'What the AI vendor charges for each inquiry it bills: every one it takes, or every one it resolves, as set under how the AI is billed.',
    group: 'ai',
    primary: true,
  }),
  aiPlatformPerMonth: moneySpec({
    label: 'AI platform cost',
    unit: 'a month',
    help: 'Fixed monthly cost of the AI: licences, hosting, and the time someone spends keeping its answers right.',
    group: 'ai',
    primary: false,
  }),
  aiSetupCost: moneySpec({
    label: 'AI setup cost',
    unit: 'once',
    help: 'One-off cost of putting the AI in: integration, writing its knowledge base, testing. Paid in month 1.',
    group: 'ai',
    primary: false,
  }),
  aiEscalationRateRoutine: shareSpec({
    label: 'AI passes to a person, routine',
    help: 'Share of routine inquiries the AI takes that it passes to a person.',
    group: 'ai',
    primary: false,
  }),
  aiEscalationRateLoaded: shareSpec({
    label: 'AI passes to a person, loaded',
    help: 'Share of loaded inquiries the AI takes that it passes to a person.',
    group: 'ai',
    primary: false,
  }),
  wrongAnswerRate: shareSpec({
    label: 'AI wrong-answer rate',
    help: 'Share of AI-taken inquiries where the AI states something the firm must then honour (a refund, a price, a policy). Moffatt v. Air Canada: the firm answers for its AI.',
    group: 'ai',
    primary: false,
  }),
  costPerWrongAnswer: moneySpec({
    label: 'Cost per wrong answer',
    unit: 'per wrong answer',
    help: 'Average cost of honouring or putting right one wrong answer the AI gave in the firm’s name.',
    group: 'ai',
    primary: false,
  }),
  fumbleRateHumanRoutine: shareSpec({
    label: 'People handle badly, routine',
    help: 'Share of routine inquiries handled by a person that go badly for the client.',
    group: 'quality',
    primary: false,
  }),
  fumbleRateHumanLoaded: shareSpec({
    label: 'People handle badly, loaded',
    help: 'Share of loaded inquiries handled by a person that go badly for the client.',
    group: 'quality',
    primary: false,
  }),
  fumbleRateAiRoutine: shareSpec({
    label: 'AI handles badly, routine',
    help: 'Share of routine inquiries the AI takes that go badly for the client, after any passing to a person.',
    group: 'quality',
    primary: false,
  }),
  fumbleRateAiLoaded: shareSpec({
    label: 'AI handles badly, loaded',
    help: 'Share of loaded inquiries the AI takes that go badly for the client, after any passing to a person. A client who wanted to be heard and was not.',
    group: 'quality',
    primary: true,
  }),
  churnIfFumbledRoutine: shareSpec({
    label: 'Clients lost after a routine inquiry handled badly',
    help: 'Chance a client leaves after a routine inquiry goes badly.',
    group: 'quality',
    primary: false,
  }),
  churnIfFumbledLoaded: shareSpec({
    label: 'Clients lost after a loaded inquiry handled badly',
    help: 'Chance a client leaves after a loaded inquiry goes badly. Surveys put leaving after one bad experience at a third to a half.',
    group: 'quality',
    primary: true,
  }),
  triageCostPerInquiry: moneySpec({
    label: 'Triage cost per inquiry',
    unit: 'per inquiry',
    help: 'Cost of sorting each inquiry at first contact, routine or loaded (two-tier only).',
    group: 'triage',
    primary: false,
  }),
  routerRecall: shareSpec({
    label: 'Loaded inquiries the sorting catches',
    help: 'Share of loaded inquiries the triage sends to a person. Sorting at first contact is hard: 70 to 90 % is a defensible range.',
    group: 'triage',
    primary: true,
  }),
  routerFalseAlarmRate: shareSpec({
    label: 'Routine inquiries sent to a person',
    help: 'Share of routine inquiries the triage sends to a person anyway.',
    group: 'triage',
    primary: false,
  }),
  horizonMonths: numberSpec({
    label: 'Months shown',
    kind: 'months',
    unit: 'months',
    help: 'How many months the timeline shows, 1 to 120.',
    group: 'timeline',
    primary: false,
    min: 1,
    max: 120,
    integer: true,
  }),
  churnLagMonths: numberSpec({
    label: 'Months before lost clients show',
    kind: 'months',
    unit: 'months',
    help: 'Months before clients lost through a month’s fumbles show in revenue, 0 to 24.',
    group: 'timeline',
    primary: false,
    min: 0,
    max: 24,
    integer: true,
  }),
  humansUseAiAssist: spec({
    label: 'People draft with an AI assistant',
    kind: 'boolean',
    unit: '',
    help: 'Augmentation rather than replacement: people handle their inquiries with an AI drafting assistant.',
    group: 'assist',
    primary: false,
    min: 0,
    max: 1,
  }),
  assistTimeSaving: shareSpec({
    label: 'Time the assistant saves',
    help: 'Share of a person’s time per inquiry the assistant saves.',
    group: 'assist',
    primary: false,
  }),
  assistCostPerInquiry: moneySpec({
    label: 'Assistant cost per inquiry',
    unit: 'per inquiry',
    help: 'Cost of the assistant for each inquiry a person handles.',
    group: 'assist',
    primary: false,
  }),
  aiBilling: wordSpec({
    label: 'How the AI is billed',
    kind: 'choice',
    options: aiBillings,
    optionLabels: {
      perInquiry: 'Per inquiry it takes',
      perResolution: 'Per inquiry it resolves',
    },
    unit: '',
    help: 'Whether the AI vendor bills every inquiry the AI takes, or only those it does not hand on to a person. A client who gives up after a badly handled inquiry counts as resolved, so billing per resolution charges the firm for the AI’s fumbles.',
    group: 'ai',
    primary: false,
  }),
  aiIncludedPerMonth: numberSpec({
    label: 'AI inquiries included a month',
    kind: 'count',
    unit: 'a month',
    help: 'Billed inquiries (or resolutions) the AI platform cost already covers each month; only those beyond it are charged. 0 when every one is charged.',
    group: 'ai',
    primary: false,
  }),
  aiRampMonths: numberSpec({
    label: 'Months for the AI to reach its full share',
    kind: 'months',
    unit: 'months',
    help: 'Months after going live before the AI takes its full share of inquiries, rising evenly; people take the rest until then. 0 to 24; 0 means its full share from month 1. Published rollouts take about six months.',
    group: 'ai',
    primary: false,
    min: 0,
    max: 24,
    integer: true,
  }),
};

type ValueOf<Meta> = Meta extends { options: readonly (infer Word)[] }
  ? Word
  : Meta extends { kind: 'boolean' }
    ? boolean
    : number;

/** One scenario: every input of the model, in model units (fractions for shares). */
export type Scenario = {
  [F in keyof typeof fieldSpecs]: ValueOf<(typeof fieldSpecs)[F]>;
};
/** The name of one scenario field, as in docs/model.md, links and files. */
export type ScenarioField = keyof Scenario;

/**
 * Scenario fields in the schema's order (33 of them).
 *
 * @example
 * scenarioFields.slice(0, 3) // => ['currency', 'inquiriesPerMonth', 'loadedShare']
 */
export const scenarioFields = Object.keys(fieldSpecs) as ScenarioField[];

/**
 * The metadata of one field (labels, unit, help, group, bounds in model units).
 *
 * @example
 * fieldMeta('horizonMonths') // => { label: 'Months shown', min: 1, max: 120, integer: true, … }
 * fieldMeta('activeClients').minExclusive // => true (more than 0 clients)
 */
export function fieldMeta(field: ScenarioField): FieldMeta {
  return fieldSpecs[field];
}

/** Why a value is refused: zod's issue code, with 'not_integer' for a number that is not whole. */
export type FieldProblem =
  'invalid_type' | 'invalid_value' | 'not_integer' | 'too_small' | 'too_big';

/**
 * The field table's own reading of one value: its type, the words it takes,
 * whole numbers, its bounds. The zod schema (schema.ts) is walked from the same
 * table, and a property test holds the two to the same answer for every field;
 * this one carries no zod, so the form checks each keystroke at first paint
 * without shipping a schema library (the readers of links, files and saved data
 * load zod with them).
 *
 * @example
 * tableProblem('loadedShare', 0.33) // => null
 * tableProblem('loadedShare', 1.2) // => 'too_big'
 * tableProblem('horizonMonths', 2.5) // => 'not_integer'
 * tableProblem('aiBilling', 'sometimes') // => 'invalid_value'
 */
export function tableProblem(field: ScenarioField, value: unknown): FieldProblem | null {
  const meta: FieldMeta = fieldSpecs[field];
  if (meta.options) return meta.options.includes(value as string) ? null : 'invalid_value';
  if (meta.kind === 'boolean') return typeof value === 'boolean' ? null : 'invalid_type';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid_type';
  if (meta.integer && !Number.isSafeInteger(value)) return 'not_integer';
  if (meta.minExclusive ? value <= meta.min : value < meta.min) return 'too_small';
  if (value > meta.max) return 'too_big';
  return null;
}
