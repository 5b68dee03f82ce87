/**
 * The link back to the calculator: the owner's scenario as it came (the
 * calculator's own query, docs/link-format.md) with only the measured fields
 * replaced, each as `low~likely~high`, and `from=segment:…` so the calculator
 * can say which fields came from here. Only numbers go in it, never inquiry text.
 */
import type { MeasuredFields } from '../../model/segment';
import { handOverQuery } from '../../state/scenarioQuery';

/**
 * The calculator's address with the scenario and the measured ranges.
 *
 * @example
 * calculatorHref('/', 'inquiriesPerMonth=1200', { loadedShare: { low: 0.2425, likely: 0.33, high: 0.4269, sampleSize: 100 } })
 * // => '/?inquiriesPerMonth=1200&loadedShare=0.2425~0.33~0.4269&from=segment:loadedShare'
 */
export function calculatorHref(
  base: string,
  scenarioQuery: string,
  fields: MeasuredFields,
): string {
  return `${base}?${handOverQuery(scenarioQuery, fields)}`;
}
