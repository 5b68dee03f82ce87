/**
 * Invariants of the model over every valid scenario (fast-check), drawn from
 * the schema's own bounds by ./arbitraries.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aiDeploymentIds,
  breakEvenLoadedShare,
  breakEvenRecall,
  deploymentIds,
  evaluate,
  evaluateDeployment,
  routeFirstContact,
  scenarioSchema,
  type AiDeploymentId,
  type DeploymentId,
  type Scenario,
} from '../../../src/model';
import { scenarioArbitrary, shareArbitrary } from './arbitraries';

const runs = { numRuns: 300 };
const evaluations = { numRuns: 150 }; // evaluate() also solves break-even points: dearer

/**
 * Rounding noise allowed when comparing money: a billionth of the largest
 * amount in play (and never below 1e-9). The arbitraries reach subnormal
 * volumes such as 5e-324 inquiries a month, where every gap underflows to 0;
 * comparisons with this noise stay meaningful there and exact for real firms.
 */
const noise = (...amounts: number[]) => 1e-9 * Math.max(1, ...amounts.map(Math.abs));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('scenarioArbitrary', () => {
  it('draws only scenarios the schema accepts', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        expect(scenarioSchema.safeParse(scenario).success).toBe(true);
      }),
      runs,
    );
  });
});

describe(routeFirstContact, () => {
  it('splits the volume into four streams that add up to it', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary(),
        fc.constantFrom(...deploymentIds),
        (scenario, deployment) => {
          const s = routeFirstContact(deployment, scenario);
          const sum = s.humanRoutine + s.humanLoaded + s.aiRoutine + s.aiLoaded;
          expect(Math.abs(sum - scenario.inquiriesPerMonth)).toBeLessThanOrEqual(
            noise(scenario.inquiriesPerMonth),
          );
        },
      ),
      runs,
    );
  });

  it('lets no loaded inquiry reach the AI with recall 1 and no false alarms', () => {
    const perfect = scenarioArbitrary({
      routerRecall: fc.constant(1),
      routerFalseAlarmRate: fc.constant(0),
    });
    fc.assert(
      fc.property(perfect, (scenario) => {
        expect(routeFirstContact('twoTier', scenario).aiLoaded).toBe(0);
        const result = evaluateDeployment('twoTier', scenario);
        const loaded = scenario.inquiriesPerMonth * scenario.loadedShare;
        // Every loaded fumble is then a person's.
        expect(result.fumbledLoaded).toBe(loaded * scenario.fumbleRateHumanLoaded);
      }),
      runs,
    );
  });
});

describe(evaluateDeployment, () => {
  it('never gives a negative, NaN or infinite cost or count', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary(),
        fc.constantFrom(...deploymentIds),
        (scenario, deployment) => {
          for (const [field, value] of Object.entries(evaluateDeployment(deployment, scenario))) {
            expect(Number.isFinite(value), field).toBe(true);
            expect(value, field).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      runs,
    );
  });

  it('never loses more clients than the firm has, nor gives an AI share outside [0, 1]', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary(),
        fc.constantFrom(...deploymentIds),
        (scenario, deployment) => {
          const result = evaluateDeployment(deployment, scenario);
          expect(result.clientsLost).toBeLessThanOrEqual(scenario.activeClients);
          expect(result.aiShare).toBeLessThanOrEqual(1);
        },
      ),
      runs,
    );
  });

  it('never lowers single-tier’s total when the AI fumbles more loaded inquiries', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), shareArbitrary, shareArbitrary, (scenario, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const at = (rate: number) =>
          evaluateDeployment('singleTierAi', { ...scenario, fumbleRateAiLoaded: rate }).totalCost;
        expect(at(high)).toBeGreaterThanOrEqual(at(low));
      }),
      runs,
    );
  });
});

describe(evaluate, () => {
  it('does not change its input, even a deep-frozen one', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const before = structuredClone(scenario);
        const frozen = deepFreeze({ ...scenario });
        expect(() => evaluate(frozen)).not.toThrow();
        expect(frozen).toEqual(before);
      }),
      evaluations,
    );
  });

  it('recommends the lowest total and finds the cheapest to run', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const result = evaluate(scenario);
        const totals = deploymentIds.map((id) => result.deployments[id].totalCost);
        const running = deploymentIds.map((id) => result.deployments[id].operatingCost);
        const best = result.deployments[result.recommended].totalCost;
        expect(best - Math.min(...totals)).toBeLessThanOrEqual(noise(...totals));
        const cheapest = result.deployments[result.cheapestToRun].operatingCost;
        expect(cheapest - Math.min(...running)).toBeLessThanOrEqual(noise(...running));
      }),
      evaluations,
    );
  });
});

