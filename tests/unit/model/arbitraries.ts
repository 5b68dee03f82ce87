/**
 * fast-check arbitraries for the model, built from the schema's own metadata
 * (min, max, integer, minExclusive), so a bound changed in src/model/schema.ts
 * changes what the property tests explore. Reuse them in any property test.
 *
 * Where the schema has no upper bound (money, client counts, minutes, hours) the
 * generator stops at a large but believable ceiling (`openEndedCeiling`), and an
 * exclusive lower bound of 0 starts at `exclusiveFloor`: a firm with 1e-300
 * productive hours a month says nothing about the model and only overflows.
 */
import fc from 'fast-check';
import {
  fieldMeta,
  scenarioFields,
  type FieldKind,
  type Scenario,
  type ScenarioField,
} from '../../../src/model';

/** Ceilings for fields whose schema maximum is Infinity, by kind (model units). */
export const openEndedCeiling: Partial<Record<FieldKind, number>> = {
  money: 1_000_000,
  count: 1_000_000_000,
  minutes: 600,
  hours: 744,
};

/** Smallest value generated for a field whose lower bound is exclusive. */
export const exclusiveFloor = 1e-3;

/** Values of one scenario field, across its whole valid range. */
export function fieldArbitrary<F extends ScenarioField>(field: F): fc.Arbitrary<Scenario[F]> {
  const meta = fieldMeta(field);
  if (meta.options) return fc.constantFrom(...meta.options) as fc.Arbitrary<Scenario[F]>;
  if (meta.kind === 'boolean') return fc.boolean() as fc.Arbitrary<Scenario[F]>;
  const max = Number.isFinite(meta.max) ? meta.max : (openEndedCeiling[meta.kind] ?? 1_000_000);
  const min = meta.minExclusive ? Math.max(meta.min + exclusiveFloor, exclusiveFloor) : meta.min;
  const values = meta.integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return values as unknown as fc.Arbitrary<Scenario[F]>;
}

type FieldArbitraries = { [F in ScenarioField]: fc.Arbitrary<Scenario[F]> };

/**
 * Valid scenarios, every field drawn from its schema range; `overrides` pins or
 * narrows some fields (`{ routerRecall: fc.constant(1) }`).
 */
export function scenarioArbitrary(
  overrides: Partial<FieldArbitraries> = {},
): fc.Arbitrary<Scenario> {
  const fields = Object.fromEntries(
    scenarioFields.map((field) => [field, overrides[field] ?? fieldArbitrary(field)]),
  ) as FieldArbitraries;
  return fc.record(fields);
}

/** A fraction in [0, 1], as every share, rate and probability of the model. */
export const shareArbitrary = fc.double({ min: 0, max: 1, noNaN: true });
