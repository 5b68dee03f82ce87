/**
 * A person saves scenarios in the browser and comes back to them: save, list
 * after a reload, rename, update with the inputs on screen, duplicate, delete
 * with undo, open; two tabs open at once keep each other's changes; and when the
 * stored data is damaged or storage is refused, a message, nothing lost, the
 * damaged part downloadable as text.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoAxeViolations,
  waitForIslands,
  openSavedScenarios,
} from './fixtures';
import { defaultScenario, evaluate, type Scenario } from '../../src/model';
import { verdictNames } from '../../src/display/labels';
import {
  emptySavedScenarios,
  saveScenario,
  savedScenariosKey,
  writeSavedScenarios,
} from '../../src/state/savedScenarios';

const field = (page: Page, label: string | RegExp) =>
  page.getByRole('textbox', { name: label, exact: typeof label === 'string' });
const savedList = (page: Page) => page.getByRole('list', { name: 'Your saved scenarios' });
const savedItems = (page: Page) => savedList(page).getByRole('listitem');
const mainVerdict = (page: Page) => page.locator('[data-metric="verdict"]');

async function openPanel(page: Page) {
  await waitForIslands(page);
  await openSavedScenarios(page);
  await expect(page.getByRole('button', { name: 'Save scenario' })).toBeVisible();
}

async function saveAs(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Name for the scenario on screen' }).fill(name);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toBeVisible();
}

/** Stores `text` under the saved-scenarios key before the page's first load only. */
async function seedStorage(page: Page, text: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', 'yes');
    },
    [savedScenariosKey, text] as const,
  );
}

const HEAVIER: Scenario = { ...defaultScenario, loadedShare: 0.4 };

/** The verdict and two-tier's total on screen are the model's for `scenario`. */
async function expectResultsOf(page: Page, scenario: Scenario) {
  const expected = evaluate(scenario);
  await expect(mainVerdict(page)).toHaveAttribute('data-value', expected.verdict);
  await expect(
    page
      .getByRole('table', { name: /key figures a month, by way/i })
      .locator('[data-metric="twoTier.totalCost"]'),
  ).toHaveAttribute('data-value', String(expected.deployments.twoTier.totalCost));
}

test('two saved scenarios are listed again after a reload, with their verdicts', async ({
  page,
}) => {
  await page.goto('/');
  await openPanel(page);
  // The name offered is the preset's while it is unedited.
  await expect(field(page, 'Name for the scenario on screen')).toHaveValue(
    'UK services firm of 40',
  );
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await field(page, /loaded share/i).fill('40');
  await expect(field(page, 'Name for the scenario on screen')).toHaveValue('Scenario 2');
  await saveAs(page, 'Heavier mix');

  await page.reload();
  await openPanel(page);
  await expect(savedItems(page)).toHaveCount(2);
  const [first, second] = [savedItems(page).nth(0), savedItems(page).nth(1)];
  await expect(first).toContainText('UK services firm of 40');
  await expect(first).toContainText(`Verdict: ${verdictNames[evaluate(defaultScenario).verdict]}`);
  await expect(second).toContainText('Heavier mix');
  await expect(second).toContainText(`Verdict: ${verdictNames[evaluate(HEAVIER).verdict]}`);
  // The date is today's, formatted for a reader, with the ISO date behind it.
  const saved = second.locator('time');
  const iso = (await saved.getAttribute('datetime')) ?? '';
  expect(Math.abs(Date.parse(iso) - Date.now())).toBeLessThan(5 * 60_000);
  await expect(saved).toHaveText(/^\d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}$/);
});

