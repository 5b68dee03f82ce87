/** The ids the model's results are keyed by, in the model's tie-break order. */
import { describe, expect, it } from 'vitest';
import { aiDeploymentIds, deploymentIds, verdictIds } from '../../../src/model';

describe('deployment and verdict ids', () => {
  it('lists the deployments in tie-break order, all-human first', () => {
    expect(deploymentIds).toEqual(['allHuman', 'singleTierAi', 'twoTier']);
    expect(aiDeploymentIds).toEqual(['singleTierAi', 'twoTier']);
  });

  it('lists the five verdicts: a deployment, segment first, or hold', () => {
    expect(verdictIds.length).toBe(5);
    expect([...verdictIds]).toEqual(expect.arrayContaining([...deploymentIds, 'segment-first', 'hold-mix-dominated']));
  });
});
