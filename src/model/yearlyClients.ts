/**
 * A year of lost clients, derived for reading from one month of the model:
 * twelve months at this month's `clientsLost`, capped at `activeClients`.
 *
 * Simplification: the client base is not shrunk month by month, so a year is
 * twelve equal months (docs/model.md models one month and is silent on a year;
 * the choice is written down on the methodology page).
 */
import type { Scenario } from './schema';
import type { DeploymentResult } from './types';

const MONTHS_PER_YEAR = 12;

/**
 * Clients lost in a year at this month's rate: 12 × `clientsLost` (docs/model.md,
 * "Deployments"), capped at `activeClients`, since no firm loses more clients
 * than it serves. Clients, not money.
 *
 * @example
 * // UK services firm, two-tier: 0.69544 clients a month × 12 = 8.34528 (under 200).
 * clientsLostPerYear(twoTier, UK_SERVICES_FIRM) // => 8.34528
 * // Single-tier loses 2.7204 a month: × 12 = 32.6448, capped at 20 clients.
 * clientsLostPerYear(singleTierAi, { activeClients: 20 }) // => 20
 */
export function clientsLostPerYear(
  deployment: Pick<DeploymentResult, 'clientsLost'>,
  scenario: Pick<Scenario, 'activeClients'>,
): number {
  return Math.min(scenario.activeClients, deployment.clientsLost * MONTHS_PER_YEAR);
}

/**
 * `clientsLostPerYear` as a fraction of `activeClients` (docs/model.md, "Inputs"),
 * in [0, 1]. `activeClients` is more than 0 by the schema's bounds.
 *
 * @example
 * // UK services firm, two-tier: 8.34528 / 200 = 0.0417264 (about 4.2 %).
 * clientsLostPerYearShare(twoTier, UK_SERVICES_FIRM) // => 0.0417264
 */
export function clientsLostPerYearShare(
  deployment: Pick<DeploymentResult, 'clientsLost'>,
  scenario: Pick<Scenario, 'activeClients'>,
): number {
  return clientsLostPerYear(deployment, scenario) / scenario.activeClients;
}
