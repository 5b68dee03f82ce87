/**
 * One decision a founder can trust at a glance: the headline names what to run
 * now, the figures table marks the same option, the verdict says how firm that
 * is (checked against the model's own tornado), and the page speaks an owner's
 * words on a first visit.
 */
import type { Page } from '@playwright/test';
import { evaluate } from '../../src/model';
import { defaultScenario } from '../../src/model/presets';
import { buildTornado } from '../../src/model/uncertainty/tornado';
import { deploymentLabels } from '../../src/display/labels';
import {
  test,
  expect,
  expectNoAxeViolations,
  revealDeferredParts,
  waitForIslands,
} from './fixtures';

const verdict = (page: Page) => page.getByRole('region', { name: 'Verdict' });
const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]`);

/** The tornado of a scenario says the answer can flip within some input's range. */
function tornadoFlips(scenario: typeof defaultScenario): boolean {
  return buildTornado(scenario).bars.some((bar) => bar.flipAtLow || bar.flipAtHigh);
}

test.describe('what to run now', () => {
  test('keeps people on every inquiry at 1,200 inquiries and 45 % loaded, as the table marks', async ({
    page,
  }) => {
    const scenario = { ...defaultScenario, inquiriesPerMonth: 1200, loadedShare: 0.45 };
    const evaluation = evaluate(scenario);
    await page.goto('/?inquiriesPerMonth=1200&loadedShare=0.45');
    await waitForIslands(page);
    await expect(metric(page, 'verdict')).toHaveAttribute('data-value', evaluation.verdict);
    await expect(verdict(page).locator('[data-metric="decision.now"]')).toHaveAttribute(
      'data-value',
      'allHuman',
    );
    await expect(verdict(page).locator('[data-metric="decision.now"]')).not.toContainText(
      /sort your inquiries/i,
    );
    await expect(verdict(page)).toContainText('Keep people on every inquiry');
    await expect(
      page.getByRole('columnheader', {
        name: new RegExp(`${deploymentLabels.allHuman.name}.*Recommended`),
      }),
    ).toBeVisible();
    const firmness = metric(page, 'verdict.firmness');
    await expect(firmness).toHaveAttribute('data-value', /^(firm|close-call)$/);
    if (tornadoFlips(scenario)) await expect(firmness).toHaveAttribute('data-value', 'close-call');
  });

  test('names the input nearest to flipping the default answer and the value at which it flips', async ({
    page,
  }) => {
    // The default firm: two-tier leads all people by £384.64 a month; two-tier's total falls
    // £12,249.60 per unit of the sorting's catch rate, so they meet at 0.9 − 384.64 / 12,249.6
    // = 86.9 %, within the default swing of 80 % to 100 %.
    expect(tornadoFlips(defaultScenario)).toBe(true);
    await page.goto('/');
    await waitForIslands(page);
    await expect(verdict(page).locator('[data-metric="decision.now"]')).toHaveAttribute(
      'data-value',
      'twoTier',
    );
    const firmness = metric(page, 'verdict.firmness');
    await expect(firmness).toHaveAttribute('data-value', 'close-call');
    await expect(firmness).toContainText(/loaded inquiries the sorting catches at 86\.9%/i);
    await expect(firmness).toContainText('never the cheapest in total');
    await expect(verdict(page)).toContainText('pays back its £5,000 setup in month 3');
  });
});

test('the methodology glossary gives each plain label its model name', async ({ page }) => {
  await page.goto('/methodology/');
  const glossary = page.getByRole('table', { name: /every input, with its field name/i });
  for (const [label, name] of [
    ['Loaded inquiries the sorting catches', 'routerRecall'],
    ['Routine inquiries sent to a person', 'routerFalseAlarmRate'],
    ['AI handles badly, loaded', 'fumbleRateAiLoaded'],
    ['AI passes to a person, loaded', 'aiEscalationRateLoaded'],
    ['Clients lost after a loaded inquiry handled badly', 'churnIfFumbledLoaded'],
  ]) {
    await expect(glossary.getByRole('row', { name: new RegExp(label) })).toContainText(name);
  }
});

/** Words a small-firm owner does not use (the model's names). */
const jargon =
  /\b(fumbl\w*|hand-on|hand on|recall|false[- ]alarm\w*|churn\w*|percentile\w*|seed\w*|escalat\w*)\b/gi;

/** The page's visible text, leaving out what a closed disclosure hides. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const details of copy.querySelectorAll('details:not([open])')) {
      for (const child of [...details.children]) if (child.tagName !== 'SUMMARY') child.remove();
    }
    for (const hidden of copy.querySelectorAll('script, style, template, [hidden]'))
      hidden.remove();
    return copy.textContent ?? '';
  });
}

for (const width of [360, 1280]) {
  test(`a first visit at ${width} px shows at most 3 of the model's words`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await waitForIslands(page);
    await revealDeferredParts(page);
    const found = (await visibleText(page)).match(jargon) ?? [];
    expect(found.length, `found: ${found.join(', ')}`).toBeLessThanOrEqual(3);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`the verdict is axe clean in ${colorScheme} at ${width} px, with a close call shown`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?inquiriesPerMonth=1200&loadedShare=0.45');
      await waitForIslands(page);
      await expect(metric(page, 'verdict.firmness')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
