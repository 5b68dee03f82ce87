// @vitest-environment jsdom
/**
 * A page opened from a shared link fetches the link reader and the print
 * summary before its load event and hands them over (calculatorPage.ts): the
 * link is open, and the summary there, within the hand-over itself, not a
 * task later, so that the page is ready when its load event fires.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/model';

beforeEach(() => {
  vi.resetModules(); // each test starts with no link code and no print summary arrived
  window.history.replaceState(null, '', '/?loadedShare=0.4&lostClientValue=4000');
});

/**
 * The modules, fresh (Svelte and the renderer too, so that the harness and they
 * share one runtime), and `mount`, which mounts the calculator with the page's
 * address followed, as the page is before the hand-over: all without waiting.
 */
async function freshPage() {
  const [{ render }, { flushSync }, { Calculator }, urlSync, shareLink, harness] =
    await Promise.all([
      import('@testing-library/svelte'),
      import('svelte'),
      import('../../../src/state/calculator.svelte'),
      import('../../../src/state/urlSync.svelte'),
      import('../../../src/state/shareLink'),
      import('./shareHarness.svelte'),
    ]);
  const mount = () => {
    const calc = new Calculator();
    render(harness.default, { calc });
    flushSync();
    return calc;
  };
  return { mount, urlSync, shareLink };
}

describe('handing the link reader over', () => {
  it('opens the page’s link within the hand-over', async () => {
    const { mount, urlSync, shareLink } = await freshPage();
    const calc = mount();
    // Mounted: the reader is asked for, but nothing has arrived yet.
    expect(urlSync.linkCodeIfArrived()).toBeUndefined();
    expect(calc.scenario).toEqual(defaultScenario);

    urlSync.provideShareLink(shareLink);
    // No await in between: the link is open the moment the reader is handed over.
    expect(calc.scenario).toEqual({ ...defaultScenario, loadedShare: 0.4, lostClientValue: 4000 });
    expect(calc.linkMessages).toEqual([]);
    expect(urlSync.linkCodeIfArrived()).toBe(shareLink);
  });

  it('opens the link once, when the reader it fetched itself arrives after the hand-over', async () => {
    const { mount, urlSync, shareLink } = await freshPage();
    const open = vi.spyOn(shareLink, 'openSharedLink');
    mount();
    urlSync.provideShareLink(shareLink);
    await urlSync.loadShareLink();
    await Promise.resolve(); // past the fetched reader's own turn to open the link
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('handing the print summary over', () => {
  it('makes it the summary at once, and loading it then changes nothing', async () => {
    const { printSheet, providePrintSheet, loadPrintSheet } =
      await import('../../../src/components/print/printSheet.svelte');
    const { default: PrintSheet } = await import('../../../src/components/print/PrintSheet.svelte');
    expect(printSheet()).toBeNull();
    providePrintSheet(PrintSheet);
    expect(printSheet()).toBe(PrintSheet);
    await expect(loadPrintSheet()).resolves.toBeUndefined();
    expect(printSheet()).toBe(PrintSheet);
  });
});
