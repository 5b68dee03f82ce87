/**
 * Colours and line styles of the charts. The deployments take Okabe-Ito colours,
 * which stay apart for the common kinds of colour blindness, and each also has
 * its own dash (lines) or pattern (bar components), so colour is never the only
 * cue. The three colours keep a 3:1 contrast on the light and the dark page
 * background alike, so they do not change with the scheme; only the ink does.
 */
import type { DeploymentId } from '../model';

/** Okabe-Ito blue, vermillion and bluish green. */
export const deploymentColours: Readonly<Record<DeploymentId, string>> = Object.freeze({
  allHuman: '#0072B2',
  singleTierAi: '#D55E00',
  twoTier: '#009E73',
});

/** Canvas dash patterns (px on, px off) of each deployment's line; [] is solid. */
export const deploymentDashes: Readonly<Record<DeploymentId, readonly number[]>> = Object.freeze({
  allHuman: [],
  singleTierAi: [8, 4],
  twoTier: [12, 3, 3, 3],
});

/** The fill of a bar segment: a cost component is told by its pattern as well as its colour. */
export type Fill = 'solid' | 'stripes' | 'dots';

/** Text, grid and marker colours for one colour scheme. */
export interface Ink {
  /** The page background the chart is drawn on (global.css --bg). */
  background: string;
  /** Axis labels and marker labels: at least 4.5:1 on the background. */
  text: string;
  /** Grid lines: quiet, but visible. */
  grid: string;
  /** The zero line and the firm's own marker: 3:1 on the background. */
  strong: string;
}

const LIGHT: Ink = Object.freeze({
  background: '#ffffff',
  text: '#1a1a1a',
  grid: '#d9d9d9',
  strong: '#4a4a4a',
});

const DARK: Ink = Object.freeze({
  background: '#121212',
  text: '#f0f0f0',
  grid: '#3a3a3a',
  strong: '#c8c8c8',
});

/**
 * The ink for a colour scheme.
 *
 * @example
 * chartInk(true).text // => '#f0f0f0'
 */
export function chartInk(dark: boolean): Ink {
  return dark ? DARK : LIGHT;
}
