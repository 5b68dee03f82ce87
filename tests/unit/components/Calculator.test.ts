// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Calculator from '../../../src/components/Calculator.svelte';

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

  it('puts the primary inputs in view and the rest under “Advanced inputs”', () => {
    render(Calculator);
    const advanced = screen.getByText('Advanced inputs').closest('details');
    expect(advanced?.open).toBe(false);
    const inside = (label: string) => advanced?.contains(screen.getByLabelText(label)) ?? false;
    expect(inside('Loaded share')).toBe(false);
    expect(inside('Triage recall')).toBe(false);
    expect(inside('Churn lag')).toBe(true);
    expect(inside('Triage false-alarm rate')).toBe(true);
    expect(inside('People draft with an AI assistant')).toBe(true);
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