/** Two-tier's total minus all-human's at recall r. */
function recallGap(scenario: Scenario, recall: number): number {
  return (
    evaluateDeployment('twoTier', { ...scenario, routerRecall: recall }).totalCost -
    evaluateDeployment('allHuman', scenario).totalCost
  );
}

/** An AI deployment's total minus all-human's at loaded share x. */
function shareGap(deployment: AiDeploymentId, scenario: Scenario, share: number): number {
  const at = { ...scenario, loadedShare: share };
  return (
    evaluateDeployment(deployment, at).totalCost - evaluateDeployment('allHuman', at).totalCost
  );
}

/** The rounding noise of a gap: a billionth of the totals on either side of it. */
function gapNoise(
  deployment: AiDeploymentId,
  scenario: Scenario,
  field: 'routerRecall' | 'loadedShare',
) {
  const totals = [0, 1].flatMap((x) =>
    (['allHuman', deployment] as const).map(
      (id) => evaluateDeployment(id, { ...scenario, [field]: x }).totalCost,
    ),
  );
  return noise(...totals) * 10;
}

const GRID = Array.from({ length: 201 }, (_, index) => index / 200);
const STEP = 1e-6;

/**
 * Checks that `found` is the first recall at which two-tier costs no more than
 * all-human: at or below zero there, above zero everywhere before it (to 1e-6).
 */
function expectFirstRecallCrossing(scenario: Scenario, found: number | null): void {
  const tol = gapNoise('twoTier', scenario, 'routerRecall');
  const gap = (r: number) => recallGap(scenario, r);
  if (found === null) {
    // Never reached: above zero everywhere, and at 1.
    expect(gap(1)).toBeGreaterThan(0);
    for (const r of GRID) expect(gap(r)).toBeGreaterThan(-tol);
    return;
  }
  expect(found).toBeGreaterThanOrEqual(0);
  expect(found).toBeLessThanOrEqual(1);
  expect(gap(found)).toBeLessThanOrEqual(tol); // at it: two-tier costs no more
  if (found > 0) {
    expect(gap(0)).toBeGreaterThan(0); // dearer at 0, or 0 would be the answer
    expect(gap(Math.max(0, found - STEP))).toBeGreaterThan(-tol); // just below: still dearer
    for (const r of GRID.filter((r) => r < found - STEP)) expect(gap(r)).toBeGreaterThan(-tol);
  }
}

/**
 * Checks that `found` is the first loaded share past which the AI deployment
 * costs more than all-human: the totals meet there, and it is not dearer before.
 */
function expectFirstShareCrossing(
  deployment: AiDeploymentId,
  scenario: Scenario,
  found: number | null,
): void {
  const tol = gapNoise(deployment, scenario, 'loadedShare');
  const gap = (x: number) => shareGap(deployment, scenario, x);
  if (found === null) {
    // Never dearer: at or below zero everywhere.
    for (const x of GRID) expect(gap(x)).toBeLessThanOrEqual(tol);
    return;
  }
  expect(found).toBeGreaterThanOrEqual(0);
  expect(found).toBeLessThanOrEqual(1);
  if (found === 0) {
    // Dearer from the start, or level at 0 (to rounding) and dearer after it.
    expect(gap(0)).toBeGreaterThanOrEqual(-tol);
    return;
  }
  expect(gap(0)).toBeLessThanOrEqual(0); // not dearer at 0, or 0 would be the answer
  expect(Math.abs(gap(found))).toBeLessThanOrEqual(tol); // the totals meet there
  expect(gap(Math.min(1, found + STEP))).toBeGreaterThan(-tol); // just above: dearer
  expect(gap(found - STEP)).toBeLessThanOrEqual(tol); // just below: not dearer
  for (const x of GRID.filter((x) => x < found - STEP)) expect(gap(x)).toBeLessThanOrEqual(tol);
}

