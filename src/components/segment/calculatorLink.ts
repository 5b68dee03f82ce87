/**
 * The link back to the calculator with the measured fields set, in the shared
 * link format (src/state/link.ts): field names as in docs/model.md, model
 * units, and the link version. Only numbers go in it, never inquiry text.
 */
import type { MeasuredFields } from '../../model/segment';
import { currentLinkVersion } from '../../state/linkMigrations';

/**
 * The calculator's address with the measured fields in its query.
 *
 * @example
 * calculatorHref('/', { loadedShare: 0.34, routerRecall: 0.8485 })
 * // => '/?loadedShare=0.34&routerRecall=0.8485&v=1'
 */
export function calculatorHref(base: string, fields: MeasuredFields): string {
  const params = new URLSearchParams();
  for (const [field, value] of Object.entries(fields)) params.set(field, String(value));
  params.set('v', String(currentLinkVersion));
  return `${base}?${params.toString()}`;
}
