/**
 * Version 1's figures, held: fixtures/v1-evaluations.json records the whole
 * `evaluate` result of the model before the AI's billing, allowance and ramp
 * existed, for every preset, a dozen named edge cases (the client cap, the
 * assistant, no inquiries, a churn lag past the horizon...) and 60 scenarios
 * drawn across the schema's bounds (fast-check, seed 20261203). With the
 * new fields at their defaults, every figure must come out the same, to the
 * last binary digit.
 */
import { describe, expect, it } from 'vitest';
import {
  deploymentIds,
  evaluate,
  type DeploymentId,
  type DeploymentResult,
  type Evaluation,
  type Scenario,
} from '../../../src/model';
import versionOne from './fixtures/v1-evaluations.json';

/** A scenario as version 1 knew it: without the AI's billing, allowance and ramp. */
type VersionOneScenario = Omit<Scenario, 'aiBilling' | 'aiIncludedPerMonth' | 'aiRampMonths'>;
/** The figures version 1 gave each deployment: all but the billed units and billed fumbles. */
type VersionOneDeployment = Omit<DeploymentResult, 'aiBillable' | 'aiBilledFumbles'>;

interface RecordedCase {
  name: string;
  scenario: VersionOneScenario;
  evaluation: Omit<Evaluation, 'deployments'> & {
    deployments: Record<DeploymentId, VersionOneDeployment>;
  };
}

const recorded = versionOne as RecordedCase[];

/** The new fields at the values that reproduce version 1. */
const versionOneDefaults = {
  aiBilling: 'perInquiry',
  aiIncludedPerMonth: 0,
  aiRampMonths: 0,
} as const satisfies Partial<Scenario>;

// JSON writes -0 as 0 and NaN as null: compare both sides as JSON reads them.
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function withoutBilledFigures(evaluation: Evaluation) {
  const deployments = Object.fromEntries(
    deploymentIds.map((id) => {
      const { aiBillable: _billed, aiBilledFumbles: _fumbles, ...rest } = evaluation.deployments[id];
      return [id, rest];
    }),
  );
  return { ...evaluation, deployments };
}

describe('the model with the new fields at their defaults', () => {
  it.each(recorded.map((c) => [c.name, c] as const))(
    'gives version 1’s figures for %s',
    (_, { scenario, evaluation }) => {
      const result = evaluate({ ...scenario, ...versionOneDefaults });
      expect(asJson(withoutBilledFigures(result))).toStrictEqual(evaluation);
    },
  );

  it.each(recorded.map((c) => [c.name, c] as const))(
    'bills every inquiry the AI takes, with none included, for %s',
    (_, { scenario }) => {
      const { deployments } = evaluate({ ...scenario, ...versionOneDefaults });
      for (const id of deploymentIds) {
        expect(deployments[id].aiBillable).toBe(deployments[id].aiFirst);
      }
    },
  );
});
