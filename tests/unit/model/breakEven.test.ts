/**
 * Break-even points (docs/model.md), derived in closed form from the
 * scenario, and checked against a brute-force scan where the cap on clients
 * lost bends the totals.
 */
import { describe, expect, it } from 'vitest';
import {
  breakEvenLoadedShare,
  breakEvenRecall,
  evaluateDeployment,
  type AiDeploymentId,
  type Scenario,
} from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';
import { scanFirstCrossing } from './scan';

const total = (deployment: Parameters<typeof evaluateDeployment>[0], scenario: Scenario) =>
  evaluateDeployment(deployment, scenario).totalCost;

/** Two-tier's total minus all-human's at a given recall. */
const recallGap = (scenario: Scenario) => (recall: number) =>
  total('twoTier', { ...scenario, routerRecall: recall }) - total('allHuman', scenario);

/** An AI deployment's total minus all-human's at a given loaded share. */
const shareGap = (deployment: AiDeploymentId, scenario: Scenario) => (share: number) =>
  total(deployment, { ...scenario, loadedShare: share }) -
  total('allHuman', { ...scenario, loadedShare: share });

describe(breakEvenRecall, () => {
  it('is where two-tier’s straight-line total in recall meets all-human’s, for the UK firm', () => {
    const s = UK_SERVICES_FIRM;
    const loaded = s.inquiriesPerMonth * s.loadedShare; // 132
    // Per unit of recall, one loaded inquiry moves from the AI to a person:
    //   people: + 1.5 × £12 × (1 − 0.4 handed on anyway) = +£10.80
    //   AI fee and liability: − £0.80 − 0.002 × £400 = −£1.60
    //   churn: (0.03 − 0.2) × 0.1 × £6,000 = −£102
    const perLoadedInquiry =
      s.loadedHandlingMultiplier * s.humanCostPerInquiry * (1 - s.aiEscalationRateLoaded) -
      s.aiCostPerInquiry -
      s.wrongAnswerRate * s.costPerWrongAnswer +
      (s.fumbleRateHumanLoaded - s.fumbleRateAiLoaded) * s.churnIfFumbledLoaded * s.lostClientValue;
    const slope = loaded * perLoadedInquiry; // 132 × (10.80 − 1.60 − 102) = −£12,249.60 per unit of recall
    expect(slope).toBeCloseTo(-12249.6, 9);
    // Two-tier at recall 0 is then £7,744.16 + 0.9 × £12,249.60 = £18,768.80; all-human £8,128.80.
    const atZero = total('twoTier', s) - 0.9 * slope;
    expect(atZero).toBeCloseTo(18768.8, 9);
    // 18,768.80 − 12,249.60 r = 8,128.80  =>  r = 10,640 / 12,249.60 = 0.86859979…
    const byHand = (atZero - 8128.8) / -slope;
    expect(byHand).toBeCloseTo(10640 / 12249.6, 12);
    expect(breakEvenRecall(s)).toBeCloseTo(byHand, 9);
  });

  it('is 0 when two-tier wins at any recall (an AI as careful with loaded inquiries as people)', () => {
    // Recall 0: £2,180 to run, churn 0.47104 × £6,000 = £2,826.24, liability £298.56: £5,304.80 < £8,128.80.
    expect(breakEvenRecall(ukFirmWith({ fumbleRateAiLoaded: 0.03 }))).toBe(0);
  });

  it('is null when even a perfect recall leaves two-tier dearer', () => {
    // A £3,000 platform: at recall 1, £18,768.80 − £12,249.60 + £2,700 = £9,219.20 > £8,128.80.
    expect(breakEvenRecall(ukFirmWith({ aiPlatformPerMonth: 3000 }))).toBeNull();
  });

  it('finds the crossing past the bend where the cap on clients lost stops binding', () => {
    // One client: two-tier would lose 2.71504 − 2.244 r clients, capped at 1 below r = 0.7643.
    // Capped, its total £8,478.56 + £1,214.40 r stays above £8,128.80; past the bend it is the
    // straight line again, so the answer is still 10,640 / 12,249.60. Joining the ends at 0 and 1
    // (gap +£349.76 and −£1,609.60) would wrongly give 349.76 / 1,959.36 = 0.1785.
    const oneClient = ukFirmWith({ activeClients: 1 });
    const found = breakEvenRecall(oneClient);
    expect(found).toBeCloseTo(10640 / 12249.6, 9);
    const scanned = scanFirstCrossing((recall) => recallGap(oneClient)(recall) <= 0);
    expect(Math.abs(found! - scanned!)).toBeLessThan(1e-6);
  });
});

