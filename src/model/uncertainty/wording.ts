/**
 * The words the uncertainty sentences use for the deployments, so that every
 * sentence names them the same way.
 */
import type { DeploymentId } from '../types';

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
