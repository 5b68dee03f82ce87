/**
 * The calculator's state: what the person typed, what is wrong with it, and the
 * last valid scenario with its evaluation.
 *
 * Drafts are never thrown away: an invalid value stays on screen with its
 * message, and the results stay those of the last valid scenario (every other
 * field keeps updating them). Other parts (shared links, saved scenarios,
 * uncertainty) read `scenario` and call `loadScenario`; no callbacks. A
 * page has one calculator, shared by all its islands (the calculator, the share
 * bar, the saved scenarios); a component reaches it with `getCalculator()`.
 */
import { getContext, setContext } from 'svelte';
import {
  defaultScenario,
  evaluate,
  fieldMeta,
  findPreset,
  type Currency,
  type Scenario,
  type ScenarioField,
} from '../model';
import {
  isNumberField,
  parseChoice,
  parseCurrency,
  parseField,
  toDrafts,
  validateScenario,
  type Drafts,
  type FieldErrors,
} from './formFields';
import type { NumericField, Range, Ranges } from '../model/uncertainty/ranges';
import type { LinkMessage } from './link';

/** What comes with a scenario from a link, a saved entry or a file besides its values. */
export interface ScenarioExtras {
  /** Ranges on the inputs the owner is unsure of; the likely value is the scenario's. */
  ranges?: Ranges;
  /** The simulation's seed. */
  seed?: number;
  /** A name the owner gave the scenario. */
  name?: string;
}

/** A field the sorting worksheet measured, as the link brought it. */
export interface WorksheetArrival {
  field: NumericField;
  value: number;
  range?: Range;
}

/** The simulation seed when none is given (matches the model's DEFAULT_SEED). */
export const DEFAULT_SIMULATION_SEED = 1;

/** The preset the page opens with: the UK services firm of docs/model.md. */
export const DEFAULT_PRESET_ID = 'uk-services-40';

export class Calculator {
  /** What each field shows: typed text for numbers, the choice for currency and the switch. */
  drafts: Drafts = $state(toDrafts(defaultScenario));
  /** A message for each field whose draft cannot be used. */
  errors: FieldErrors = $state({});
  /** The last valid scenario: the one the results describe. */
  scenario: Scenario = $state.raw(defaultScenario);
  /** evaluate(scenario), recomputed when the scenario changes. */
  readonly evaluation = $derived(evaluate(this.scenario));
  /** The preset last applied, or null when the scenario came from elsewhere (a link, a file). */
  presetId: string | null = $state(DEFAULT_PRESET_ID);
  /** True when the scenario no longer equals the preset it started from. */
  readonly presetEdited = $derived(isEdited(this.scenario, this.presetId));
  /** Ranges on uncertain inputs, by field (low, likely, high in model units). */
  ranges: Ranges = $state.raw({});
  /** The simulation's seed: the same scenario, ranges and seed give the same results. */
  seed: number = $state(DEFAULT_SIMULATION_SEED);
  /** The scenario's name, if the owner gave one ('' when none). */
  name: string = $state('');
  /** What the link the page was opened with held that could not be used (urlSync.svelte.ts). */
  linkMessages: LinkMessage[] = $state.raw([]);
  /** The fields the opened link brought from the sorting worksheet, as it brought them. */
  fromWorksheet: readonly WorksheetArrival[] = $state.raw([]);

  constructor(scenario: Scenario = defaultScenario, presetId: string | null = DEFAULT_PRESET_ID) {
    this.loadScenario(scenario, presetId);
  }

  /** The scenario's currency, for formatting. */
  get currency(): Scenario['currency'] {
    return this.scenario.currency;
  }

