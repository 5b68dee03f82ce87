// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Calculator } from '../../../src/state/calculator.svelte';
import { ADDRESS_DELAY_MS, loadShareLink } from '../../../src/state/urlSync.svelte';
import ShareHarness from './shareHarness.svelte';

/** The calculator with the address following it, its link code already fetched. */
async function opened(): Promise<{ calc: Calculator; replaced: () => number }> {
  await loadShareLink();
  const replace = vi.spyOn(window.history, 'replaceState');
  const calc = new Calculator();
  render(ShareHarness, { calc });
  flushSync();
  return { calc, replaced: () => replace.mock.calls.length };
}

/** Types a number into a field, as the calculator's input does. */
function type(calc: Calculator, text: string) {
  calc.setField('inquiriesPerMonth', text);
  flushSync();
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the address while typing', () => {
  it('waits for typing to pause, then writes the last value once', async () => {
    const { calc, replaced } = await opened();
    type(calc, '401');
    vi.advanceTimersByTime(ADDRESS_DELAY_MS - 1);
    type(calc, '402');
    vi.advanceTimersByTime(ADDRESS_DELAY_MS - 1);
    type(calc, '403');
    expect(replaced()).toBe(0);
    expect(location.search).toBe('');

    vi.advanceTimersByTime(ADDRESS_DELAY_MS);
    expect(replaced()).toBe(1);
    expect(new URLSearchParams(location.search).get('inquiriesPerMonth')).toBe('403');
  });

  it('does not rewrite the address when the link it would write is the one there', async () => {
    const { calc, replaced } = await opened();
    type(calc, '401');
    vi.advanceTimersByTime(ADDRESS_DELAY_MS);
    expect(replaced()).toBe(1);
    type(calc, '4010');
    type(calc, '401'); // back to what the address holds before the pause ends
    vi.advanceTimersByTime(ADDRESS_DELAY_MS);
    expect(replaced()).toBe(1);
  });

  it.each([
    ['a copy', () => document.dispatchEvent(new Event('copy', { bubbles: true }))],
    ['leaving the page', () => window.dispatchEvent(new Event('pagehide'))],
    ['unloading', () => window.dispatchEvent(new Event('beforeunload'))],
    [
      'the page being hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes the address at once on %s, without waiting for the pause', async (_event, fire) => {
    const { calc, replaced } = await opened();
    type(calc, '417');
    fire();
    expect(new URLSearchParams(location.search).get('inquiriesPerMonth')).toBe('417');
    vi.advanceTimersByTime(ADDRESS_DELAY_MS);
    expect(replaced()).toBe(1); // and not again once the pause ends
  });
});
