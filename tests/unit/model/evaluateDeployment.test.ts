/**
 * One deployment's month, worked by hand for the UK services firm of 40
 * (docs/model.md, "For each deployment"). Every expected figure is written as
 * the arithmetic that produces it, from the scenario's own numbers:
 *   V = 400 inquiries, loaded L = 400 × 0.33 = 132, routine R = 268,
 *   £12 per routine inquiry, loaded work × 1.5, AI £0.80 an inquiry, platform £300.
 */
import { describe, expect, it } from 'vitest';
import {
  deploymentIds,
  evaluateDeployment,
  evaluateDeployments,
  type DeploymentId,
  type DeploymentResult,
} from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

const byHand: Record<DeploymentId, DeploymentResult> = {
  allHuman: {
    humanFirst: 268 + 132,
    aiFirst: 0,
    aiShare: 0,
    escalations: 0,
    humanWorkload: 400,
    aiBillable: 0, // the AI takes nothing, so nothing is billed
    aiBilledFumbles: 0,
    // work units 268 + 132 × 1.5 = 466; 466 × £12 = £5,592; no AI, so no platform
    operatingCost: (268 + 132 * 1.5) * 12,
    setupCost: 0,
    fumbledRoutine: 268 * 0.01, // 2.68
    fumbledLoaded: 132 * 0.03, // 3.96
    clientsLost: 2.68 * 0.01 + 3.96 * 0.1, // 0.0268 + 0.396 = 0.4228
    churnCost: 0.4228 * 6000, // £2,536.80
    wrongAnswers: 0,
    liabilityCost: 0,
    totalCost: 5592 + 2536.8, // £8,128.80
    humanHours: (466 * 20) / 60, // 155.33 hours
    fte: (466 * 20) / 60 / 140, // 1.11 people
  },
  singleTierAi: {
    humanFirst: 0,
    aiFirst: 400,
    aiShare: 1,
    // handed on: 268 × 0.1 = 26.8 routine, 132 × 0.4 = 52.8 loaded
    escalations: 26.8 + 52.8, // 79.6
    humanWorkload: 79.6,
    aiBillable: 400, // billed per inquiry the AI takes, none included
    aiBilledFumbles: 268 * 0.03 + 132 * 0.2, // 8.04 + 26.4 = 34.44
    // work units 26.8 + 52.8 × 1.5 = 106; 106 × £12 + 400 × £0.80 + £300 = 1,272 + 320 + 300
    operatingCost: 1272 + 320 + 300, // £1,892
    setupCost: 5000,
    fumbledRoutine: 268 * 0.03, // 8.04
    fumbledLoaded: 132 * 0.2, // 26.4
    clientsLost: 8.04 * 0.01 + 26.4 * 0.1, // 0.0804 + 2.64 = 2.7204
    churnCost: 2.7204 * 6000, // £16,322.40
    wrongAnswers: 400 * 0.002, // 0.8
    liabilityCost: 0.8 * 400, // £320
    totalCost: 1892 + 16322.4 + 320, // £18,534.40
    humanHours: (106 * 20) / 60, // 35.33 hours
    fte: (106 * 20) / 60 / 140,
  },
  twoTier: {
    // first contact: routine 268 × 0.1 = 26.8 and loaded 132 × 0.9 = 118.8 to people,
    // routine 268 × 0.9 = 241.2 and loaded 132 × 0.1 = 13.2 to the AI
    humanFirst: 26.8 + 118.8, // 145.6
    aiFirst: 241.2 + 13.2, // 254.4
    aiShare: 254.4 / 400, // 0.636
    escalations: 241.2 * 0.1 + 13.2 * 0.4, // 24.12 + 5.28 = 29.4
    humanWorkload: 145.6 + 29.4, // 175
    aiBillable: 254.4,
    aiBilledFumbles: 241.2 * 0.03 + 13.2 * 0.2, // 7.236 + 2.64 = 9.876
    // work units (26.8 + 24.12) + (118.8 + 5.28) × 1.5 = 50.92 + 186.12 = 237.04
    // 237.04 × £12 + 254.4 × £0.80 + 400 × £0.05 triage + £300 = 2,844.48 + 203.52 + 20 + 300
    operatingCost: 2844.48 + 203.52 + 20 + 300, // £3,368
    setupCost: 5000,
    fumbledRoutine: 26.8 * 0.01 + 241.2 * 0.03, // 0.268 + 7.236 = 7.504
    fumbledLoaded: 118.8 * 0.03 + 13.2 * 0.2, // 3.564 + 2.64 = 6.204
    clientsLost: 7.504 * 0.01 + 6.204 * 0.1, // 0.07504 + 0.6204 = 0.69544
    churnCost: 0.69544 * 6000, // £4,172.64
    wrongAnswers: 254.4 * 0.002, // 0.5088
    liabilityCost: 0.5088 * 400, // £203.52
    totalCost: 3368 + 4172.64 + 203.52, // £7,744.16
    humanHours: (237.04 * 20) / 60, // 79.01 hours
    fte: (237.04 * 20) / 60 / 140,
  },
};

