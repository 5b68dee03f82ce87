/**
 * The AI price lists: what each entry sets (only the four AI price fields), how
 * a price converts from US dollars, and which entry a scenario's fields match.
 */
import { describe, expect, it } from 'vitest';
import {
  aiPriceFields,
  aiPriceLists,
  convertPrice,
  matchingPriceList,
  usdRates,
} from '../../../src/model/aiPriceLists';
import { scenarioSchema } from '../../../src/model';
import { UK_SERVICES_FIRM } from './fixtures';

const entry = (id: string) => {
  const found = aiPriceLists.find((list) => list.id === id);
  if (!found) throw new Error(`no price list ${id}`);
  return found;
};

describe('the AI price lists', () => {
  // Each row is the price list's own figure, read from its source (see the entry's plan).
  it.each([
    ['intercom-fin', 'perResolution', 0.99, 50, 49],
    ['zendesk-ai-agents', 'perResolution', 1.5, 0, 0],
    ['salesforce-agentforce', 'perInquiry', 2, 0, 0],
    ['gorgias-ai-agent', 'perResolution', 0.9, 0, 0],
    // USD 49 per 100 sessions = 0.49 a session
    ['freshdesk-freddy', 'perInquiry', 0.49, 0, 0],
    // 50 credits ≈ USD 0.50 a resolution; Pro's 3,000 credits / 50 = 60 resolutions
    ['hubspot-breeze', 'perResolution', 0.5, 60, 0],
  ] as const)('%s sets billing %s at USD %d, %d included, USD %d a month', (id, billing, unit, included, platform) => {
    expect(convertPrice(entry(id).price!, 1)).toEqual({
      aiBilling: billing,
      aiCostPerInquiry: unit,
      aiIncludedPerMonth: included,
      aiPlatformPerMonth: platform,
    });
  });

  it.each(['ada', 'sierra', 'decagon'])('%s has no public price, so sets nothing and says so', (id) => {
    expect(entry(id).price).toBeNull();
    expect(entry(id).note).toMatch(/No public price/);
  });

  it('gives every entry a plan, a date read, a source and whose figure it is', () => {
    for (const list of aiPriceLists) {
      expect(list.plan.length).toBeGreaterThan(0);
      expect(list.read).toMatch(/20\d\d/);
      expect(list.source.length).toBeGreaterThan(0);
      expect(['vendor', 'reported']).toContain(list.witness);
    }
    expect(new Set(aiPriceLists.map((list) => list.id)).size).toBe(aiPriceLists.length);
  });

  it('sets only the four AI price fields, and the schema accepts what it sets', () => {
    for (const list of aiPriceLists.filter((l) => l.price)) {
      const values = convertPrice(list.price!, usdRates.GBP);
      expect(Object.keys(values).sort()).toEqual([...aiPriceFields].sort());
      expect(scenarioSchema.safeParse({ ...UK_SERVICES_FIRM, ...values }).success).toBe(true);
    }
  });
});

describe('convertPrice', () => {
  it('converts money at the rate and rounds to cents, leaving counts alone', () => {
    // 0.99 x 0.79 = 0.7821 -> 0.78; 49 x 0.79 = 38.71; 50 resolutions stay 50
    expect(convertPrice(entry('intercom-fin').price!, 0.79)).toEqual({
      aiBilling: 'perResolution',
      aiCostPerInquiry: 0.78,
      aiIncludedPerMonth: 50,
      aiPlatformPerMonth: 38.71,
    });
  });
});

describe('matchingPriceList', () => {
  it('finds the vendor whose values the scenario holds at the same rate', () => {
    const fin = { ...UK_SERVICES_FIRM, ...convertPrice(entry('intercom-fin').price!, 0.79) };
    expect(matchingPriceList(fin, 0.79)?.id).toBe('intercom-fin');
  });

  it.each(aiPriceFields)('finds none once %s is edited', (field) => {
    const fin = { ...UK_SERVICES_FIRM, ...convertPrice(entry('intercom-fin').price!, 1) };
    const edited = {
      ...fin,
      [field]: field === 'aiBilling' ? 'perInquiry' : (fin[field] as number) + 1,
    };
    expect(matchingPriceList(edited, 1)).toBeNull();
  });

  it('finds none at another rate (0.99 x 0.8 = 0.79, not 0.78) or for the default firm', () => {
    const fin = { ...UK_SERVICES_FIRM, ...convertPrice(entry('intercom-fin').price!, 0.79) };
    expect(matchingPriceList(fin, 0.8)).toBeNull();
    expect(matchingPriceList(UK_SERVICES_FIRM, 0.79)).toBeNull();
  });
});
