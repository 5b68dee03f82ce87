/**
 * A year of lost clients, derived for reading: 12 × the month's `clientsLost`,
 * capped at `activeClients`. Worked by hand for the UK firm (docs/model.md defaults).
 */
import { describe, expect, it } from 'vitest';
import {
  clientsLostPerYear,
  clientsLostPerYearShare,
  evaluateDeployments,
} from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

// V = 400, L = 132, R = 268; two-tier with r = 0.9, f = 0.1:
// fumbledRoutine = 26.8 × 0.01 + 241.2 × 0.03 = 7.504; fumbledLoaded = 118.8 × 0.03 + 13.2 × 0.2 = 6.204;
// clientsLost = 7.504 × 0.01 + 6.204 × 0.1 = 0.69544 a month.
// Single-tier: fumbledRoutine = 268 × 0.03 = 8.04, fumbledLoaded = 132 × 0.2 = 26.4;
// clientsLost = 0.0804 + 2.64 = 2.7204 a month.
const { singleTierAi, twoTier } = evaluateDeployments(UK_SERVICES_FIRM);

describe(clientsLostPerYear, () => {
  it('is twelve months at this month’s rate while under the client base', () => {
    // 0.69544 × 12 = 8.34528, well under 200 clients.
    expect(clientsLostPerYear(twoTier, UK_SERVICES_FIRM)).toBeCloseTo(8.34528, 10);
    // 2.7204 × 12 = 32.6448, under 200.
    expect(clientsLostPerYear(singleTierAi, UK_SERVICES_FIRM)).toBeCloseTo(32.6448, 10);
  });

  it('is capped at the client base: no firm loses more clients than it serves', () => {
    // With 20 clients, single-tier's 2.7204 a month is still under the monthly cap of 20,
    // but a year of it, 32.6448, is not: capped at 20.
    const small = ukFirmWith({ activeClients: 20 });
    const { singleTierAi: smallSingle, twoTier: smallTwo } = evaluateDeployments(small);
    expect(smallSingle.clientsLost).toBeCloseTo(2.7204, 10);
    expect(clientsLostPerYear(smallSingle, small)).toBe(20);
    // Two-tier's 8.34528 a year stays under 20, uncapped.
    expect(clientsLostPerYear(smallTwo, small)).toBeCloseTo(8.34528, 10);
  });

  it.each([
    // [clients lost a month, active clients, a year]
    [0, 200, 0], // nothing lost, nothing lost in a year
    [1, 12, 12], // 1 × 12 = 12: exactly the base, not above it
    [1, 11, 11], // 12 > 11: capped
    [0.5, 100, 6], // 0.5 × 12 = 6
  ])('loses %s a month of %s clients: %s a year', (perMonth, activeClients, expected) => {
    expect(clientsLostPerYear({ clientsLost: perMonth }, { activeClients })).toBe(expected);
  });
});

describe(clientsLostPerYearShare, () => {
  it('is the year’s clients lost as a share of the client base', () => {
    // 8.34528 / 200 = 0.0417264 (about 4.2 %).
    expect(clientsLostPerYearShare(twoTier, UK_SERVICES_FIRM)).toBeCloseTo(0.0417264, 12);
    // 32.6448 / 200 = 0.163224.
    expect(clientsLostPerYearShare(singleTierAi, UK_SERVICES_FIRM)).toBeCloseTo(0.163224, 12);
  });

  it('is 1, the whole base, once the cap binds', () => {
    // 2.7204 × 12 = 32.6448 > 20: capped at 20, and 20 / 20 = 1.
    expect(clientsLostPerYearShare({ clientsLost: 2.7204 }, { activeClients: 20 })).toBe(1);
  });

  it('does not change the results it is given', () => {
    const deployment = { ...twoTier };
    clientsLostPerYearShare(deployment, UK_SERVICES_FIRM);
    expect(deployment).toEqual(twoTier);
  });
});
