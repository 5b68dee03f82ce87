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
import { evaluate, type Evaluation, type Scenario } from '../../../src/model';
import versionOne from './fixtures/v1-evaluations.json';

interface RecordedCase {
  name: string;
  scenario: Scenario;
  evaluation: Evaluation;
}

// JSON writes -0 as 0 and NaN as null: compare both sides as JSON reads them.
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('the model with the new fields at their defaults', () => {
  it.each((versionOne as RecordedCase[]).map((c) => [c.name, c] as const))(
    'gives version 1’s figures for %s',
    (_, { scenario, evaluation }) => {
      expect(asJson(evaluate(scenario))).toStrictEqual(evaluation);
    },
  );
});
