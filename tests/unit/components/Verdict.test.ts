// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Verdict from '../../../src/components/Verdict.svelte';
import { evaluate } from '../../../src/model';
import { firmness } from '../../../src/model/uncertainty/firmness';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';
import { verdictScenarios } from '../model/verdictScenarios';

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

describe('Verdict names what to run now and how firm that is', () => {
  it.each(verdictScenarios)(
    'for %s (%s) publishes decision.now = %s',
    (verdict, _, scenario, now) => {
      const evaluation = evaluate(scenario);
      const { container } = render(Verdict, { scenario, evaluation });
      expect(screen.getByRole('status').getAttribute('data-value')).toBe(verdict);
      const decision = container.querySelector('[data-metric="decision.now"]');
      expect(decision?.getAttribute('data-value')).toBe(now);
      // The badge never reuses the worksheet's menu name.
      expect(decision?.textContent).not.toMatch(/sort your inquiries/i);
      const level = container.querySelector('[data-metric="verdict.firmness"]');
      expect(level?.getAttribute('data-value')).toBe(firmness(scenario).level);
    },
  );

  it('links to the sorting worksheet when the sorting must be measured first', () => {
    const scenario = ukFirmWith({ routerRecall: 0.5 });
    render(Verdict, { scenario, evaluation: evaluate(scenario) });
    expect(
      screen.getByRole('link', { name: /measure your sorting/i }).getAttribute('href'),
    ).toMatch(/segment\/$/);
  });

  it('weighs the owner’s own range over the default swing', () => {
    // Only the value of a lost client is ranged, and narrowly; every other input keeps its
    // default swing, so the sorting's catch rate (flipping at 86.9 %) still makes it close.
    const ranges = { lostClientValue: { low: 5_900, likely: 6_000, high: 6_100 } };
    const { container } = render(Verdict, {
      scenario: UK_SERVICES_FIRM,
      evaluation: evaluate(UK_SERVICES_FIRM),
      ranges,
    });
    expect(
      container.querySelector('[data-metric="verdict.firmness"]')?.getAttribute('data-value'),
    ).toBe('close-call');
    expect(firmness(UK_SERVICES_FIRM, ranges).flips.map((flip) => flip.field)).not.toContain(
      'lostClientValue',
    );
  });
});
