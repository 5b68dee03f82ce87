/**
 * The scenario schema (zod 4, `zod/mini`): the contract of docs/model.md at
 * every boundary, built by walking the field table in fields.ts, so a field
 * added to the table is checked everywhere with no other change. Bounds are
 * enforced, never clamped. Labels, units and help stay in the table
 * (`fieldMeta`), which the form reads without zod.
 *
 * Every top-level call here is marked pure, so a bundle that uses only the
 * field table leaves zod out.
 */
import * as z from 'zod/mini';
import {
  currencies,
  fieldSpecs,
  scenarioFields,
  type FieldMeta,
  type FieldProblem,
  type Scenario,
  type ScenarioField,
} from './fields';

export * from './fields';

/** The schema of one field: its type, the currency codes, whole numbers, its bounds. */
function fieldSchema(meta: FieldMeta): z.ZodMiniType {
  switch (meta.kind) {
    case 'currency':
      return z.enum(currencies);
    case 'choice':
      return z.enum(meta.options as readonly [string, ...string[]]);
    case 'boolean':
      return z.boolean();
    case 'money':
    case 'count':
    case 'share':
    case 'minutes':
    case 'hours':
    case 'multiplier':
    case 'months':
      return numberSchema(meta);
    default:
      // A new kind of field needs its schema here; the compiler says so.
      return meta.kind satisfies never;
  }
}

function numberSchema(meta: FieldMeta): z.ZodMiniType<number> {
  const checks = [
    meta.minExclusive ? z.gt(meta.min) : z.gte(meta.min),
    ...(Number.isFinite(meta.max) ? [z.lte(meta.max)] : []),
  ];
  // z.number() already refuses NaN and ±Infinity in zod 4.
  return (meta.integer ? z.int() : z.number()).check(...checks);
}

type ScenarioShape = { [F in ScenarioField]: z.ZodMiniType<Scenario[F]> };

/**
 * Each field's schema, by field: what the form and the boundaries check one
 * value with (the form needs no more of zod than this).
 *
 * @example
 * fieldSchemas.routerRecall.safeParse(1.2).success // => false
 */
// Built in an annotated function, so that a bundle using nothing of zod here
// (the calculator's first paint checks with the field table) drops it whole.
export const fieldSchemas = /* @__PURE__ */ (() =>
  Object.fromEntries(
    scenarioFields.map((field) => [field, fieldSchema(fieldSpecs[field])]),
  ) as ScenarioShape)();

/**
 * The scenario of docs/model.md: every field with its bounds (refused, never
 * clamped, outside them). Parse with `safeParse` at every boundary.
 *
 * @example
 * scenarioSchema.safeParse(UK_SERVICES_FIRM).success // => true
 * // A loaded share of 1.2 is refused with an issue at the path ['loadedShare']:
 * scenarioSchema.safeParse({ ...UK_SERVICES_FIRM, loadedShare: 1.2 }).success // => false
 */
export const scenarioSchema = /* @__PURE__ */ z.object(fieldSchemas);


/**
 * Checks one value against its field's schema and names the first problem, or
 * null when the value is fine. The boundaries and the form word their messages
 * from it.
 *
 * @example
 * fieldProblem('loadedShare', 0.33) // => null
 * fieldProblem('loadedShare', 1.2) // => 'too_big'
 * fieldProblem('horizonMonths', 2.5) // => 'not_integer'
 */
export function fieldProblem(field: ScenarioField, value: unknown): FieldProblem | null {
  const result = fieldSchemas[field].safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  // zod names a non-integer by its expected type and an unsafe integer by its origin.
  if (('expected' in issue && issue.expected === 'int') || ('origin' in issue && issue.origin === 'int')) {
    return 'not_integer';
  }
  return issue.code as FieldProblem;
}

// The schema's type and the field table's type are one and the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameType: Same<z.infer<typeof scenarioSchema>, Scenario> = true;
void _sameType;
