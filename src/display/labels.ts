/**
 * What each deployment is called on screen, in an owner's words. Shared by the
 * verdict, the figures table and the charts, so that they never disagree.
 */
import type { DeploymentId, VerdictId } from '../model';

export interface DeploymentLabel {
  /** A column heading or legend entry: "Two-tier". */
  name: string;
  /** The name inside a sentence: "two-tier", "single-tier AI". */
  inSentence: string;
  /** What it means, for a caption or a footnote. */
  description: string;
}

export const deploymentLabels: Record<DeploymentId, DeploymentLabel> = {
  allHuman: {
    name: 'All people',
    inSentence: 'all people',
    description: 'people answer every inquiry',
  },
  singleTierAi: {
    name: 'Single-tier AI',
    inSentence: 'single-tier AI',
    description: 'the AI takes every inquiry first, passing some to a person',
  },
  twoTier: {
    name: 'Two-tier',
    inSentence: 'two-tier',
    description: 'sorting sends routine inquiries to the AI and loaded ones to a person',
  },
};

/** A verdict's name in a word or two, for the badge above its sentence. */
export const verdictNames: Record<VerdictId, string> = {
  allHuman: 'Keep people on everything',
  singleTierAi: 'AI first on everything',
  twoTier: 'Go two-tier',
  'segment-first': 'People for now: measure the sorting',
  'hold-mix-dominated': 'People for now: mostly loaded',
};
