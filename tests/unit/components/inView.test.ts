// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sight, whileSeen } from '../../../src/components/inView.svelte';
import { Calculator } from '../../../src/state/calculator.svelte';

/** An IntersectionObserver the test drives: `show(false)` takes the element off the screen. */
function stubObserver() {
  let report: (entries: { isIntersecting: boolean }[]) => void = () => {};
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  return { show: (seen: boolean) => report([{ isIntersecting: seen }]) };
}

/** A sight on an element, a calculator, and a part that counts how often it is worked out. */
function watchedPart() {
  const screen = stubObserver();
  const sight = new Sight();
  sight.watch(document.createElement('div'));
  const calc = new Calculator();
  let workedOut = 0;
  const part = whileSeen(sight, () => {
    workedOut += 1;
    return calc.scenario.inquiriesPerMonth;
  });
  return { screen, calc, part, workedOut: () => workedOut };
}

afterEach(() => vi.unstubAllGlobals());

describe(whileSeen, () => {
  it('follows every change while its element is on the screen', () => {
    const { calc, part } = watchedPart();
    calc.setField('inquiriesPerMonth', '401');
    expect(part.current).toBe(401);
    calc.setField('inquiriesPerMonth', '402');
    expect(part.current).toBe(402);
  });

  it('does no work off the screen and keeps what it last showed', () => {
    const { screen, calc, part, workedOut } = watchedPart();
    calc.setField('inquiriesPerMonth', '401');
    expect(part.current).toBe(401);
    const before = workedOut();
    screen.show(false);
    for (const text of ['402', '403', '404']) {
      calc.setField('inquiriesPerMonth', text);
      expect(part.current).toBe(401);
    }
    expect(workedOut()).toBe(before);
  });

  it('catches up once, with the latest values, when its element comes back', () => {
    const { screen, calc, part, workedOut } = watchedPart();
    expect(part.current).toBe(calc.scenario.inquiriesPerMonth);
    screen.show(false);
    calc.setField('inquiriesPerMonth', '402');
    calc.setField('inquiriesPerMonth', '403');
    const before = workedOut();
    screen.show(true);
    expect(part.current).toBe(403);
    expect(part.current).toBe(403);
    expect(workedOut()).toBe(before + 1);
  });

  it('counts everything as seen where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const sight = new Sight();
    sight.watch(document.createElement('div'));
    expect(sight.seen).toBe(true);
  });
});
