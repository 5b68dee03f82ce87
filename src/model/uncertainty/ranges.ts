/**
 * Ranges on inputs the owner is unsure of (issue 5): low, likely and high, in
 * model units. The likely value is the scenario's own value.
 */
import type { Scenario } from '../schema';

/** Scenario fields that are numbers, and so can carry a range. */
export type NumericField = {
  [K in keyof Scenario]: Scenario[K] extends number ? K : never;
}[keyof Scenario];

/** A three-point estimate: minimum, mode and maximum of a PERT distribution. */
export interface Range {
  low: number;
  likely: number;
  high: number;
}

/** The ranges a scenario carries, by field; a field without one is a point. */
export type Ranges = Partial<Record<NumericField, Range>>;
