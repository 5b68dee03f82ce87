// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Calculator from '../../../src/components/Calculator.svelte';
import { scenarioFields } from '../../../src/model';

const verdict = () => document.querySelector('[data-metric="verdict"]');

describe('Calculator', () => {
  it('recomputes on every input event and keeps an invalid draft with its message', async () => {
    render(Calculator);
    expect(verdict()?.getAttribute('data-value')).toBe('twoTier');
    const loaded = screen.getByRole('textbox', { name: 'Loaded share' });

    await fireEvent.input(loaded, { target: { value: '60' } });
    expect(verdict()?.getAttribute('data-value')).toBe('hold-mix-dominated');

    await fireEvent.input(loaded, { target: { value: '6o' } });
    expect(screen.getByText('Loaded share must be a percentage, such as 33')).toBeTruthy();
    expect(loaded).toHaveProperty('value', '6o');
    expect(verdict()?.getAttribute('data-value')).toBe('hold-mix-dominated');
    expect(screen.getByText(/use the last valid value of: Loaded share/)).toBeTruthy();
  });

  it('puts the primary inputs in view and builds the rest under “Advanced inputs” once idle', async () => {
    render(Calculator);
    const advanced = screen.getByText('Advanced inputs').closest('details');
    expect(advanced?.open).toBe(false);
    // Not built with the rest of the page; they arrive a few at a time at idle moments.
    expect(screen.queryByLabelText('People draft with an AI assistant')).toBeNull();
    const inside = async (label: string) =>
      advanced?.contains(await screen.findByLabelText(label, {}, { timeout: 5000 })) ?? false;
    expect(await inside('Loaded share')).toBe(false);
    expect(await inside('Loaded inquiries the sorting catches')).toBe(false);
    expect(await inside('Months before lost clients show')).toBe(true);
    expect(await inside('Routine inquiries sent to a person')).toBe(true);
    expect(await inside('People draft with an AI assistant')).toBe(true);
    // Every field of the scenario is on the page in the end (the currency in its picker).
    await waitFor(() =>
      expect(document.querySelectorAll(':is(input, select)[id^="field-"]')).toHaveLength(
        scenarioFields.length,
      ),
    );
  });

  it('builds every advanced input at once when the disclosure opens', async () => {
    render(Calculator);
    const advanced = screen.getByText('Advanced inputs').closest('details')!;
    advanced.open = true;
    await fireEvent(advanced, new Event('toggle'));
    expect(screen.getByLabelText('People draft with an AI assistant')).toBeTruthy();
    expect(screen.getByLabelText('Months before lost clients show')).toBeTruthy();
  });

  it('applies a preset from the picker', async () => {
    render(Calculator);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Start from' }), {
      target: { value: 'klarna-hybrid' },
    });
    expect(screen.getByRole('textbox', { name: 'Inquiries per month' })).toHaveProperty(
      'value',
      '2300000',
    );
    expect(screen.getByRole('combobox', { name: 'Currency' })).toHaveProperty('value', 'USD');
  });
});