  /** True when every field's draft is valid, so the results describe what is on screen. */
  get isValid(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /**
   * Takes what the person typed (text) or chose (a currency code, the switch's
   * state) for one field. A valid value updates the scenario at once; an
   * invalid one is kept as a draft with its message.
   */
  setField(field: ScenarioField, input: string | boolean): void {
    (this.drafts as Record<ScenarioField, string | boolean>)[field] = input;
    const parsed = readInput(field, input, this.scenario.currency);
    if (!parsed.ok) {
      this.errors = { ...this.errors, [field]: parsed.message };
      return;
    }
    const checked = validateScenario({ ...this.scenario, [field]: parsed.value });
    if (!checked.ok) {
      this.errors = { ...this.errors, ...checked.errors };
      return;
    }
    const { [field]: _fixed, ...others } = this.errors;
    this.errors = others;
    this.scenario = checked.scenario;
    this.followRange(field, checked.scenario[field]);
  }

  /** Keeps a range's likely value on the field's value, widening the range to hold it. */
  private followRange(field: ScenarioField, value: Scenario[ScenarioField]): void {
    const range = this.ranges[field as NumericField];
    if (!range || typeof value !== 'number') return;
    this.setRange(field as NumericField, {
      low: Math.min(range.low, value),
      likely: value,
      high: Math.max(range.high, value),
    });
  }

  /**
   * Replaces everything with a scenario from elsewhere (a preset, a link, a saved
   * or imported file), already parsed at that boundary. Drafts and messages are
   * reset to show it exactly.
   */
  loadScenario(
    scenario: Scenario,
    presetId: string | null = null,
    extras: ScenarioExtras = {},
  ): void {
    this.scenario = scenario;
    this.drafts = toDrafts(scenario);
    this.errors = {};
    this.presetId = presetId;
    this.ranges = extras.ranges ?? {};
    this.seed = extras.seed ?? DEFAULT_SIMULATION_SEED;
    this.name = extras.name ?? '';
  }

  /**
   * Sets or clears (null) the range of one numeric input. The range's likely
   * value is kept equal to the scenario's value by whoever calls this; validate
   * it first (model/uncertainty/ranges.ts, checkRange).
   */
  setRange(field: NumericField, range: Range | null): void {
    const { [field]: _old, ...others } = this.ranges;
    this.ranges = range === null ? others : { ...others, [field]: range };
  }

  /** Loads a preset by id; false (and nothing changes) when there is none. */
  applyPreset(id: string): boolean {
    const preset = findPreset(id);
    if (!preset) return false;
    this.loadScenario(preset.scenario, preset.id);
    return true;
  }
}

let onThisPage: Calculator | undefined;

/**
 * The page's calculator. Each Astro island is a Svelte root of its own, so
 * context does not reach from one to another; the islands of a page share this
 * one instance instead. On the server every call makes a new one, so that no
 * state outlives a render.
 */
export function pageCalculator(): Calculator {
  if (typeof window === 'undefined') return new Calculator();
  return (onThisPage ??= new Calculator());
}

/** Forgets the page's calculator, so that the next `pageCalculator()` starts afresh (tests). */
export function forgetPageCalculator(): void {
  onThisPage = undefined;
}

const calculatorKey = Symbol('calculator');

/** Gives the components below this one `calc` in place of the page's calculator (tests, harnesses). */
export function setCalculator(calc: Calculator): Calculator {
  return setContext(calculatorKey, calc);
}

/** The calculator a component works on: the one a parent set, or else the page's. */
export function getCalculator(): Calculator {
  return getContext<Calculator | undefined>(calculatorKey) ?? pageCalculator();
}

function readInput(field: ScenarioField, input: string | boolean, currency: Currency) {
  if (typeof input === 'boolean') {
    return field === 'humansUseAiAssist'
      ? { ok: true as const, value: input }
      : { ok: false as const, message: `${field} is not a switch` };
  }
  if (isNumberField(field)) return parseField(field, input, currency);
  if (field === 'currency') return parseCurrency(input);
  if (fieldMeta(field).options) return parseChoice(field, input);
  return { ok: false as const, message: `${field} is a switch, not text` };
}

function isEdited(scenario: Scenario, presetId: string | null): boolean {
  const preset = presetId === null ? undefined : findPreset(presetId);
  if (!preset) return false;
  return (Object.keys(scenario) as ScenarioField[]).some(
    (field) => scenario[field] !== preset.scenario[field],
  );
}
