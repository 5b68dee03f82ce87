/**
 * The calculator's layout as an owner meets it. On a 360 × 740 phone the
 * verdict comes first and a one-line summary of the decision stays in sight,
 * never over the input being edited; on a wide screen the results sit beside
 * the inputs and stay in sight as the inputs scroll; sharing and files come
 * after the results. In light and dark, axe-clean.
 */
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoAxeViolations,
  revealDeferredParts,
  waitForIslands,
} from './fixtures';
import { defaultScenario, evaluate } from '../../src/model';
import { chosenDeployment } from '../../src/display/verdictText';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 800 };
/** The target: on a phone the verdict starts within this many pixels of the page's top. */
const VERDICT_WITHIN_PX = 1100;

const verdict = (page: Page) => page.getByRole('region', { name: 'Verdict' });
const glance = (page: Page) => page.getByRole('region', { name: 'Summary' });
const aiCost = (page: Page) => page.getByRole('textbox', { name: /^AI cost per inquiry/i });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'the element is laid out').not.toBeNull();
  return found!;
}

/** True when the two boxes share any area. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('on a phone the verdict starts within the first 1,100 px, before the inputs and the share tools', async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto('/');
      await waitForIslands(page);
      const top = (await box(verdict(page))).y;
      expect(top).toBeLessThan(VERDICT_WITHIN_PX);
      const inputsTop = (await box(page.getByRole('heading', { name: 'Your firm' }))).y;
      const shareTop = (await box(page.getByRole('heading', { name: /^Share, export/ }))).y;
      expect(top).toBeLessThan(inputsTop);
      expect(inputsTop).toBeLessThan(shareTop);
      // The Save button sits with the verdict, not at the foot of the page.
      const save = await box(page.getByRole('button', { name: 'Save this scenario' }));
      expect(save.y).toBeLessThan(inputsTop);
      await expectNoAxeViolations(page);
    });

    test('on a phone the summary stays in sight, never over the AI cost being edited, and follows it', async ({
      page,
    }) => {
      // An AI at £3 an inquiry: the decision for the default firm moves to this, computed by the model.
      const expensive = chosenDeployment(evaluate({ ...defaultScenario, aiCostPerInquiry: 3 }));
      const before = chosenDeployment(evaluate(defaultScenario));
      expect(expensive, 'the typed cost must change the decision').not.toBe(before);

      await page.setViewportSize(PHONE);
      await page.goto('/');
      await waitForIslands(page);
      const decision = glance(page).locator('[data-metric="decision.now"]');
      await expect(decision).toHaveAttribute('data-value', before);

      // The input at the foot of the screen, where the summary sits, when the owner goes to it.
      await aiCost(page).evaluate((input) => {
        const { bottom } = input.getBoundingClientRect();
        window.scrollBy(0, bottom - window.innerHeight + 10);
      });
      expect(overlap(await box(glance(page)), await box(aiCost(page))), 'set up under it').toBe(
        true,
      );
      await aiCost(page).focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('3');
      await expect(decision).toHaveAttribute('data-value', expensive);

      const summary = await box(glance(page));
      const input = await box(aiCost(page));
      expect(summary.y).toBeGreaterThanOrEqual(0);
      expect(summary.y + summary.height).toBeLessThanOrEqual(PHONE.height + 0.5);
      expect(input.y).toBeGreaterThanOrEqual(0);
      expect(overlap(summary, input), 'the summary covers the input').toBe(false);
      await expectNoAxeViolations(page);
    });

    test('on a wide screen the results sit beside the inputs and stay in sight while the inputs scroll', async ({
      page,
    }) => {
      await page.setViewportSize(WIDE);
      await page.goto('/');
      await waitForIslands(page);
      const results = page.getByRole('region', { name: 'What it means for you' });
      const inputs = page.getByRole('region', { name: 'Your firm' });
      const [left, right] = [await box(inputs), await box(results)];
      expect(left.x + left.width).toBeLessThanOrEqual(right.x);
      // The phone's summary line is not needed here.
      await expect(glance(page)).toBeHidden();

      await aiCost(page).scrollIntoViewIfNeeded();
      await aiCost(page).fill('3');
      const headline = await box(verdict(page));
      expect(headline.y, 'the verdict is still on screen').toBeGreaterThanOrEqual(0);
      expect(headline.y).toBeLessThan(WIDE.height);
      const expensive = evaluate({ ...defaultScenario, aiCostPerInquiry: 3 }).verdict;
      await expect(verdict(page).locator('[data-metric="verdict"]')).toHaveAttribute(
        'data-value',
        expensive,
      );
      await expectNoAxeViolations(page);
    });
  });
}

// The charts and "how sure" arrive as the reader nears them; their slots keep about
// the room they take, so what sits below moves little. Before the slots kept room,
// the saved scenarios moved by about 3,100 px at 1,280 and 5,300 px at 360.
for (const [viewport, mostPx] of [
  [WIDE, 200],
  [PHONE, 1100],
] as const) {
  test(`at ${viewport.width} px the saved scenarios move at most ${mostPx} px as the charts and "how sure" arrive`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await waitForIslands(page);
    const heading = page.getByRole('heading', { name: 'Saved scenarios and comparison' });
    const top = () => heading.evaluate((element) => element.getBoundingClientRect().top + scrollY);
    await expect(page.locator('.charts-pending, .uncertainty-pending')).toHaveCount(2);
    const before = await top();
    await revealDeferredParts(page);
    expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(mostPx);
  });
}
