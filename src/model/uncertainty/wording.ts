/**
 * The words the uncertainty sentences use for the deployments, so that every
 * sentence names them the same way.
 */
import { fieldMeta } from '../schema';
import type { DeploymentId } from '../types';
import type { NumericField } from './ranges';

/** Each deployment as it is named mid-sentence. */
export const deploymentNames: Readonly<Record<DeploymentId, string>> = Object.freeze({
  allHuman: 'all-human',
  singleTierAi: 'single-tier',
  twoTier: 'two-tier',
});

/**
 * A phrase with its first letter in capitals, to open a sentence.
 *
 * @example
 * capitalize('two-tier costs less') // => 'Two-tier costs less'
 */
export function capitalize(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * Which inputs a simulation varied, so that its chances are read as what they
 * are: the other inputs held at the owner's values, not known to be right.
 *
 * @example
 * describeVaried(['lostClientValue'])
 * // => 'Only one input was varied, value of a lost client; every other input is held at your value, so these chances leave out how unsure the rest is.'
 */
export function describeVaried(fields: readonly NumericField[]): string {
  const names = fields.map((field) => fieldMeta(field).label.toLowerCase());
  const held = 'every other input is held at your value';
  if (names.length === 1) {
    return `Only one input was varied, ${names[0]}; ${held}, so these chances leave out how unsure the rest is.`;
  }
  const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${capitalize(formatNumberWord(names.length))} inputs were varied: ${list}; ${held}.`;
}

function formatNumberWord(count: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return words[count] ?? String(count);
}
