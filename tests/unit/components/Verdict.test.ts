// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Verdict from '../../../src/components/Verdict.svelte';
import { evaluate } from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

describe('Verdict', () => {
  it('is a polite live region carrying the verdict id', () => {
    render(Verdict, { scenario: UK_SERVICES_FIRM, evaluation: evaluate(UK_SERVICES_FIRM) });
    const status = screen.getByRole('status');
    expect(status.getAttribute('data-metric')).toBe('verdict');
    expect(status.getAttribute('data-value')).toBe('twoTier');
    expect(status.textContent).toContain('Go two-tier');
    expect(screen.getByText('The cost-only trap.')).toBeTruthy();
  });

  it('leaves the trap out when the cheapest to run is also cheapest in total', () => {
    const scenario = ukFirmWith({ fumbleRateAiLoaded: 0.03, fumbleRateAiRoutine: 0.01 });
    render(Verdict, { scenario, evaluation: evaluate(scenario) });
    expect(screen.getByRole('status').getAttribute('data-value')).toBe('singleTierAi');
    expect(screen.queryByText('The cost-only trap.')).toBeNull();
  });
});
