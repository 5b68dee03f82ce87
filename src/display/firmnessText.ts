/**
 * How firm the verdict is, in words: what holds across every input's
 * plausible range, and, in a close call, the input nearest to changing the
 * answer with the value at which it does, in that input's own units.
 */
import { fieldMeta, type Scenario } from '../model';
import type { Firmness } from '../model/uncertainty/firmness';
import { formatFieldValue } from './fieldValue';
import { deploymentLabels } from './labels';

/** The firmness in two parts: what holds, and what is close (null when nothing is). */
export interface FirmnessText {
  firm: string;
  close: string | null;
}

const RANGES =
  'your “I’m not sure” ranges where you set one, otherwise a quarter either way, ten points for shares';

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joined(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The firmness of a verdict in words.
 *
 * @example
 * // UK firm: six inputs can change the answer; the sorting's catch rate is nearest.
 * firmnessText(UK_SERVICES_FIRM, firmness(UK_SERVICES_FIRM)).close
 * // => 'A close call: at 86.9% loaded inquiries the sorting catches (now 90%), all people would
 * //     cost less in total. That is the nearest of 6 inputs that can change the answer within …'
 */
export function firmnessText(scenario: Scenario, firmness: Firmness): FirmnessText {
  const value = (field: Parameters<typeof formatFieldValue>[0], x: number, rounded = true) =>
    formatFieldValue(field, x, { currency: scenario.currency, rounded, withUnit: true });
  const never = firmness.neverCheapest.map((id) => deploymentLabels[id].inSentence);
  const neverPart =
    never.length === 0
      ? ''
      : ` ${capitalized(joined(never))} ${never.length === 1 ? 'is' : 'are'} never the cheapest in total within these ranges.`;
  const [nearest] = firmness.flips;
  if (!nearest) {
    return {
      firm:
        `Firm: ${deploymentLabels[firmness.recommended].inSentence} stays the cheapest in total ` +
        `across the plausible range of every input, one at a time (${RANGES}).${neverPart}`,
      close: null,
    };
  }
  const { field, range } = nearest;
  const label = fieldMeta(field).label.toLowerCase();
  const others = firmness.flips.length - 1;
  const count =
    others === 0
      ? 'the only input that changes the answer'
      : `the nearest of ${firmness.flips.length} inputs that change the answer`;
  return {
    firm:
      never.length === 0
        ? `Nothing is firm: every option comes out cheapest somewhere within these ranges (${RANGES}).`
        : `What is firm:${neverPart} Ranges tried: ${RANGES}.`,
    close:
      `A close call: with ${label} at ${value(field, nearest.value)} instead of ` +
      `${value(field, nearest.base, false)}, ${deploymentLabels[nearest.winner].inSentence} would ` +
      `cost less in total. That is ${count} within their plausible ranges (this one ` +
      `${value(field, range.low)} to ${value(field, range.high)}).`,
  };
}
