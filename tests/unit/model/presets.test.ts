/**
 * The presets: each a full scenario the schema accepts, each value with a
 * basis, and the derived Klarna figures checked by working them out.
 */
import { describe, expect, it } from 'vitest';
import {
  citations,
  defaultScenario,
  evaluate,
  evaluateDeployment,
  findPreset,
  presetSources,
  presets,
  scenarioFields,
  scenarioSchema,
} from '../../../src/model';
import { matchingPriceList, usdRates } from '../../../src/model/aiPriceLists';
import { UK_SERVICES_FIRM } from './fixtures';

describe('presets', () => {
  it('starts with the UK services firm, which is the default scenario', () => {
    expect(presets.map((preset) => preset.id)).toEqual([
      'uk-services-40',
      'uk-services-per-resolution',
      'klarna-2024-single-tier',
      'klarna-hybrid',
    ]);
    expect(presets[0].scenario).toBe(defaultScenario);
  });

  it('holds the UK firm of docs/model.md', () => {
    expect(UK_SERVICES_FIRM).toMatchObject({
      currency: 'GBP', inquiriesPerMonth: 400, loadedShare: 0.33, activeClients: 200,
      lostClientValue: 6000, humanCostPerInquiry: 12, minutesPerHumanInquiry: 20,
      loadedHandlingMultiplier: 1.5, fteHoursPerMonth: 140, aiCostPerInquiry: 0.8,
      aiPlatformPerMonth: 300, aiSetupCost: 5000, triageCostPerInquiry: 0.05, routerRecall: 0.9,
      routerFalseAlarmRate: 0.1, aiEscalationRateRoutine: 0.1, aiEscalationRateLoaded: 0.4,
      fumbleRateHumanRoutine: 0.01, fumbleRateHumanLoaded: 0.03, fumbleRateAiRoutine: 0.03,
      fumbleRateAiLoaded: 0.2, churnIfFumbledRoutine: 0.01, churnIfFumbledLoaded: 0.1,
      wrongAnswerRate: 0.002, costPerWrongAnswer: 400, humansUseAiAssist: false,
      assistTimeSaving: 0.25, assistCostPerInquiry: 0.3, horizonMonths: 24, churnLagMonths: 3,
    });
  });

  it.each(presets.map((preset) => [preset.id, preset] as const))(
    'parses %s with the schema, unchanged',
    (_, preset) => {
      const parsed = scenarioSchema.safeParse(preset.scenario);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(preset.scenario);
      expect(preset.name.length).toBeGreaterThan(0);
      expect(preset.description.length).toBeGreaterThan(0);
    },
  );

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(presets)).toBe(true);
    for (const preset of presets) expect(Object.isFrozen(preset.scenario)).toBe(true);
  });

  it('takes Klarna’s 2.3 million conversations a month and 11 minutes a person', () => {
    const klarna = findPreset('klarna-2024-single-tier')!.scenario;
    expect(klarna.inquiriesPerMonth).toBe(2_300_000);
    expect(klarna.minutesPerHumanInquiry).toBe(11);
    expect(klarna.currency).toBe('USD');
  });

  it('derives Klarna’s person cost from its USD 40 million estimate', () => {
    const klarna = findPreset('klarna-2024-single-tier')!.scenario;
    // 2.3 million: 759,000 loaded, 1,541,000 routine, USD 2 per unit of a person's work.
    // All-human: (1,541,000 + 759,000 × 1.5) × 2 = 2,679,500 × 2 = USD 5,359,000 a month.
    // Single-tier: handed on 154,100 + 303,600 × 1.5 = 609,500 units × 2 = 1,219,000,
    //   + 2.3 million × USD 0.30 = 690,000, + 100,000 platform = USD 2,009,000 a month.
    // Saving 3,350,000 a month × 12 = USD 40.2 million a year.
    const saving =
      evaluateDeployment('allHuman', klarna).operatingCost -
      evaluateDeployment('singleTierAi', klarna).operatingCost;
    expect(saving).toBeCloseTo(5_359_000 - 2_009_000, 3);
    expect((saving * 12) / 1e6).toBeCloseTo(40.2, 6);
  });

  it('puts Klarna’s hybrid AI on about two-thirds of conversations', () => {
    // 0.67 × (1 − 0.02) + 0.33 × (1 − 0.95) = 0.6566 + 0.0165 = 0.6731
    const hybrid = evaluate(findPreset('klarna-hybrid')!.scenario);
    expect(hybrid.deployments.twoTier.aiShare).toBeCloseTo(0.6731, 12);
  });

  it.each(presets.map((preset) => [preset.id] as const))(
    'gives every value of %s a basis, and a source to every sourced or derived value',
    (id) => {
      const sources = presetSources[id];
      expect(Object.keys(sources).sort()).toEqual([...scenarioFields].sort());
      for (const field of scenarioFields) {
        const { basis, cites, note } = sources[field];
        expect(['source', 'derived', 'assumption']).toContain(basis);
        expect(note.length).toBeGreaterThan(10);
        if (basis !== 'assumption') expect(cites.length).toBeGreaterThan(0);
        for (const cite of cites) expect(citations).toHaveProperty([cite]);
      }
    },
  );

  it('cites the public figures the Klarna presets take as published', () => {
    const klarna = presetSources['klarna-2024-single-tier'];
    expect(klarna.inquiriesPerMonth).toMatchObject({ basis: 'source', cites: ['klarna-2024'] });
    expect(klarna.minutesPerHumanInquiry).toMatchObject({ basis: 'source', cites: ['klarna-2024'] });
    expect(klarna.churnIfFumbledLoaded).toMatchObject({ basis: 'source', cites: ['pwc-2018'] });
    expect(klarna.loadedShare.basis).toBe('assumption');
  });

  it('marks the UK firm’s loaded share an assumption and cites the Air Canada ruling', () => {
    expect(presetSources['uk-services-40'].loadedShare.basis).toBe('assumption');
    expect(citations['moffatt-2024'].title).toBe('Moffatt v. Air Canada, 2024 BCCRT 149');
    expect(findPreset('klarna-hybrid')?.scenario.inquiriesPerMonth).toBe(2300000);
  });

  it('cites every source it lists at least once', () => {
    const cited = new Set(
      Object.values(presetSources).flatMap((sources) => Object.values(sources).flatMap((s) => s.cites)),
    );
    expect([...cited].sort()).toEqual(Object.keys(citations).sort());
  });
});

