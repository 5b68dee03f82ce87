/**
 * The calculator and the sorting worksheet as one flow: the owner's scenario
 * goes to the worksheet and comes back with only the measured fields changed,
 * each as a range, and the calculator says which fields came from the worksheet.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands, openSavedScenarios } from './fixtures';
import { defaultScenario, evaluate, fieldMeta, type Scenario } from '../../src/model';
import { wilsonInterval } from '../../src/model/segment';

const SCENARIO = '/?inquiriesPerMonth=1200&lostClientValue=3000';

// 24 inquiries as a small firm gets them, one a line: some carry weight, most do not.
const INQUIRIES = [
  'This is the third time I have asked and nobody has called me back. I am furious.',
  'Can I move my appointment from Tuesday to Thursday?',
  'Please send a copy of last month’s invoice.',
  'My mother passed away last week and I need to close her account.',
  'What time do you open on Saturdays?',
  'I want a refund, the work was botched and I am disgusted.',
  'Could you confirm the address for the meeting?',
  'Is parking available near your office?',
  'I have been waiting six weeks for the report you promised. This is unacceptable.',
  'Please update my phone number to 07700 900123.',
  'Do you accept card payments?',
  'I am going to report you to the ombudsman if this is not fixed today.',
  'Can I get a quote for a second room?',
  'Thanks for the quick reply yesterday.',
  'How long does the annual review take?',
  'I am really worried, I cannot pay this bill and I am scared of losing the house.',
  'Please cancel my booking for the 14th.',
  'Where do I find the form for the renewal?',
  'Can you resend the link to the portal?',
  'We are leaving after ten years. Nobody listens to us any more.',
  'Could you add my partner to the account?',
  'What documents should I bring on Monday?',
  'Is the price on your website including VAT?',
  'Can the engineer come in the morning instead?',
];

const metric = (page: Page, name: string) => page.locator(`[data-metric="segment.${name}"]`);
const handOver = (page: Page) =>
  page.getByRole('link', { name: 'Use these numbers in the calculator' });

/** Follows one of the calculator's links to the worksheet, found by its name ("Measure it" unless given). */
async function followWorksheetLink(page: Page, name: RegExp = /^Measure it/): Promise<void> {
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/segment\/\?/);
  await waitForIslands(page);
}

/** Pastes the inquiries and confirms every suggestion from the keyboard. */
async function pasteAndConfirmAll(page: Page): Promise<void> {
  await page.getByLabel('Paste inquiries').fill(INQUIRIES.join('\n'));
  await page.getByRole('button', { name: 'Read these inquiries' }).click();
  await expect(metric(page, 'sampleSize')).toHaveAttribute('data-value', '24');
  await page.getByRole('button', { name: /^(Loaded|Routine) \(row 1,/ }).focus();
  for (let row = 0; row < INQUIRIES.length; row += 1) await page.keyboard.press('c');
  await expect(metric(page, 'reviewedCount')).toHaveAttribute('data-value', '24');
}

/** A link value `low~likely~high` as numbers. */
function rangeOf(text: string | null): { low: number; likely: number; high: number } {
  const parts = (text ?? '').split('~').map(Number);
  expect(parts).toHaveLength(3);
  const [low, likely, high] = parts as [number, number, number];
  return { low, likely, high };
}

/** The range is the Wilson 95 % interval of count/trials, ends rounded outwards to 4 decimals. */
function expectWilsonRange(text: string | null, count: number, trials: number): number {
  const range = rangeOf(text);
  const interval = wilsonInterval(count, trials)!;
  expect(range.likely).toBeCloseTo(count / trials, 4);
  expect(range.low).toBeLessThanOrEqual(interval.low);
  expect(range.low).toBeGreaterThan(interval.low - 1e-4);
  expect(range.high).toBeGreaterThanOrEqual(interval.high);
  expect(range.high).toBeLessThan(interval.high + 1e-4);
  return range.likely;
}

async function expectFiguresOf(page: Page, scenario: Scenario): Promise<void> {
  const expected = evaluate(scenario);
  await expect(page.locator('[data-metric="verdict"]').first()).toHaveAttribute(
    'data-value',
    expected.verdict,
  );
  await expect(page.locator('[data-metric="twoTier.totalCost"]').first()).toHaveAttribute(
    'data-value',
    String(expected.deployments.twoTier.totalCost),
  );
}

test('the owner’s scenario survives the trip to the worksheet and back, with ranges for what was measured', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(SCENARIO);
  await waitForIslands(page);
  await followWorksheetLink(page);
  const measuringFor = page.locator('p').filter({ hasText: /^Measuring for:/ });
  await expect(measuringFor).toContainText('1,200 inquiries a month');
  await expect(measuringFor).toContainText('£3,000 a lost client');

  await pasteAndConfirmAll(page);
  const loadedCount = Number(await metric(page, 'loadedCount').getAttribute('data-value'));
  // Every suggestion confirmed: the signals agree with every mark, a bare 100 % and 0 % if sent as points.
  await expect(page.getByRole('list', { name: 'Small samples' })).toContainText(
    'a small sample, so its range is wide',
  );
  await expect(page.getByText(/^Goes across:/)).toContainText(
    'Everything else stays as you had it.',
  );
  await handOver(page).click();
  await expect(page).toHaveURL(/[?&]from=segment/);
  await waitForIslands(page);

  const query = new URL(page.url()).searchParams;
  expect(query.get('inquiriesPerMonth')).toBe('1200');
  expect(query.get('lostClientValue')).toBe('3000');
  const loadedShare = expectWilsonRange(query.get('loadedShare'), loadedCount, 24);
  // Confirmed suggestions: every loaded row was caught and no routine row flagged.
  const recall = query.get('routerRecall');
  const falseAlarms = query.get('routerFalseAlarmRate');
  if (loadedCount > 0) expectWilsonRange(recall, loadedCount, loadedCount);
  else expect(recall).toBeNull();
  if (loadedCount < 24) expectWilsonRange(falseAlarms, 0, 24 - loadedCount);
  else expect(falseAlarms).toBeNull();

  const note = page.getByRole('status').filter({ hasText: 'From the sorting worksheet' });
  await expect(note).toContainText(fieldMeta('loadedShare').label);
  if (recall) await expect(note).toContainText(fieldMeta('routerRecall').label);
  await expectFiguresOf(page, {
    ...defaultScenario,
    inquiriesPerMonth: 1200,
    lostClientValue: 3000,
    loadedShare,
    ...(recall && { routerRecall: rangeOf(recall).likely }),
    ...(falseAlarms && { routerFalseAlarmRate: rangeOf(falseAlarms).likely }),
  });
  await expect(
    page.getByRole('textbox', { name: fieldMeta('inquiriesPerMonth').label }),
  ).toHaveValue(/^1,?200$/);
});

