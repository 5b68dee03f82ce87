/** First contact for the UK services firm: 400 inquiries, 132 loaded, 268 routine. */
import { describe, expect, it } from 'vitest';
import { routeFirstContact, usesAi } from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

describe(routeFirstContact, () => {
  it.each([
    ['allHuman', { humanRoutine: 268, humanLoaded: 132, aiRoutine: 0, aiLoaded: 0 }],
    ['singleTierAi', { humanRoutine: 0, humanLoaded: 0, aiRoutine: 268, aiLoaded: 132 }],
    // 268 × 0.1 false alarms, 132 × 0.9 recall; the rest to the AI: 268 × 0.9, 132 × 0.1
    ['twoTier', { humanRoutine: 26.8, humanLoaded: 118.8, aiRoutine: 241.2, aiLoaded: 13.2 }],
  ] as const)('splits the UK firm’s month under %s', (deployment, expected) => {
    const streams = routeFirstContact(deployment, UK_SERVICES_FIRM);
    for (const [stream, value] of Object.entries(expected)) {
      expect(streams[stream as keyof typeof streams]).toBeCloseTo(value, 10);
    }
  });

  it('sends every loaded inquiry to a person when recall is 1', () => {
    const streams = routeFirstContact('twoTier', ukFirmWith({ routerRecall: 1 }));
    expect(streams.aiLoaded).toBe(0);
    expect(streams.humanLoaded).toBeCloseTo(132, 10);
  });

  it('sends every routine inquiry to the AI when there are no false alarms', () => {
    const streams = routeFirstContact('twoTier', ukFirmWith({ routerFalseAlarmRate: 0 }));
    expect(streams.humanRoutine).toBe(0);
    expect(streams.aiRoutine).toBe(268);
  });

  it('behaves as single-tier with a triage that sends nothing to people', () => {
    const blind = ukFirmWith({ routerRecall: 0, routerFalseAlarmRate: 0 });
    expect(routeFirstContact('twoTier', blind)).toEqual(routeFirstContact('singleTierAi', blind));
  });
});

describe(usesAi, () => {
  it.each([
    ['allHuman', false, false],
    ['allHuman', true, true],
    ['singleTierAi', false, true],
    ['twoTier', false, true],
  ] as const)('%s with the assistant %s uses AI: %s', (deployment, assist, expected) => {
    expect(usesAi(deployment, ukFirmWith({ humansUseAiAssist: assist }))).toBe(expected);
  });
});
