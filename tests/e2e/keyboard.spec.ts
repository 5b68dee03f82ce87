/**
 * The calculator with the keyboard alone: Tab to the loaded share, type a
 * value, and read the verdict that follows from it.
 */
import { test, expect, waitForIslands } from './fixtures';
import { defaultScenario, evaluate } from '../../src/model';

test('a person on the keyboard alone changes the loaded share and reads the new verdict', async ({
  page,
}) => {
  // 60 % of inquiries loaded: the model's verdict for the default firm, not a figure copied here.
  const expected = evaluate({ ...defaultScenario, loadedShare: 0.6 }).verdict;
  expect(expected, 'the new value must change the verdict, or the test proves nothing').not.toBe(
    evaluate(defaultScenario).verdict,
  );

  await page.goto('/');
  await waitForIslands(page);
  const verdict = page.locator('[data-metric="verdict"]');
  const sentenceBefore = await verdict.innerText();
  const loadedShare = page.getByRole('textbox', { name: /loaded share/i });
  let presses = 0;
  while (!(await loadedShare.evaluate((input) => input === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses += 1;
    expect(presses, 'Tab presses to reach the loaded share').toBeLessThan(80);
  }

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('60');

  await expect(verdict).toHaveAttribute('data-value', expected);
  // A live region, so a screen reader reads the new sentence out.
  await expect(verdict).toHaveRole('status');
  await expect(verdict).not.toHaveText(sentenceBefore);
  await expect(verdict).toHaveText(/\w+/);
  await expect(loadedShare).toBeFocused();
});
