import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario, findPreset } from '../../../src/model';
import { MAX_SEED } from '../../../src/state/link';
import { Calculator, DEFAULT_PRESET_ID } from '../../../src/state/calculator.svelte';
import { linkQueryOf, openSharedLink, shareUrlOf } from '../../../src/state/shareLink';
import { presetIdArbitrary, scenarioWithRangesArbitrary } from './fixtures/arbitraries';

const klarnaHybrid = findPreset('klarna-hybrid')!.scenario;

describe(linkQueryOf, () => {
  it('writes the preset the page opens with, and leaves out the default seed and an empty name', () => {
    expect(linkQueryOf(new Calculator())).toBe('v=1&preset=uk-services-40');
  });

  it('writes a scenario from elsewhere (no preset) against the default scenario', () => {
    const calc = new Calculator();
    calc.loadScenario({ ...defaultScenario, loadedShare: 0.4 }, null);
    expect(linkQueryOf(calc)).toBe('v=1&loadedShare=0.4');
  });

  it('writes the name, the ranges and a seed other than the default', () => {
    const calc = new Calculator();
    calc.loadScenario({ ...klarnaHybrid, loadedShare: 0.4 }, 'klarna-hybrid', {
      name: 'Q3 plan',
      seed: 7,
      ranges: { churnIfFumbledLoaded: { low: 0.2, likely: 0.32, high: 0.5 } },
    });
    // 0.32 is Klarna's own churn: written anyway, because it carries a range.
    expect(linkQueryOf(calc)).toBe(
      'v=1&preset=klarna-hybrid&name=Q3%20plan&loadedShare=0.4&churnIfFumbledLoaded=0.2~0.32~0.5&seed=7',
    );
  });
});

describe(shareUrlOf, () => {
  it('replaces the query and drops the hash of the page it is on', () => {
    const calc = new Calculator();
    calc.setField('loadedShare', '40');
    expect(shareUrlOf(calc, 'http://127.0.0.1:4321/?v=1&loadedShare=0.5#figures')).toBe(
      'http://127.0.0.1:4321/?v=1&preset=uk-services-40&loadedShare=0.4',
    );
  });
});

describe(openSharedLink, () => {
  it('leaves the calculator alone when there is no query', () => {
    const calc = new Calculator();
    expect(openSharedLink(calc, '')).toEqual([]);
    expect(openSharedLink(calc, '?')).toEqual([]);
    expect(calc.presetId).toBe(DEFAULT_PRESET_ID);
  });

  it('leaves the calculator alone, preset included, when the link holds nothing it reads', () => {
    const calc = new Calculator();
    const messages = openSharedLink(calc, '?utm_source=mail&v=1');
    expect(messages.map((message) => message.param)).toEqual(['utm_source']);
    expect(calc.presetId).toBe(DEFAULT_PRESET_ID);
    expect(calc.scenario).toBe(defaultScenario);
  });

  it('keeps the opening preset for a link to the default scenario, which it equals', () => {
    const calc = new Calculator();
    expect(openSharedLink(calc, '?v=1')).toEqual([]);
    expect(calc.presetId).toBe(DEFAULT_PRESET_ID);
  });

  it('applies every valid parameter and returns a message for each bad one', () => {
    const calc = new Calculator();
    const messages = openSharedLink(
      calc,
      '?v=1&preset=klarna-hybrid&loadedShare=0.4&routerRecall=1.5&humansUseAiAssist=true&seed=7&name=Q3',
    );
    expect(messages.map((message) => message.param)).toEqual(['routerRecall']);
    expect(calc.scenario).toEqual({ ...klarnaHybrid, loadedShare: 0.4, humansUseAiAssist: true });
    expect(calc.drafts.loadedShare).toBe('40');
    expect(calc.presetId).toBe('klarna-hybrid');
    expect(calc.presetEdited).toBe(true);
    expect(calc.seed).toBe(7);
    expect(calc.name).toBe('Q3');
  });

  it('reopens any state it writes exactly (link -> state -> link)', () => {
    fc.assert(
      fc.property(
        scenarioWithRangesArbitrary,
        presetIdArbitrary,
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 0, max: MAX_SEED }),
        ({ scenario, ranges }, presetId, name, seed) => {
          const written = new Calculator();
          written.loadScenario(scenario, presetId ?? null, { ranges, name: name.trim(), seed });
          const query = linkQueryOf(written);
          fc.pre(query !== 'v=1'); // the page as it opens: see the test above
          const opened = new Calculator();
          const messages = openSharedLink(opened, `?${query}`);
          expect(messages).toEqual([]);
          expect(opened.scenario).toEqual(written.scenario);
          expect(opened.ranges).toEqual(written.ranges);
          expect(opened.seed).toBe(written.seed);
          expect(opened.name).toBe(written.name);
          expect(linkQueryOf(opened)).toBe(query);
        },
      ),
      { numRuns: 200 },
    );
  });
});
