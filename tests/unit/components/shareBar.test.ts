// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Calculator } from '../../../src/state/calculator.svelte';
import ShareHarness from './shareHarness.svelte';

function openAt(address: string): Calculator {
  window.history.replaceState(null, '', address);
  const calc = new Calculator();
  render(ShareHarness, { calc });
  return calc;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

describe('ShareBar', () => {
  it('opens the page’s link after hydration and lists what it could not use', async () => {
    const calc = openAt('/?v=1&loadedShare=0.4&routerRecall=1.5&activeClients=%3Cimg%20src%3Dx%3E');
    const alert = await screen.findByRole('alert');
    expect(calc.drafts.loadedShare).toBe('40');
    expect(calc.scenario.routerRecall).toBe(0.9);
    const items = [...alert.querySelectorAll('li')].map((item) => item.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('activeClients=<img src=x> is not a number');
    expect(items[1]).toContain('routerRecall=1.5 is above the maximum');
    expect(alert.querySelector('img')).toBeNull();

    await fireEvent.click(
      screen.getByRole('button', { name: 'Dismiss the messages about the link' }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Share, export or import' }),
    );
  });

  it('keeps the link as opened until an edit, then follows the inputs', async () => {
    const calc = openAt('/?loadedShare=0.40&v=1');
    await waitFor(() => expect(calc.scenario.loadedShare).toBe(0.4));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.location.search).toBe('?loadedShare=0.40&v=1');

    calc.setField('loadedShare', '45');
    await waitFor(() => expect(window.location.search).toBe('?v=1&loadedShare=0.45'));
  });

  it('says “Link copied” once the clipboard takes the link', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const calc = openAt('/');
    calc.setField('loadedShare', '40');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('Link copied');
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/?v=1&preset=uk-services-40&loadedShare=0.4`,
    );
    expect(screen.queryByRole('textbox', { name: 'Link to this scenario' })).toBeNull();
  });

  it('shows the link selected in a read-only field where the clipboard is refused', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    openAt('/');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = (await screen.findByRole('textbox', {
      name: 'Link to this scenario',
    })) as HTMLInputElement;
    const link = `${window.location.origin}/?v=1&preset=uk-services-40`;
    expect(field.value).toBe(link);
    expect(field.readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)).toBe(link);
    expect(screen.queryByText('Link copied')).toBeNull();
  });
});