/** Counts typed into the tally: 10 loaded of 40, Wilson [0.14186, 0.40386]. */
async function tally(page: Page): Promise<void> {
  await page.getByLabel('I have sorted them already: just enter the counts').check();
  await page.getByLabel('Routine inquiries').fill('30');
  await page.getByLabel('Loaded inquiries').fill('10');
  await expect(metric(page, 'loadedShare')).toHaveAttribute('data-value', '0.25');
}

test('a saved scenario opened on the calculator goes to the worksheet and comes back whole', async ({
  page,
}) => {
  await page.goto(SCENARIO);
  await waitForIslands(page);
  await openSavedScenarios(page);
  await page.getByRole('textbox', { name: 'Name for the scenario on screen' }).fill('Q3 plan');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Q3 plan”.' })).toBeVisible();

  await page.goto('/');
  await waitForIslands(page);
  await openSavedScenarios(page);
  await page.getByRole('button', { name: 'Open “Q3 plan”' }).click();
  await expect(
    page.getByRole('textbox', { name: fieldMeta('inquiriesPerMonth').label }),
  ).toHaveValue(/^1,?200$/);
  await followWorksheetLink(page);
  await expect(page.locator('p').filter({ hasText: /^Measuring for:/ })).toContainText(
    '“Q3 plan”: 1,200 inquiries',
  );
  await tally(page);
  await handOver(page).click();
  await expect(page).toHaveURL(/[?&]from=segment/);

  const query = new URL(page.url()).searchParams;
  expect(query.get('name')).toBe('Q3 plan');
  expect(query.get('inquiriesPerMonth')).toBe('1200');
  expect(query.get('lostClientValue')).toBe('3000');
  expectWilsonRange(query.get('loadedShare'), 10, 40);
  // A tally measures no triage: the calculator keeps its own.
  expect(query.get('routerRecall')).toBeNull();
  await waitForIslands(page);
  await expectFiguresOf(page, {
    ...defaultScenario,
    inquiriesPerMonth: 1200,
    lostClientValue: 3000,
    loadedShare: 0.25,
  });
});

test('a shared link’s preset, name, ranges and seed come back from the worksheet unchanged', async ({
  page,
}) => {
  const shared =
    'v=1&preset=klarna-hybrid&name=Board%20pack&churnIfFumbledLoaded=0.05~0.1~0.2&seed=7';
  await page.goto(`/?${shared}`);
  await waitForIslands(page);
  await followWorksheetLink(page);
  await tally(page);
  await handOver(page).click();
  await expect(page).toHaveURL(/[?&]from=segment/);
  const query = new URL(page.url()).searchParams;
  expect(query.get('preset')).toBe('klarna-hybrid');
  expect(query.get('name')).toBe('Board pack');
  expect(query.get('churnIfFumbledLoaded')).toBe('0.05~0.1~0.2');
  expect(query.get('seed')).toBe('7');
  expectWilsonRange(query.get('loadedShare'), 10, 40);
  await waitForIslands(page);
  await expect(page.getByText(/of the link you opened could not be used/)).toHaveCount(0);
});

test.describe('every way from the calculator to the worksheet carries the scenario', () => {
  // 1,200 a month with 45 % loaded: the verdict asks to measure the sorting before trusting it.
  const segmentFirst = '/?inquiriesPerMonth=1200&loadedShare=0.45';
  for (const [where, name] of [
    ['the site header', /^Sort your inquiries$/],
    ['the loaded share', /^Measure it/],
    ['the verdict', /^Measure your sorting/],
  ] as const) {
    test(`from ${where}`, async ({ page }) => {
      await page.goto(segmentFirst);
      await waitForIslands(page);
      await expect(page.locator('[data-metric="verdict"]').first()).toHaveAttribute(
        'data-value',
        'segment-first',
      );
      // A change made on the page, not only what the link held, goes along.
      await page.getByRole('textbox', { name: fieldMeta('activeClients').label }).fill('250');
      await expect(page.locator('[data-metric="verdict"]').first()).toHaveAttribute(
        'data-value',
        'segment-first',
      );
      await followWorksheetLink(page, name);
      const query = new URL(page.url()).searchParams;
      expect(query.get('inquiriesPerMonth')).toBe('1200');
      expect(query.get('loadedShare')).toBe('0.45');
      expect(query.get('activeClients')).toBe('250');
      await expect(page.locator('p').filter({ hasText: /^Measuring for:/ })).toContainText(
        '1,200 inquiries a month',
      );
    });
  }
});
