/**
 * The worksheet's words about the calculator's scenario: which scenario it is
 * measuring for, what the hand-over takes across, and when a sample is small.
 */
import { SMALL_SAMPLE, type MeasuredFields, type MeasuredRange } from '../../model/segment/summary';
import { formatCount, formatMoney, formatShare } from '../../display/format';
import type { ScenarioGlance } from '../../state/scenarioQuery';

/** What each measured field is called on the page. */
export const measuredNames: Record<keyof MeasuredFields, string> = {
  loadedShare: 'loaded share',
  routerRecall: 'triage catch rate',
  routerFalseAlarmRate: 'false-alarm rate',
};

/** Which rows each measured field is counted on, for "measured on 7 …". */
const measuredOn: Record<keyof MeasuredFields, [one: string, many: string]> = {
  loadedShare: ['inquiry', 'inquiries'],
  routerRecall: ['reviewed row you marked loaded', 'reviewed rows you marked loaded'],
  routerFalseAlarmRate: ['reviewed row you marked routine', 'reviewed rows you marked routine'],
};

/** Why a field is left to the calculator when there is nothing to measure it on. */
const notMeasured: Record<keyof MeasuredFields, string> = {
  loadedShare: 'there are no inquiries yet',
  routerRecall: 'no row you reviewed is marked loaded',
  routerFalseAlarmRate: 'no row you reviewed is marked routine',
};

/**
 * The key inputs in a phrase: "1,200 inquiries a month, £3,000 a lost client,
 * a loaded share you put at 33 %", after the scenario's name or preset.
 *
 * @example
 * measuringFor(glanceAt('inquiriesPerMonth=1200&lostClientValue=3000'))
 * // => '1,200 inquiries a month, £3,000 a lost client, a loaded share you put at 33%'
 */
export function measuringFor(glance: ScenarioGlance): string {
  const title = glance.name
    ? `“${glance.name}”: `
    : glance.presetName
      ? `${glance.presetName}: `
      : '';
  const others =
    glance.otherInputs === 0
      ? ''
      : `, and ${formatCount(glance.otherInputs, 0)} other ${glance.otherInputs === 1 ? 'input' : 'inputs'} you set`;
  return (
    `${title}${formatCount(glance.inquiriesPerMonth, 0)} inquiries a month, ` +
    `${formatMoney(glance.lostClientValue, glance.currency)} a lost client, ` +
    `a loaded share you put at ${formatShare(glance.loadedShare)}${others}`
  );
}

/** A measured range in words: "32% (likely) with 24% to 41% as the range". */
function rangeWords({ low, likely, high }: MeasuredRange): string {
  return `${formatShare(likely)} (likely) with ${formatShare(low)} to ${formatShare(high)} as the range`;
}

/**
 * What the hand-over takes to the calculator, field by field, and what it leaves.
 *
 * @example
 * goesAcross({ loadedShare: { low: 0.2425, likely: 0.32, high: 0.4098, sampleSize: 100 } }, true)
 * // => 'Goes across: loaded share 32% (likely) with 24.3% to 41% as the range. The triage catch
 * //     rate stays as you had it (counts alone do not measure it); the false-alarm rate stays as
 * //     you had it (counts alone do not measure it); everything else stays as you had it.'
 */
export function goesAcross(fields: MeasuredFields, fromTally = false): string {
  const names = Object.keys(measuredNames) as (keyof MeasuredFields)[];
  const across = names.flatMap((field) => {
    const range = fields[field];
    return range ? [`${measuredNames[field]} ${rangeWords(range)}`] : [];
  });
  const reason = (field: keyof MeasuredFields) =>
    fromTally && field !== 'loadedShare' ? 'counts alone do not measure it' : notMeasured[field];
  const kept = names.flatMap((field) =>
    fields[field] ? [] : [`the ${measuredNames[field]} stays as you had it (${reason(field)})`],
  );
  const rest = [...kept, 'everything else stays as you had it'].join('; ');
  return across.length === 0
    ? `Nothing to take across yet; ${rest}.`
    : `Goes across: ${across.join('; ')}. ${rest.charAt(0).toUpperCase()}${rest.slice(1)}.`;
}

/**
 * A warning for each measured field counted on fewer than `SMALL_SAMPLE` rows.
 *
 * @example
 * smallSamples({ routerRecall: { low: 0.6457, likely: 1, high: 1, sampleSize: 7 } })
 * // => ['The triage catch rate rests on 7 reviewed rows you marked loaded: a small sample, so its range is wide (64.6% to 100%).']
 */
export function smallSamples(fields: MeasuredFields): string[] {
  return (Object.keys(measuredNames) as (keyof MeasuredFields)[]).flatMap((field) => {
    const range = fields[field];
    if (!range || range.sampleSize >= SMALL_SAMPLE) return [];
    const [one, many] = measuredOn[field];
    const rows = `${formatCount(range.sampleSize, 0)} ${range.sampleSize === 1 ? one : many}`;
    const wide = `${formatShare(range.low)} to ${formatShare(range.high)}`;
    return [
      `The ${measuredNames[field]} rests on ${rows}: a small sample, so its range is wide (${wide}).`,
    ];
  });
}
