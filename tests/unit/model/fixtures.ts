/**
 * Named scenarios the model tests share. Numbers asserted against them are
 * worked out by hand in each test, never read back from the code under test.
 */
import { defaultScenario, type Scenario } from '../../../src/model';

/** The default scenario of docs/model.md: a UK services firm of 40 people. */
export const UK_SERVICES_FIRM: Scenario = defaultScenario;

/** The UK services firm with some inputs changed. */
export function ukFirmWith(changes: Partial<Scenario>): Scenario {
  return { ...UK_SERVICES_FIRM, ...changes };
}