/**
 * Scenarios built to cross where the cap bends: the client base is put a
 * fraction `where` of the way between the clients a deployment (`bent`) would
 * lose at 0 and at 1 of `field`, uncapped, so its total bends inside [0, 1];
 * then the AI platform cost is set so that the gap is exactly 0 at a point
 * before or past the bend (`at` picks which, and where). Real
 * volumes and client values, an AI worse than people with loaded inquiries (so
 * the gap slopes the way the model expects), costs away from the subnormal
 * extremes fast-check favours, and no assistant (whose platform
 * cost would fall on all-human too).
 */
function crossingArbitrary(field: 'routerRecall' | 'loadedShare', deployment: AiDeploymentId) {
  const gapAt = (scenario: Scenario, x: number) =>
    field === 'routerRecall' ? recallGap(scenario, x) : shareGap(deployment, scenario, x);
  return fc
    .record({
      scenario: scenarioArbitrary({
        humansUseAiAssist: fc.constant(false),
        inquiriesPerMonth: fc.double({ min: 1, max: 1e8, noNaN: true }),
        loadedShare: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        lostClientValue: fc.double({ min: 1, max: 1e6, noNaN: true }),
        humanCostPerInquiry: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        aiCostPerInquiry: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        // The model's premise: the AI fumbles loaded inquiries more often than people do.
        // None or a real rate: a subnormal one (1e-320) would make all-human's client base
        // subnormal below, where its bend cannot be placed to any precision.
        fumbleRateHumanLoaded: fc.oneof(
          fc.constant(0),
          fc.double({ min: 1e-6, max: 0.1, noNaN: true }),
        ),
        fumbleRateAiLoaded: fc.double({ min: 0.1, max: 1, noNaN: true }),
        churnIfFumbledLoaded: fc.double({ min: 0.05, max: 1, noNaN: true }),
      }),
      // All-human does not bend along recall: only two-tier can there.
      bent: fc.constantFrom<DeploymentId>(
        ...(field === 'routerRecall' ? [] : (['allHuman'] as const)),
        deployment,
      ),
      where: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      at: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    })
    .map(({ scenario, bent, where, at }) => {
      const uncapped = (x: number) =>
        evaluateDeployment(bent, { ...scenario, [field]: x, activeClients: Infinity }).clientsLost;
      const activeClients = uncapped(0) + where * (uncapped(1) - uncapped(0));
      const bentScenario = { ...scenario, activeClients };
      // Past the bend half the time: the crossing then lies beyond it.
      const crossing = at < 0.5 ? at * 2 : where + (1 - where) * (at - 0.5) * 2;
      return {
        ...bentScenario,
        aiPlatformPerMonth: scenario.aiPlatformPerMonth - gapAt(bentScenario, crossing),
      };
    })
    .filter((scenario) => scenario.activeClients > 0 && scenario.aiPlatformPerMonth >= 0);
}

describe(breakEvenRecall, () => {
  it('is the first recall at which two-tier stops costing more (to 1e-6)', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        expectFirstRecallCrossing(scenario, breakEvenRecall(scenario));
      }),
      evaluations,
    );
  });

  it('is still the first crossing when the cap on clients lost bends the total', () => {
    fc.assert(
      fc.property(crossingArbitrary('routerRecall', 'twoTier'), (scenario) => {
        expectFirstRecallCrossing(scenario, breakEvenRecall(scenario));
      }),
      evaluations,
    );
  });
});

describe(breakEvenLoadedShare, () => {
  it('is the first loaded share past which the AI deployment costs more (to 1e-6)', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary(),
        fc.constantFrom(...aiDeploymentIds),
        (scenario, deployment) => {
          expectFirstShareCrossing(
            deployment,
            scenario,
            breakEvenLoadedShare(deployment, scenario),
          );
        },
      ),
      evaluations,
    );
  });

  it('is still the first crossing when the cap on clients lost bends either total', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...aiDeploymentIds)
          .chain((deployment) =>
            fc.tuple(fc.constant(deployment), crossingArbitrary('loadedShare', deployment)),
          ),
        ([deployment, scenario]) => {
          expectFirstShareCrossing(
            deployment,
            scenario,
            breakEvenLoadedShare(deployment, scenario),
          );
        },
      ),
      evaluations,
    );
  });
});