const rows = deploymentIds.flatMap((deployment) =>
  (Object.keys(byHand[deployment]) as (keyof DeploymentResult)[]).map(
    (field) => [deployment, field, byHand[deployment][field]] as const,
  ),
);

describe(evaluateDeployment, () => {
  it.each(rows)('gives the UK firm %s.%s = %s', (deployment, field, expected) => {
    expect(evaluateDeployment(deployment, UK_SERVICES_FIRM)[field]).toBeCloseTo(expected, 9);
  });

  it('states every figure the contract lists, and no other', () => {
    expect(Object.keys(evaluateDeployment('twoTier', UK_SERVICES_FIRM)).sort()).toEqual(
      Object.keys(byHand.twoTier).sort(),
    );
  });

  describe('with people drafting with the AI assistant', () => {
    const assisted = ukFirmWith({ humansUseAiAssist: true });
    // A person's unit costs £12 × (1 − 0.25) = £9; each inquiry a person touches adds £0.30.
    it.each([
      // 466 × £9 + 400 × £0.30 + £300 platform = 4,194 + 120 + 300
      ['allHuman', 4194 + 120 + 300, 466 * (20 / 60) * 0.75],
      // 106 × £9 + 79.6 × £0.30 + £320 AI + £300 = 954 + 23.88 + 320 + 300
      ['singleTierAi', 954 + 23.88 + 320 + 300, 106 * (20 / 60) * 0.75],
      // 237.04 × £9 + 175 × £0.30 + £203.52 AI + £20 triage + £300 = 2,133.36 + 52.5 + 203.52 + 20 + 300
      ['twoTier', 2133.36 + 52.5 + 203.52 + 20 + 300, 237.04 * (20 / 60) * 0.75],
    ] as const)('runs %s at the assisted cost and hours', (deployment, cost, hours) => {
      const result = evaluateDeployment(deployment, assisted);
      expect(result.operatingCost).toBeCloseTo(cost, 9);
      expect(result.humanHours).toBeCloseTo(hours, 9);
      expect(result.fte).toBeCloseTo(hours / 140, 9);
    });

    it('charges the AI setup to all-human too, since it now uses AI', () => {
      expect(evaluateDeployment('allHuman', assisted).setupCost).toBe(5000);
      expect(evaluateDeployment('allHuman', UK_SERVICES_FIRM).setupCost).toBe(0);
    });

    it('leaves fumbles, churn and liability as they were', () => {
      for (const deployment of deploymentIds) {
        const plain = evaluateDeployment(deployment, UK_SERVICES_FIRM);
        const result = evaluateDeployment(deployment, assisted);
        expect(result.clientsLost).toBe(plain.clientsLost);
        expect(result.liabilityCost).toBe(plain.liabilityCost);
      }
    });
  });

  describe('with no inquiries', () => {
    const quiet = ukFirmWith({ inquiriesPerMonth: 0 });
    it.each([
      ['allHuman', 0],
      ['singleTierAi', 300], // only the £300 platform
      ['twoTier', 300], // triage 0 × £0.05, platform £300
    ] as const)('costs %s %s a month, an AI share of 0 and no clients lost', (deployment, total) => {
      const result = evaluateDeployment(deployment, quiet);
      expect(result.totalCost).toBe(total);
      expect(result.aiShare).toBe(0);
      expect(result.clientsLost).toBe(0);
      expect(result.fte).toBe(0);
    });
  });

  describe('with a client base smaller than the clients fumbles would lose', () => {
    // Single-tier would lose 2.7204 clients a month; the firm has only 2.
    const small = ukFirmWith({ activeClients: 2 });
    it('loses at most every client, and prices only those', () => {
      const result = evaluateDeployment('singleTierAi', small);
      expect(result.clientsLost).toBe(2);
      expect(result.churnCost).toBe(2 * 6000);
      expect(result.totalCost).toBeCloseTo(1892 + 12000 + 320, 9);
    });
    it('leaves a deployment below the cap untouched', () => {
      expect(evaluateDeployment('twoTier', small).clientsLost).toBeCloseTo(0.69544, 12);
    });
  });

  it('counts an inquiry handed on by the AI as a person’s work, at the loaded multiple when loaded', () => {
    // Every AI inquiry handed on, all of them loaded: 400 × 1 × 1.5 = 600 work units × £12.
    const allLoaded = ukFirmWith({ loadedShare: 1, aiEscalationRateLoaded: 1 });
    const result = evaluateDeployment('singleTierAi', allLoaded);
    expect(result.escalations).toBe(400);
    expect(result.operatingCost).toBeCloseTo(600 * 12 + 400 * 0.8 + 300, 9);
  });
});

describe(evaluateDeployments, () => {
  it('evaluates all three deployments as evaluateDeployment does', () => {
    const all = evaluateDeployments(UK_SERVICES_FIRM);
    expect(Object.keys(all)).toEqual([...deploymentIds]);
    expect(all.singleTierAi.totalCost).toBeCloseTo(18534.4, 9);
    expect(all.twoTier.totalCost).toBeCloseTo(7744.16, 9);
  });
});
