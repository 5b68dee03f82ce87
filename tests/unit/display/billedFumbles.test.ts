/**
 * The sentence on fumbles billed as resolutions. Worked by hand for the UK
 * services firm billed per resolution (docs/model.md): two-tier's AI takes
 * 241.2 routine and 13.2 loaded inquiries and hands on 10 % and 40 %, so it
 * bills 241.2 x 0.9 + 13.2 x 0.6 = 217.08 + 7.92 = 225 resolutions, of which
 * 217.08 x 0.03 + 7.92 x 0.2 = 6.5124 + 1.584 = 8.0964 went badly.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Scenario } from '../../../src/model';
import { billedFumbles } from '../../../src/display/billedFumbles';
import { ukFirmWith } from '../model/fixtures';

const sentence = (scenario: Scenario) => billedFumbles(scenario, evaluate(scenario));

describe(billedFumbles, () => {
  it('says nothing when the AI is billed per inquiry', () => {
    expect(sentence(ukFirmWith({}))).toBeNull();
  });

  it('says nothing when the AI hands nothing badly', () => {
    const careful = ukFirmWith({ aiBilling: 'perResolution', fumbleRateAiRoutine: 0, fumbleRateAiLoaded: 0 });
    expect(sentence(careful)).toBeNull();
  });

  it('prices every billed fumble when the allowance is used up before them', () => {
    // 225 − 100 = 125 beyond the allowance ≥ 8.0964, so all cost £0.80: £6.477 12
    const billed = sentence(ukFirmWith({ aiBilling: 'perResolution', aiIncludedPerMonth: 100 }))!;
    expect(billed.deployment).toBe('twoTier');
    expect(billed.count).toBeCloseTo(8.0964, 12);
    expect(billed.charged).toBeCloseTo(8.0964, 12);
    expect(billed.cost).toBeCloseTo(6.47712, 12);
    expect(billed.text).toBe(
      'About 8.1 conversations a month that the AI handled badly are billed as resolved: about £6.48 a month, at £0.80 each.',
    );
  });

  it('prices only those beyond the allowance when it covers some of them', () => {
    // 225 − 220 = 5 beyond the allowance: the bill without the fumbles is 5 units lower, 5 x £0.80 = £4
    const billed = sentence(ukFirmWith({ aiBilling: 'perResolution', aiIncludedPerMonth: 220 }))!;
    expect(billed.charged).toBeCloseTo(5, 12);
    expect(billed.cost).toBeCloseTo(4, 12);
    expect(billed.text).toBe(
      'About 8.1 conversations a month that the AI handled badly are billed as resolved. Without them the bill would be about £4.00 a month lower: the first 220 billed a month are included, and only 5.0 of them fall beyond that.',
    );
  });

  it('says they cost nothing extra when the allowance covers every billed resolution', () => {
    const billed = sentence(ukFirmWith({ aiBilling: 'perResolution', aiIncludedPerMonth: 300 }))!;
    expect(billed.cost).toBe(0);
    expect(billed.text).toMatch(/the first 300 billed a month are included, so they cost nothing extra\.$/);
  });

  it('speaks of the cheaper AI option when people keep every inquiry', () => {
    // At a 60 % loaded share the verdict keeps people on everything (verdictText tests).
    const scenario = ukFirmWith({ aiBilling: 'perResolution', loadedShare: 0.6 });
    const evaluation = evaluate(scenario);
    const { singleTierAi, twoTier } = evaluation.deployments;
    const cheaper = twoTier.totalCost <= singleTierAi.totalCost ? 'twoTier' : 'singleTierAi';
    expect(billedFumbles(scenario, evaluation)!.deployment).toBe(cheaper);
  });
});