describe(breakEvenLoadedShare, () => {
  // At loaded share x the UK firm's totals are straight lines (money a month):
  //   all-human:   work 400 + 200x units × £12 = 4,800 + 2,400x; clients 0.04 + 1.16x, × £6,000
  //                = 240 + 6,960x; total 5,040 + 9,360x
  //   single-tier: work 40 + 200x units × £12 + £320 AI + £300 = 1,100 + 2,400x; clients
  //                0.12 + 7.88x = 720 + 47,280x; liability £320; total 2,140 + 49,680x
  //   two-tier:    work 76 + 488x units × £12 + AI (360 − 320x) × £0.80 + £20 + £300 = 1,520 + 5,600x;
  //                clients 0.112 + 1.768x = 672 + 10,608x; liability 288 − 256x; total 2,480 + 15,952x
  it.each([
    ['singleTierAi', 2900 / 40320], // 2,140 + 49,680x = 5,040 + 9,360x  =>  x = 0.0719246…
    ['twoTier', 2560 / 6592], // 2,480 + 15,952x = 5,040 + 9,360x  =>  x = 0.3883495…
  ] as const)('puts %s’s break-even for the UK firm at %s', (deployment, byHand) => {
    expect(breakEvenLoadedShare(deployment, UK_SERVICES_FIRM)).toBeCloseTo(byHand, 9);
  });

  it('is 0 when the AI deployment costs more even with no loaded inquiries', () => {
    // AI at £12 an inquiry: single-tier at x = 0 costs £480 + £4,800 + £300 + £720 + £320 = £6,620 > £5,040.
    expect(breakEvenLoadedShare('singleTierAi', ukFirmWith({ aiCostPerInquiry: 12 }))).toBe(0);
  });

  it('is null when the AI deployment never costs more', () => {
    // An AI as careful as people loses the same clients, and always saves £3,380 a month net.
    const careful = ukFirmWith({ fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03 });
    expect(breakEvenLoadedShare('singleTierAi', careful)).toBeNull();
  });

  it('returns the first crossing, not a later one, when the cap bends the gap back', () => {
    // One client: single-tier's clients 0.12 + 7.88x reach the cap at x = 0.1117. The gap
    // −2,900 + 40,320x turns positive at 0.0719; past the bend single-tier costs 7,420 + 2,400x,
    // so the gap 2,380 − 6,960x falls back below 0 at x = 0.342. The first crossing counts.
    const oneClient = ukFirmWith({ activeClients: 1 });
    const found = breakEvenLoadedShare('singleTierAi', oneClient);
    expect(found).toBeCloseTo(2900 / 40320, 9);
    expect(shareGap('singleTierAi', oneClient)(0.5)).toBeLessThan(0); // 2,380 − 3,480 = −1,100
    const scanned = scanFirstCrossing((x) => shareGap('singleTierAi', oneClient)(x) > 0);
    expect(Math.abs(found! - scanned!)).toBeLessThan(1e-6);
  });

  it('finds a crossing that lies past all-human’s bend', () => {
    // An AI that never fumbles but hands on every loaded inquiry and costs £9 each; 0.2 clients.
    // Single-tier: work 40 + 560x units × £12 + £3,600 + £300 = 4,380 + 6,720x; liability £320.
    // All-human's clients 0.04 + 1.16x reach 0.2 at x = 4/29: before, gap −340 − 2,640x (below 0);
    // after, all-human costs 4,800 + 2,400x + £1,200, gap −1,300 + 4,320x: x = 1,300 / 4,320.
    const scenario = ukFirmWith({
      activeClients: 0.2,
      fumbleRateAiRoutine: 0,
      fumbleRateAiLoaded: 0,
      aiEscalationRateLoaded: 1,
      aiCostPerInquiry: 9,
    });
    const found = breakEvenLoadedShare('singleTierAi', scenario);
    expect(found).toBeCloseTo(1300 / 4320, 9);
    expect(found!).toBeGreaterThan(4 / 29);
    const scanned = scanFirstCrossing((x) => shareGap('singleTierAi', scenario)(x) > 0);
    expect(Math.abs(found! - scanned!)).toBeLessThan(1e-6);
  });

  it('agrees with the brute-force scan across a grid of small client bases', () => {
    for (const activeClients of [0.05, 0.3, 0.5, 1, 2, 3, 5, 200]) {
      for (const deployment of ['singleTierAi', 'twoTier'] as const) {
        const scenario = ukFirmWith({ activeClients });
        const found = breakEvenLoadedShare(deployment, scenario);
        const scanned = scanFirstCrossing((x) => shareGap(deployment, scenario)(x) > 0);
        if (scanned === null) expect(found).toBeNull();
        else expect(Math.abs(found! - scanned)).toBeLessThan(1e-6);
      }
      const scenario = ukFirmWith({ activeClients });
      const recall = breakEvenRecall(scenario);
      const scannedRecall = scanFirstCrossing((r) => recallGap(scenario)(r) <= 0);
      if (scannedRecall === null) expect(recall).toBeNull();
      else expect(Math.abs(recall! - scannedRecall)).toBeLessThan(1e-6);
    }
  });
});

