import { describe, expect, it } from 'vitest';
import { deploymentIds } from '../../../src/model';
import { chartInk, deploymentColours, deploymentDashes } from '../../../src/charts/palette';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channel = (offset: number) => {
      const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('chart palette', () => {
  it('checks contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 9);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each([false, true])(
    'keeps each deployment’s colour at 3:1 on the background (dark: %s)',
    (dark) => {
      const { background } = chartInk(dark);
      for (const id of deploymentIds) {
        expect(contrast(deploymentColours[id], background)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each([false, true])('keeps text at 4.5:1 and the zero line at 3:1 (dark: %s)', (dark) => {
    const ink = chartInk(dark);
    expect(contrast(ink.text, ink.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ink.strong, ink.background)).toBeGreaterThanOrEqual(3);
  });

  it('gives each deployment its own dash, so colour is not the only cue', () => {
    const dashes = deploymentIds.map((id) => JSON.stringify(deploymentDashes[id]));
    expect(new Set(dashes).size).toBe(deploymentIds.length);
  });
});
