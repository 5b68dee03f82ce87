/**
 * What the AI vendor bills, worked by hand for the UK services firm of 40:
 * billing per inquiry or per resolution, the allowance included in the
 * platform fee, and the badly handled conversations among the billed units.
 *   AI-first streams: single-tier 268 routine and 132 loaded; two-tier 241.2 and 13.2.
 *   Hand-on rates 0.1 routine, 0.4 loaded; AI fumble rates 0.03 routine, 0.2 loaded.
 *   £0.80 a billed unit, £300 platform; people's work £1,272 (single-tier), £2,844.48 (two-tier).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateDeployment, type DeploymentId } from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

const perResolution = ukFirmWith({ aiBilling: 'perResolution' });

describe('billing per resolution', () => {
  it.each<[DeploymentId, number, number]>([
    // 268 × (1 − 0.1) + 132 × (1 − 0.4) = 241.2 + 79.2
    ['singleTierAi', 241.2 + 79.2, 320.4],
    // 241.2 × 0.9 + 13.2 × 0.6 = 217.08 + 7.92
    ['twoTier', 217.08 + 7.92, 225],
    ['allHuman', 0, 0],
  ])('bills %s only the AI conversations not handed on: %s units', (deployment, billed, rounded) => {
    expect(billed).toBeCloseTo(rounded, 12);
    expect(evaluateDeployment(deployment, perResolution).aiBillable).toBeCloseTo(billed, 9);
  });

  it('bills per inquiry every conversation the AI takes', () => {
    expect(evaluateDeployment('singleTierAi', UK_SERVICES_FIRM).aiBillable).toBe(400);
    expect(evaluateDeployment('twoTier', UK_SERVICES_FIRM).aiBillable).toBeCloseTo(254.4, 12);
  });

  it('charges single-tier £256.32 for the AI instead of £320', () => {
    // 320.4 × £0.80 = £256.32; to run 1,272 + 256.32 + 300 = £1,828.32 (£1,892 per inquiry)
    const result = evaluateDeployment('singleTierAi', perResolution);
    expect(result.operatingCost).toBeCloseTo(1272 + 256.32 + 300, 9);
    // Nothing but the AI's bill changes: the people's work, churn and liability stay.
    const perInquiry = evaluateDeployment('singleTierAi', UK_SERVICES_FIRM);
    expect(result.operatingCost - perInquiry.operatingCost).toBeCloseTo(256.32 - 320, 9);
    expect(result.churnCost).toBe(perInquiry.churnCost);
    expect(result.liabilityCost).toBe(perInquiry.liabilityCost);
  });

  it('bills nothing when the AI hands every inquiry on', () => {
    const handsAllOn = ukFirmWith({
      aiBilling: 'perResolution',
      aiEscalationRateRoutine: 1,
      aiEscalationRateLoaded: 1,
    });
    const result = evaluateDeployment('singleTierAi', handsAllOn);
    expect(result.aiBillable).toBe(0);
    expect(result.aiBilledFumbles).toBe(0);
  });
});

describe('the fumbles the firm pays for (aiBilledFumbles)', () => {
  it.each<[string, DeploymentId, boolean, number]>([
    // per inquiry every AI fumble is billed: 268 × 0.03 + 132 × 0.2 = 8.04 + 26.4
    ['single-tier per inquiry', 'singleTierAi', false, 8.04 + 26.4],
    // per resolution, those not handed on: 241.2 × 0.03 + 79.2 × 0.2 = 7.236 + 15.84
    ['single-tier per resolution', 'singleTierAi', true, 7.236 + 15.84],
    // 241.2 × 0.03 + 13.2 × 0.2 = 7.236 + 2.64
    ['two-tier per inquiry', 'twoTier', false, 7.236 + 2.64],
    // 217.08 × 0.03 + 7.92 × 0.2 = 6.5124 + 1.584
    ['two-tier per resolution', 'twoTier', true, 6.5124 + 1.584],
  ])('counts %s at %s a month', (_, deployment, resolved, fumbles) => {
    const scenario = resolved ? perResolution : UK_SERVICES_FIRM;
    expect(evaluateDeployment(deployment, scenario).aiBilledFumbles).toBeCloseTo(fumbles, 9);
  });

  it('counts none for all-human, even when people draft with the assistant', () => {
    const assisted = ukFirmWith({ humansUseAiAssist: true, aiBilling: 'perResolution' });
    expect(evaluateDeployment('allHuman', assisted).aiBilledFumbles).toBe(0);
  });
});

describe('the allowance included in the platform fee', () => {
  it.each<[string, number, number]>([
    // two-tier bills 254.4: with 100 included, (254.4 − 100) × £0.80 = £123.52
    ['below the units billed', 100, 123.52],
    // with 254.4 included, nothing is left to pay
    ['equal to the units billed', 254.4, 0],
    // with 300 included, still nothing: an unused allowance pays nothing back
    ['above the units billed', 300, 0],
  ])('charges two-tier for the units beyond it, %s (%s included: £%s)', (_, included, usage) => {
    const result = evaluateDeployment('twoTier', ukFirmWith({ aiIncludedPerMonth: included }));
    expect(result.aiBillable).toBeCloseTo(254.4, 12); // the billed units do not change…
    // …only what they cost: people £2,844.48 + AI use + triage £20 + platform £300
    expect(result.operatingCost).toBeCloseTo(2844.48 + usage + 20 + 300, 9);
  });

  it('applies per deployment: 300 included covers two-tier, not single-tier', () => {
    const deployments = evaluate(ukFirmWith({ aiIncludedPerMonth: 300 })).deployments;
    // single-tier: (400 − 300) × £0.80 = £80; 1,272 + 80 + 300 = £1,652
    expect(deployments.singleTierAi.operatingCost).toBeCloseTo(1652, 9);
    // two-tier: nothing beyond; 2,844.48 + 20 + 300 = £3,164.48
    expect(deployments.twoTier.operatingCost).toBeCloseTo(3164.48, 9);
  });

  it('stacks with billing per resolution: 225 billed, 100 included, £100 for the AI', () => {
    // (225 − 100) × £0.80 = £100; to run £3,368 − £203.52 + £100 = £3,264.48
    const billed = evaluateDeployment(
      'twoTier',
      ukFirmWith({ aiBilling: 'perResolution', aiIncludedPerMonth: 100 }),
    );
    expect(billed.aiBillable).toBeCloseTo(225, 9);
    expect(billed.aiBilledFumbles).toBeCloseTo(8.0964, 9);
    expect(billed.operatingCost).toBeCloseTo(3264.48, 9);
  });

  it('leaves all-human with the assistant unchanged: it bills nothing to cover', () => {
    // Assisted all-human: 466 × £9 + 400 × £0.30 + £300 = £4,614, with or without an allowance.
    const assisted = ukFirmWith({ humansUseAiAssist: true });
    const withAllowance = ukFirmWith({ humansUseAiAssist: true, aiIncludedPerMonth: 500 });
    expect(evaluateDeployment('allHuman', assisted).operatingCost).toBeCloseTo(4614, 9);
    expect(evaluateDeployment('allHuman', withAllowance).operatingCost).toBeCloseTo(4614, 9);
    expect(evaluateDeployment('allHuman', withAllowance).aiBillable).toBe(0);
  });
});