test('rename in place, duplicate, delete with undo; the changes survive a reload', async ({
  page,
}) => {
  await page.goto('/');
  await openPanel(page);
  await saveAs(page, 'Draft');

  await page.getByRole('button', { name: 'Rename “Draft”' }).click();
  const newName = page.getByRole('textbox', { name: 'New name for “Draft”' });
  await expect(newName).toBeFocused();
  await newName.fill('Q3 plan');
  await newName.press('Enter');
  await expect(savedItems(page)).toHaveCount(1);
  await expect(savedItems(page).first()).toContainText('Q3 plan');
  await expect(page.getByRole('button', { name: 'Rename “Q3 plan”' })).toBeFocused();

  // Escape leaves the name as it was.
  await page.getByRole('button', { name: 'Rename “Q3 plan”' }).click();
  await page.getByRole('textbox', { name: 'New name for “Q3 plan”' }).fill('Not this');
  await page.keyboard.press('Escape');
  await expect(savedItems(page).first()).toContainText('Q3 plan');

  await page.getByRole('button', { name: 'Duplicate “Q3 plan”' }).click();
  await expect(savedItems(page)).toHaveCount(2);
  await expect(savedItems(page).nth(1)).toContainText('Q3 plan (copy)');

  await page.getByRole('button', { name: 'Delete “Q3 plan (copy)”' }).click();
  await expect(savedItems(page)).toHaveCount(1);
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted “Q3 plan (copy)”.' }),
  ).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo delete of “Q3 plan (copy)”' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(savedItems(page)).toHaveCount(2);
  await expect(savedItems(page).nth(1)).toContainText('Q3 plan (copy)');

  await page.getByRole('button', { name: 'Delete “Q3 plan”', exact: true }).click();
  await page.reload();
  await openPanel(page);
  await expect(savedItems(page)).toHaveCount(1);
  await expect(savedItems(page).first()).toContainText('Q3 plan (copy)');
});

test('opening a saved scenario restores its inputs and results', async ({ page }) => {
  await page.goto('/');
  await openPanel(page);
  await field(page, /loaded share/i).fill('40');
  await field(page, /loaded inquiries the sorting catches/i).fill('60');
  await saveAs(page, 'Weak triage');
  await page.getByRole('combobox', { name: 'Start from' }).selectOption('klarna-hybrid');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('USD');

  await page.getByRole('button', { name: 'Open “Weak triage”' }).click();
  await expect(field(page, /loaded share/i)).toHaveValue('40');
  await expect(field(page, /loaded inquiries the sorting catches/i)).toHaveValue('60');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('GBP');
  await expectResultsOf(page, { ...defaultScenario, loadedShare: 0.4, routerRecall: 0.6 });
});

test('updating a saved scenario with the inputs on screen; it holds them on the next visit', async ({
  page,
}) => {
  await page.goto('/');
  await openPanel(page);
  await saveAs(page, 'Plan A');
  await field(page, /loaded share/i).fill('40');
  const update = page.getByRole('button', { name: 'Update with inputs on screen “Plan A”' });
  await update.click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Updated “Plan A” with the inputs on screen.' }),
  ).toBeVisible();
  await expect(update).toBeFocused();
  await expect(page.getByRole('button', { name: 'Undo update of “Plan A”' })).toBeVisible();
  await expect(savedItems(page)).toHaveCount(1);
  await expectNoAxeViolations(page);

  // A new visit, without the edited address: the inputs start from the default again.
  await page.goto('/');
  await openPanel(page);
  await expect(field(page, /loaded share/i)).toHaveValue('33');
  await page.getByRole('button', { name: 'Open “Plan A”' }).click();
  await expect(field(page, /loaded share/i)).toHaveValue('40');
  await expectResultsOf(page, HEAVIER);
});

test('two tabs: each shows the other’s saves, renames and deletes without a reload', async ({
  page,
  context,
  guard,
}) => {
  const other = await context.newPage();
  other.on('console', (message) => {
    if (message.type() === 'error') guard.problems.push(`second tab: ${message.text()}`);
  });
  other.on('pageerror', (error) => guard.problems.push(`second tab: ${error.message}`));
  await page.goto('/');
  await openPanel(page);
  await other.goto('/');
  await openPanel(other);

  await saveAs(page, 'From tab one');
  await expect(savedItems(other)).toHaveCount(1);
  await expect(savedItems(other).first()).toContainText('From tab one');
  await expect(
    other.getByRole('status').filter({ hasText: 'changed in another tab or window' }),
  ).toBeVisible();

  await saveAs(other, 'From tab two');
  await expect(savedItems(page)).toHaveCount(2);
  await expect(savedItems(page).nth(1)).toContainText('From tab two');

  await page.getByRole('button', { name: 'Rename “From tab two”' }).click();
  const newName = page.getByRole('textbox', { name: 'New name for “From tab two”' });
  await newName.fill('Renamed in tab one');
  await newName.press('Enter');
  await expect(savedItems(other).nth(1)).toContainText('Renamed in tab one');
  await other.getByRole('button', { name: 'Delete “From tab one”' }).click();
  await expect(savedItems(page)).toHaveCount(1);

  await page.reload();
  await openPanel(page);
  await expect(savedItems(page)).toHaveCount(1);
  await expect(savedItems(page).first()).toContainText('Renamed in tab one');
  await other.close();
});

