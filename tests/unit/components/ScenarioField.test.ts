// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ScenarioField from '../../../src/components/ScenarioField.svelte';

describe('ScenarioField', () => {
  it('labels a share, shows its unit and help, and passes on what is typed', async () => {
    const onedit = vi.fn();
    render(ScenarioField, { field: 'loadedShare', draft: '33', currency: 'GBP', onedit });
    const input = screen.getByRole('textbox', { name: 'Loaded share' });
    expect(input).toHaveProperty('value', '33');
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    const description = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' | ');
    expect(description).toMatch(
      /^% \| Share of inquiries where the client brings emotional weight/,
    );

    (input as HTMLInputElement).value = '60';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onedit).toHaveBeenCalledWith('60');
  });

  it('shows the currency symbol beside money', () => {
    render(ScenarioField, {
      field: 'lostClientValue',
      draft: '6000',
      currency: 'EUR',
      onedit: () => {},
    });
    const input = screen.getByRole('textbox', { name: 'Value of a lost client' });
    const unit = document.getElementById(`${input.id}-unit`);
    expect(unit?.textContent).toBe('€ per client');
  });

  it('marks an invalid value and describes it by its message first', () => {
    const message = 'Loaded share must be between 0% and 100%';
    render(ScenarioField, {
      field: 'loadedShare',
      draft: '120',
      error: message,
      currency: 'GBP',
      onedit: () => {},
    });
    const input = screen.getByRole('textbox', { name: 'Loaded share' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const first = input.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
    expect(document.getElementById(first)?.textContent).toBe(message);
    expect(input).toHaveProperty('value', '120');
  });

  it('renders the assistant switch as a checkbox', () => {
    const onedit = vi.fn();
    render(ScenarioField, { field: 'humansUseAiAssist', draft: false, currency: 'GBP', onedit });
    const box = screen.getByRole('checkbox', { name: 'People draft with an AI assistant' });
    box.click();
    expect(onedit).toHaveBeenCalledWith(true);
  });
});