describe('break-even points with an allowance included in the platform fee', () => {
  it('finds the recall past the bend where two-tier’s billed units fall within the allowance', () => {
    // Two-tier bills 241.2 + 132 (1 − r) = 373.2 − 132 r per inquiry; with 300 included it pays
    // £0.80 × (73.2 − 132 r) up to the bend at r = 73.2 / 132 = 0.5545, nothing past it.
    // Without an allowance its total is 18,768.80 − 12,249.60 r, of which AI use 298.56 − 105.60 r, so
    //   below the bend: 18,768.80 − 12,249.60 r − 298.56 + 105.60 r + 58.56 − 105.60 r = 18,528.80 − 12,249.60 r
    //   past the bend:  18,768.80 − 12,249.60 r − 298.56 + 105.60 r               = 18,470.24 − 12,144 r
    // Against all-human's £8,128.80 the first piece stays above (10,400 − 12,249.60 r > 0 up to 0.849),
    // the second meets it at r = 10,341.44 / 12,144 = 0.851568…
    // Joining the ends (gap 10,400 and −1,802.56) would wrongly give 10,400 / 12,202.56 = 0.852282.
    const scenario = ukFirmWith({ aiIncludedPerMonth: 300 });
    const found = breakEvenRecall(scenario);
    expect(found).toBeCloseTo(10341.44 / 12144, 9);
    const scanned = scanFirstCrossing((recall) => recallGap(scenario)(recall) <= 0);
    expect(Math.abs(found! - scanned!)).toBeLessThan(1e-6);
  });

  it('finds the loaded share past the bend, billing per resolution', () => {
    // Two-tier bills per resolution 360 (1 − x) × 0.9 + 40x × 0.6 = 324 − 300x; with 200 included
    // it pays £0.80 × (124 − 300x) = 99.20 − 240x up to x = 124 / 300 = 0.4133, nothing past it.
    // Its total per inquiry, 2,480 + 15,952x, holds AI use 288 − 256x, so
    //   below the bend: 2,291.20 + 15,968x, gap to all-human's 5,040 + 9,360x: −2,748.80 + 6,608x,
    //                   which would reach 0 at 0.41598, past the bend: not on this piece;
    //   past the bend:  2,192 + 16,208x, gap −2,848 + 6,848x: x = 2,848 / 6,848 = 0.415887…
    const scenario = ukFirmWith({ aiBilling: 'perResolution', aiIncludedPerMonth: 200 });
    const found = breakEvenLoadedShare('twoTier', scenario);
    expect(found).toBeCloseTo(2848 / 6848, 9);
    expect(found!).toBeGreaterThan(124 / 300);
    const scanned = scanFirstCrossing((x) => shareGap('twoTier', scenario)(x) > 0);
    expect(Math.abs(found! - scanned!)).toBeLessThan(1e-6);
  });

  it('finds single-tier’s loaded share before its bend, billing per resolution', () => {
    // Single-tier bills 360 (1 − x) + 400x × 0.6 = 360 − 120x; with 300 included it pays
    // £0.80 × (60 − 120x) = 48 − 96x instead of £320 (bend at x = 0.5): total 1,868 + 49,584x,
    // gap −3,172 + 40,224x: x = 3,172 / 40,224 = 0.078858…
    const scenario = ukFirmWith({ aiBilling: 'perResolution', aiIncludedPerMonth: 300 });
    expect(breakEvenLoadedShare('singleTierAi', scenario)).toBeCloseTo(3172 / 40224, 9);
  });

  it('agrees with the brute-force scan across allowances, both billings and small client bases', () => {
    for (const aiBilling of ['perInquiry', 'perResolution'] as const) {
      for (const aiIncludedPerMonth of [0, 50, 150, 240, 260, 330, 380, 1000]) {
        for (const activeClients of [0.5, 200]) {
          const scenario = ukFirmWith({ aiBilling, aiIncludedPerMonth, activeClients });
          const label = `${aiBilling}, ${aiIncludedPerMonth} included, ${activeClients} clients`;
          for (const deployment of ['singleTierAi', 'twoTier'] as const) {
            const found = breakEvenLoadedShare(deployment, scenario);
            const scanned = scanFirstCrossing((x) => shareGap(deployment, scenario)(x) > 0);
            if (scanned === null) expect(found, label).toBeNull();
            else expect(Math.abs(found! - scanned), `${deployment}, ${label}`).toBeLessThan(1e-6);
          }
          const recall = breakEvenRecall(scenario);
          const scannedRecall = scanFirstCrossing((r) => recallGap(scenario)(r) <= 0);
          if (scannedRecall === null) expect(recall, label).toBeNull();
          else expect(Math.abs(recall! - scannedRecall), label).toBeLessThan(1e-6);
        }
      }
    }
  });
});