describe(findPreset, () => {
  it('finds a preset by id and nothing for an unknown id', () => {
    expect(findPreset('uk-services-40')?.scenario).toBe(defaultScenario);
    expect(findPreset('klarna-hybrid')?.scenario.routerRecall).toBe(0.95);
    expect(findPreset('no-such-preset')).toBeUndefined();
  });
});

describe('the UK firm billed per resolution', () => {
  const billed = findPreset('uk-services-per-resolution')!.scenario;

  it('is the UK firm with Intercom Fin’s price list in pounds and a six-month ramp, and nothing else changed', () => {
    const changed = scenarioFields.filter((field) => billed[field] !== UK_SERVICES_FIRM[field]);
    expect(changed).toEqual([
      'aiCostPerInquiry',
      'aiPlatformPerMonth',
      'aiBilling',
      'aiIncludedPerMonth',
      'aiRampMonths',
    ]);
    // The picker shows Intercom Fin on it at the assumed rate.
    expect(matchingPriceList(billed, usdRates.GBP)?.id).toBe('intercom-fin');
    expect(billed.aiRampMonths).toBe(6);
  });

  it('bills the AI’s fumbles as resolutions', () => {
    // Two-tier bills 225 resolutions (241.2 x 0.9 + 13.2 x 0.6), of which
    // 217.08 x 0.03 + 7.92 x 0.2 = 8.0964 went badly; 225 − 50 = 175 are charged at £0.78.
    const twoTier = evaluateDeployment('twoTier', billed);
    expect(twoTier.aiBillable).toBeCloseTo(225, 9);
    expect(twoTier.aiBilledFumbles).toBeCloseTo(8.0964, 9);
  });
});