test('damaged stored data: a message naming the entry, the good one kept, the bad one downloadable', async ({
  page,
}) => {
  const good = saveScenario(emptySavedScenarios, 'Good one', {
    scenario: HEAVIER,
    savedAt: '2026-01-05T10:00:00.000Z',
  }).collection;
  const junk = { name: 'Broken', scenario: 'not a scenario' };
  const document = JSON.parse(writeSavedScenarios(good)) as { entries: unknown[] };
  document.entries.push(junk);
  await seedStorage(page, JSON.stringify(document));
  await page.goto('/');
  await openPanel(page);

  const alert = page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' });
  await expect(alert).toContainText('Saved scenario 2 could not be read (it has no scenario)');
  await expect(savedItems(page)).toHaveCount(1);
  await expect(savedItems(page).first()).toContainText('Good one');

  const unreadable = page.getByRole('region', { name: 'Saved data that could not be read' });
  const downloading = page.waitForEvent('download');
  await unreadable.getByRole('button', { name: 'Download item 1 as text' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(junk);

  // The good one still opens.
  await page.getByRole('button', { name: 'Open “Good one”' }).click();
  await expect(field(page, /loaded share/i)).toHaveValue('40');

  await expectNoAxeViolations(page);
  await unreadable.getByRole('button', { name: /discard item 1/i }).click();
  await expect(unreadable).toHaveCount(0);
  await page.reload();
  await openPanel(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(savedItems(page)).toHaveCount(1);
});

test('data that is not JSON is kept whole, and saving again does not drop it', async ({ page }) => {
  const junk = '{"format": "two-tier-support-saved-scenarios", "entries": [ oops';
  await seedStorage(page, junk);
  await page.goto('/');
  await openPanel(page);
  await expect(page.getByRole('alert')).toContainText('damaged (not valid JSON)');
  await saveAs(page, 'Fresh start');
  await page.reload();
  await openPanel(page);
  await expect(savedItems(page)).toHaveCount(1);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download item 1 as text' }).click();
  expect(await readFile((await (await downloading).path())!, 'utf8')).toBe(junk);
});

test('storage refused: a message, and saving still works for the visit', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await openPanel(page);
  await expect(page.getByRole('alert')).toContainText('not letting the calculator store anything');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(savedItems(page)).toHaveCount(1);
  await expect(
    page.getByRole('status').filter({ hasText: 'kept only until this page is closed' }),
  ).toBeVisible();
  await field(page, /loaded share/i).fill('60');
  await expect(mainVerdict(page)).toHaveAttribute('data-value', 'hold-mix-dominated');
});

test('storage full: the save is refused with a message, the scenario kept for the visit', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await openPanel(page);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('alert')).toContainText('storage for this site is full');
  await expect(savedItems(page)).toHaveCount(1);
});

test('“Save this scenario” beside the verdict opens the save form with its name ready', async ({
  page,
}) => {
  await page.goto('/?loadedShare=0.4');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Save this scenario' }).click();
  const name = page.getByRole('textbox', { name: 'Name for the scenario on screen' });
  await expect(name).toBeFocused();
  await name.fill('Heavier mix');
  await page.getByRole('button', { name: 'Save scenario', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: 'Saved scenarios and comparison' })
      .getByRole('listitem')
      .filter({ hasText: 'Heavier mix' }),
  ).toHaveCount(1);
});
