// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FiguresTable from '../../../src/components/FiguresTable.svelte';
import { evaluate, type Scenario } from '../../../src/model';
import { deploymentLabels } from '../../../src/display/labels';
import { chosenDeployment } from '../../../src/display/verdictText';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';
import { verdictScenarios } from '../model/verdictScenarios';

function cells(scenario: Scenario) {
  render(FiguresTable, { scenario, evaluation: evaluate(scenario) });
  const table = screen.getByRole('table', { name: /key figures/i });
  return { table, metric: (name: string) => table.querySelector(`[data-metric="${name}"]`) };
}

describe('FiguresTable', () => {
  it('gives every figure its data-metric and raw data-value', () => {
    const { table, metric } = cells(UK_SERVICES_FIRM);
    // 14 figures for each of the three deployments, and a payback month for each of the two with AI.
    expect(table.querySelectorAll('[data-metric]')).toHaveLength(3 * 14 + 2);
    // All people: 268 + 132 x 1.5 = 466 units x £12 = £5,592 a month.
    expect(metric('allHuman.operatingCost')?.getAttribute('data-value')).toBe('5592');
    expect(metric('allHuman.operatingCost')?.textContent).toBe('£5,592');
    // Two-tier loses 0.69544 clients a month: 8.34528 a year, 4.17264 % of 200.
    expect(Number(metric('twoTier.clientsLostPerYear')?.getAttribute('data-value'))).toBeCloseTo(
      8.34528,
      10,
    );
    expect(
      Number(metric('twoTier.clientsLostPerYearShare')?.getAttribute('data-value')),
    ).toBeCloseTo(0.0417264, 10);
    expect(metric('twoTier.clientsLostPerYearShare')?.textContent).toBe('4.2%');
  });

  it('caps a year of lost clients at the client base', () => {
    // Single-tier loses 2.7204 a month; with 20 clients a year of that (32.6) is capped at 20.
    const { metric } = cells(ukFirmWith({ activeClients: 20 }));
    expect(metric('singleTierAi.clientsLostPerYear')?.getAttribute('data-value')).toBe('20');
    expect(metric('singleTierAi.clientsLostPerYearShare')?.getAttribute('data-value')).toBe('1');
  });

  it('marks the recommended column in words, not by colour alone', () => {
    const { table } = cells(UK_SERVICES_FIRM);
    const header = within(table).getByRole('columnheader', { name: /Two-tier/ });
    expect(header.textContent).toContain('Recommended');
    expect(
      within(table).getByRole('columnheader', { name: /All people/ }).textContent,
    ).not.toContain('Recommended');
  });
});

describe('FiguresTable marks what to run now, as the verdict does', () => {
  it.each(verdictScenarios)('for %s (%s) it marks %s', (_, __, scenario, now) => {
    const evaluation = evaluate(scenario);
    render(FiguresTable, { scenario, evaluation });
    const table = screen.getByRole('table', { name: /key figures/i });
    const marked = within(table)
      .getAllByRole('columnheader')
      .filter((header) => header.textContent?.includes('Recommended'));
    expect(marked.map((header) => header.textContent)).toEqual([
      expect.stringContaining(deploymentLabels[now].name),
    ]);
    expect(chosenDeployment(evaluation)).toBe(now);
    if (evaluation.recommended !== now) {
      const paper = within(table).getByRole('columnheader', {
        name: new RegExp(deploymentLabels[evaluation.recommended].name),
      });
      expect(paper.textContent).toContain('Cheapest on paper');
    }
  });
});
