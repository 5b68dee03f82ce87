/** Fixtures of the uncertainty tests: the default firm, a stream of chosen uniforms, random scenarios. */
import fc from 'fast-check';
import { defaultScenario } from '../../../../src/model/presets';
import type { Scenario } from '../../../../src/model/schema';
import type { Uniform } from '../../../../src/model/uncertainty/random';

/** The default scenario of docs/model.md: a UK services firm of 40. */
export const UK_SERVICES_FIRM: Scenario = defaultScenario;

/** A stream that plays back chosen uniforms, one per call. */
export function fixedStream(values: readonly number[]): Uniform {
  let index = 0;
  return () => values[index++];
}

const share = fc.double({ min: 0, max: 1, noNaN: true });

/** A scenario around the UK firm with the inputs that decide the answer spread wide. */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    inquiriesPerMonth: fc.double({ min: 1, max: 5_000, noNaN: true }),
    loadedShare: share,
    // a few clients as often as many, so that the cap on clients lost binds
    activeClients: fc.oneof(
      fc.double({ min: 0.1, max: 5, noNaN: true }),
      fc.double({ min: 5, max: 500, noNaN: true }),
    ),
    lostClientValue: fc.double({ min: 0, max: 20_000, noNaN: true }),
    humanCostPerInquiry: fc.double({ min: 0, max: 40, noNaN: true }),
    aiCostPerInquiry: fc.double({ min: 0, max: 5, noNaN: true }),
    routerRecall: share,
    routerFalseAlarmRate: share,
    fumbleRateAiLoaded: share,
    fumbleRateAiRoutine: fc.double({ min: 0, max: 0.3, noNaN: true }),
    churnIfFumbledLoaded: share,
    humansUseAiAssist: fc.boolean(),
    aiBilling: fc.constantFrom('perInquiry', 'perResolution'),
    // none included half the time; otherwise as many as the AI's share may bill, or more
    aiIncludedPerMonth: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 6_000, noNaN: true })),
    aiEscalationRateLoaded: share,
  })
  .map((picked) => ({ ...defaultScenario, ...picked }));
