/**
 * Invariants of the AI's billing, allowance and ramp over every valid scenario
 * (fast-check, drawn from the schema's own bounds by ./arbitraries.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aiDeploymentIds,
  buildTimeline,
  deploymentIds,
  evaluate,
  evaluateDeployment,
  monthlyNet,
  type Evaluation,
} from '../../../src/model';
import { fieldArbitrary, scenarioArbitrary } from './arbitraries';

const runs = { numRuns: 300 };
const evaluations = { numRuns: 120 }; // evaluate() also solves break-even points: dearer

/** Rounding noise allowed when comparing money or counts: a billionth of the largest in play. */
const noise = (...amounts: number[]) => 1e-9 * Math.max(1, ...amounts.map(Math.abs));

const withoutTimeline = ({ timeline: _, ...rest }: Evaluation) => rest;

describe('billing per resolution', () => {
  it('never bills more units, nor more fumbles, than billing per inquiry', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), fc.constantFrom(...deploymentIds), (scenario, deployment) => {
        const perInquiry = evaluateDeployment(deployment, { ...scenario, aiBilling: 'perInquiry' });
        const perResolution = evaluateDeployment(deployment, { ...scenario, aiBilling: 'perResolution' });
        expect(perResolution.aiBillable).toBeLessThanOrEqual(
          perInquiry.aiBillable + noise(perInquiry.aiBillable),
        );
        expect(perResolution.aiBilledFumbles).toBeLessThanOrEqual(
          perInquiry.aiBilledFumbles + noise(perInquiry.aiBilledFumbles),
        );
      }),
      runs,
    );
  });
});

describe('the allowance', () => {
  it('never makes a deployment cost more, to run or in total, nor an AI timeline end lower', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ horizonMonths: fc.integer({ min: 1, max: 36 }) }),
        fieldArbitrary('aiIncludedPerMonth'),
        fieldArbitrary('aiIncludedPerMonth'),
        (scenario, a, b) => {
          const [smaller, larger] = a <= b ? [a, b] : [b, a];
          const few = { ...scenario, aiIncludedPerMonth: smaller };
          const many = { ...scenario, aiIncludedPerMonth: larger };
          for (const deployment of deploymentIds) {
            const withFew = evaluateDeployment(deployment, few);
            const withMany = evaluateDeployment(deployment, many);
            expect(withMany.operatingCost).toBeLessThanOrEqual(
              withFew.operatingCost + noise(withFew.operatingCost),
            );
            expect(withMany.totalCost).toBeLessThanOrEqual(withFew.totalCost + noise(withFew.totalCost));
          }
          for (const deployment of aiDeploymentIds) {
            const netFew = monthlyNet(few, deployment);
            const netMany = monthlyNet(many, deployment);
            netMany.forEach((net, month) =>
              expect(net).toBeGreaterThanOrEqual(netFew[month] - noise(netFew[month], net)),
            );
          }
        },
      ),
      runs,
    );
  });
});

describe('the ramp', () => {
  it('changes the timeline only: never a monthly figure, the decision or a break-even point', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), fc.integer({ min: 1, max: 24 }), (scenario, ramp) => {
        const steady = evaluate({ ...scenario, aiRampMonths: 0 });
        const ramped = evaluate({ ...scenario, aiRampMonths: ramp });
        expect(withoutTimeline(ramped)).toStrictEqual(withoutTimeline(steady));
      }),
      evaluations,
    );
  });

  it('gives, without a ramp, the timeline of the steady month from month 1', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ aiRampMonths: fc.constant(0) }), (scenario) => {
        const result = evaluate(scenario);
        const human = result.deployments.allHuman;
        for (const id of aiDeploymentIds) {
          const d = result.deployments[id];
          // The first version's month: the saving, the extra liability, the setup in month 1,
          // and the extra churn once the lag has passed.
          const monthly = Array.from({ length: scenario.horizonMonths }, (_, index) => {
            const month = index + 1;
            return (
              human.operatingCost -
              d.operatingCost -
              (d.liabilityCost - human.liabilityCost) -
              (month === 1 ? d.setupCost : 0) -
              (month > scenario.churnLagMonths ? d.churnCost - human.churnCost : 0)
            );
          });
          expect(result.timeline[id]).toStrictEqual(buildTimeline(monthly));
        }
      }),
      evaluations,
    );
  });

  it('reaches the steady month once the ramp and the churn lag have both passed', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ horizonMonths: fc.integer({ min: 1, max: 60 }) }),
        fc.constantFrom(...aiDeploymentIds),
        (scenario, deployment) => {
          const ramped = monthlyNet(scenario, deployment);
          const steady = monthlyNet({ ...scenario, aiRampMonths: 0 }, deployment);
          const settled = scenario.aiRampMonths + scenario.churnLagMonths;
          ramped.forEach((net, index) => {
            if (index + 1 > settled) expect(net).toBe(steady[index]);
          });
        },
      ),
      runs,
    );
  });
});
