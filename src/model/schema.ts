/**
 * The scenario schema (zod 4, `zod/mini`): the contract of shared/MODEL.md at
 * every boundary, built from the field table in fields.ts with each field's
 * metadata registered on it. Bounds are enforced, never clamped.
 *
 * Every top-level call here is marked pure, so a bundle that uses only the
 * field table (the calculator's first paint) leaves zod out.
 */
import * as z from 'zod/mini';
import { aiBillings, currencies, fieldSpecs, type FieldMeta, type Scenario } from './fields';

export * from './fields';

function numberSchema(meta: FieldMeta, registry: z.core.$ZodRegistry<FieldMeta>) {
  const checks = [
    meta.minExclusive ? z.gt(meta.min) : z.gte(meta.min),
    ...(Number.isFinite(meta.max) ? [z.lte(meta.max)] : []),
  ];
  const base = meta.integer ? z.int() : z.number();
  // z.number() already refuses NaN and ±Infinity in zod 4.
  return base.check(...checks).register(registry, meta);
}

function buildScenarioSchema(registry: z.core.$ZodRegistry<FieldMeta>) {
  return z.object({
    currency: z.enum(currencies).register(registry, fieldSpecs.currency),
    inquiriesPerMonth: numberSchema(fieldSpecs.inquiriesPerMonth, registry),
    loadedShare: numberSchema(fieldSpecs.loadedShare, registry),
    activeClients: numberSchema(fieldSpecs.activeClients, registry),
    lostClientValue: numberSchema(fieldSpecs.lostClientValue, registry),
    humanCostPerInquiry: numberSchema(fieldSpecs.humanCostPerInquiry, registry),
    minutesPerHumanInquiry: numberSchema(fieldSpecs.minutesPerHumanInquiry, registry),
    loadedHandlingMultiplier: numberSchema(fieldSpecs.loadedHandlingMultiplier, registry),
    fteHoursPerMonth: numberSchema(fieldSpecs.fteHoursPerMonth, registry),
    aiCostPerInquiry: numberSchema(fieldSpecs.aiCostPerInquiry, registry),
    aiPlatformPerMonth: numberSchema(fieldSpecs.aiPlatformPerMonth, registry),
    aiSetupCost: numberSchema(fieldSpecs.aiSetupCost, registry),
    aiEscalationRateRoutine: numberSchema(fieldSpecs.aiEscalationRateRoutine, registry),
    aiEscalationRateLoaded: numberSchema(fieldSpecs.aiEscalationRateLoaded, registry),
    wrongAnswerRate: numberSchema(fieldSpecs.wrongAnswerRate, registry),
    costPerWrongAnswer: numberSchema(fieldSpecs.costPerWrongAnswer, registry),
    fumbleRateHumanRoutine: numberSchema(fieldSpecs.fumbleRateHumanRoutine, registry),
    fumbleRateHumanLoaded: numberSchema(fieldSpecs.fumbleRateHumanLoaded, registry),
    fumbleRateAiRoutine: numberSchema(fieldSpecs.fumbleRateAiRoutine, registry),
    fumbleRateAiLoaded: numberSchema(fieldSpecs.fumbleRateAiLoaded, registry),
    churnIfFumbledRoutine: numberSchema(fieldSpecs.churnIfFumbledRoutine, registry),
    churnIfFumbledLoaded: numberSchema(fieldSpecs.churnIfFumbledLoaded, registry),
    triageCostPerInquiry: numberSchema(fieldSpecs.triageCostPerInquiry, registry),
    routerRecall: numberSchema(fieldSpecs.routerRecall, registry),
    routerFalseAlarmRate: numberSchema(fieldSpecs.routerFalseAlarmRate, registry),
    horizonMonths: numberSchema(fieldSpecs.horizonMonths, registry),
    churnLagMonths: numberSchema(fieldSpecs.churnLagMonths, registry),
    humansUseAiAssist: z.boolean().register(registry, fieldSpecs.humansUseAiAssist),
    assistTimeSaving: numberSchema(fieldSpecs.assistTimeSaving, registry),
    assistCostPerInquiry: numberSchema(fieldSpecs.assistCostPerInquiry, registry),
    aiBilling: z.enum(aiBillings).register(registry, fieldSpecs.aiBilling),
    aiIncludedPerMonth: numberSchema(fieldSpecs.aiIncludedPerMonth, registry),
    aiRampMonths: numberSchema(fieldSpecs.aiRampMonths, registry),
  });
}

/**
 * The registry holding each field's metadata, as registered on the schema.
 *
 * @example
 * fieldRegistry.get(scenarioSchema.shape.routerRecall)?.label // => 'Triage recall'
 */
export const fieldRegistry = /* @__PURE__ */ z.registry<FieldMeta>();

/**
 * The scenario of shared/MODEL.md: every field with its bounds (refused, never
 * clamped, outside them) and its metadata. Parse with `safeParse` at every boundary.
 *
 * @example
 * scenarioSchema.safeParse(UK_SERVICES_FIRM).success // => true
 * // A loaded share of 1.2 is refused with an issue at the path ['loadedShare']:
 * scenarioSchema.safeParse({ ...UK_SERVICES_FIRM, loadedShare: 1.2 }).success // => false
 */
export const scenarioSchema = /* @__PURE__ */ buildScenarioSchema(fieldRegistry);

// The schema's type and the field table's type are one and the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameType: Same<z.infer<typeof scenarioSchema>, Scenario> = true;
void _sameType;
