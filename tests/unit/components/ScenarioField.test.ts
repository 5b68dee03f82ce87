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

describe('ScenarioField, given a share typed as a fraction', () => {
  it('reads it as typed and offers the percentage probably meant, one click away', async () => {
    const onedit = vi.fn();
    const { rerender } = render(ScenarioField, {
      field: 'loadedShare',
      draft: '0.45',
      currency: 'GBP',
      onedit,
    });
    const input = screen.getByRole('textbox', { name: 'Loaded share' });
    const fix = screen.getByRole('button', { name: 'Use 45 % instead' });
    expect(fix.textContent).toBe('45 %?');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Read as 0.45 %.',
    );

    fix.click();
    expect(onedit).toHaveBeenCalledWith('45');
    expect(document.activeElement).toBe(input);

    await rerender({ draft: '45' });
    expect(screen.queryByRole('button', { name: /instead/ })).toBeNull();
  });

  it('offers nothing for a percentage typed with its sign', () => {
    render(ScenarioField, {
      field: 'loadedShare',
      draft: '0.45 %',
      currency: 'GBP',
      onedit: () => {},
    });
    expect(screen.queryByRole('button', { name: /instead/ })).toBeNull();
  });
});
