/**
 * A person prints a one-page summary: with the "Print summary" button, or
 * straight from the browser, as a PDF on A4 and on US Letter, even the moment
 * a page opened from a shared link has loaded (with the guard's routing slowing
 * every fetch, which the load event then waits for). Each PDF has
 * exactly one page and carries the verdict sentence; the charts are pictures
 * sharp enough for paper; the key inputs and any other that differs from the
 * default, each with its value, the date, the model version, the share link
 * and its QR code are on it; nothing meant only for the screen is.
 *
 * The PDFs are read with poppler-utils (pdfinfo, pdftotext), which
 * scripts/ensure-chromium.mjs installs beside Chromium.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';
import { modelVersion } from '../../src/model/version';
import { printedDate, printedInputs, qrCodeSvg } from '../../src/display/printSummary';
import { defaultScenario } from '../../src/model';

/** A link that changes all 30 inputs from the default: the longest list the summary prints. */
const everyInputChanged = [
  'v=1&currency=AUD&inquiriesPerMonth=2345678&loadedShare=0.3725&activeClients=85123456',
  'lostClientValue=45.5&humanCostPerInquiry=2.25&minutesPerHumanInquiry=12.5',
  'loadedHandlingMultiplier=1.75&fteHoursPerMonth=137.5&aiCostPerInquiry=0.315',
  'aiPlatformPerMonth=123456&aiSetupCost=2345678&triageCostPerInquiry=0.025&routerRecall=0.915',
  'routerFalseAlarmRate=0.035&aiEscalationRateRoutine=0.125&aiEscalationRateLoaded=0.45',
  'fumbleRateHumanRoutine=0.015&fumbleRateHumanLoaded=0.035&fumbleRateAiRoutine=0.0325',
  'fumbleRateAiLoaded=0.225&churnIfFumbledRoutine=0.0125&churnIfFumbledLoaded=0.335',
  'wrongAnswerRate=0.0025&costPerWrongAnswer=125.5&humansUseAiAssist=true&assistTimeSaving=0.275',
  'assistCostPerInquiry=0.325&horizonMonths=60&churnLagMonths=4',
].join('&');

const summary = (page: Page) =>
  page.getByRole('region', {
    name: /^Two-Tier Support Calculator: summary/,
    includeHidden: true,
  });
const field = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true });
const headline = (page: Page) =>
  page.getByRole('region', { name: 'Verdict' }).getByRole('status').locator('p').last();

/** Whitespace folded to single spaces, ligatures undone: text as a sentence, whatever its line breaks. */
const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Waits until the summary has loaded (it does on first use of the page, or once
 * the page has been quiet for six seconds) and its chart pictures show the
 * inputs on screen (they are redrawn as typing pauses).
 */
async function summaryReady(page: Page): Promise<void> {
  await expect(summary(page).locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false', {
    timeout: 15_000,
  });
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' });
  } catch (error) {
    throw new Error(
      `${command} failed (${(error as Error).message}). It comes with poppler-utils: ` +
        'node scripts/ensure-chromium.mjs installs it on Debian.',
    );
  }
}

/** Prints the page to a PDF of the given paper; returns its page count and its text. */
async function printPdf(page: Page, format: 'A4' | 'Letter', testInfo: TestInfo, tag: string) {
  const file = testInfo.outputPath(`summary-${tag}-${format}.pdf`);
  writeFileSync(file, await page.pdf({ format }));
  const info = run('pdfinfo', [file]);
  const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return { pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]), text: words(text), info };
}

/** Both papers: one page each, the verdict sentence and the given phrases in the text. */
async function expectOnePageWith(
  page: Page,
  testInfo: TestInfo,
  tag: string,
  phrases: readonly string[],
) {
  const sentence = words(await headline(page).innerText());
  expect(sentence.length).toBeGreaterThan(40);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printPdf(page, format, testInfo, tag);
    expect(pdf.info).toMatch(format === 'A4' ? /Page size:.*\(A4\)/ : /Page size:.*\(letter\)/);
    expect(pdf.pages, `${format} pages`).toBe(1);
    expect(pdf.text).toContain(sentence);
    for (const phrase of phrases) expect(pdf.text, `${format}: ${phrase}`).toContain(phrase);
  }
}

/** Print media, at the width of an A4 page inside its margins (186 mm), for a screenshot to look at. */
async function viewAsPaper(page: Page, testInfo: TestInfo, tag: string) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.screenshot({ path: testInfo.outputPath(`print-${tag}.png`), fullPage: true });
}

/** On paper: the summary and the results it keeps are shown, the screen's controls are not. */
async function expectPaperLayout(page: Page) {
  await expect(summary(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Verdict' })).toBeVisible();
  await expect(page.getByRole('table', { name: /key figures/i })).toBeVisible();
  for (const hidden of [
    page.getByRole('button', { name: 'Print summary' }),
    page.getByRole('navigation', { name: 'Site' }),
    page.getByRole('heading', { name: 'Your firm' }),
    page.getByRole('heading', { name: 'Where the money goes' }),
    page.getByRole('combobox', { name: 'Start from' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  // The screen's charts are canvases; paper gets pictures drawn for it instead.
  await expect(page.locator('canvas:visible')).toHaveCount(0);
}

/** Each printed chart is a picture with at least three image pixels per CSS pixel (~290 dpi on paper). */
async function expectSharpCharts(page: Page) {
  for (const name of ['Chart: what each option costs a month', /Chart: month by month/]) {
    const picture = summary(page).getByRole('img', { name });
    await expect(picture).toBeVisible();
    const { natural, shown } = await picture.evaluate((img: HTMLImageElement) => ({
      natural: img.naturalWidth,
      shown: img.getBoundingClientRect().width,
    }));
    expect(natural / shown).toBeGreaterThanOrEqual(3);
  }
}

test.describe('printing the moment a shared link has loaded', () => {
  const shared = { ...defaultScenario, loadedShare: 0.4, lostClientValue: 4000 };
  for (const format of ['A4', 'Letter'] as const) {
    test(`gives one page of ${format} with the link, and every key input with its value`, async ({
      page,
    }, testInfo) => {
      await page.goto('/?loadedShare=0.4&lostClientValue=4000', { waitUntil: 'load' });
      const pdf = await printPdf(page, format, testInfo, 'at-load');
      expect(pdf.pages).toBe(1);
      // The address may break across lines on paper: read it with the spaces taken out.
      expect(pdf.text.replace(/ /g, '')).toContain('/?v=1&loadedShare=0.4&lostClientValue=4000');
      const { listed, asDefault } = printedInputs(shared);
      // The two changed inputs, and the key inputs left as they were, each with its value.
      expect(listed.map((input) => input.field)).toEqual(
        expect.arrayContaining(['loadedShare', 'lostClientValue', 'inquiriesPerMonth']),
      );
      for (const input of listed) {
        const yours = `${input.value}${input.unit ? ` ${input.unit}` : ''}`;
        expect(pdf.text).toContain(`${input.label} ${yours} ${input.defaultValue}`);
      }
      expect(pdf.text).toContain(`As the default: ${asDefault[0]}`);
      // The figures are the link's, not the page's defaults: the verdict on paper is the one on screen.
      expect(pdf.text).toContain(words(await headline(page).innerText()));
    });
  }
});

test.describe('printing a one-page summary', () => {
  test('the labelled Print summary button prepares the summary and opens printing', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForIslands(page);
    const button = page.getByRole('button', { name: 'Print summary' });
    await expect(button).toBeVisible();
    // Headless Chromium has no print dialog: count the calls instead.
    await page.evaluate(() => {
      const counted = window as unknown as { prints: number };
      counted.prints = 0;
      window.print = () => {
        counted.prints += 1;
      };
    });
    await button.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { prints: number }).prints))
      .toBe(1);
    await summaryReady(page);
    // On screen the summary takes no room and stays out of the accessibility tree.
    await expect(summary(page)).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test('the default scenario prints on one page of A4 and of US Letter', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await waitForIslands(page);
    await summaryReady(page);
    await viewAsPaper(page, testInfo, 'default');
    await expectPaperLayout(page);
    await expectSharpCharts(page);
    await expectOnePageWith(page, testInfo, 'default', [
      `Printed ${printedDate(new Date())}`,
      `Model version ${modelVersion}`,
      'Your inputs',
      'As the default:',
      'Key figures a month',
      'What each option costs a month',
      'Month by month: the month-four trap',
    ]);
  });

  test('Klarna’s hybrid with changed inputs prints on one page, listing them, with its link and QR code', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await waitForIslands(page);
    await page
      .getByRole('combobox', { name: 'Start from' })
      .selectOption({ label: 'Klarna’s hybrid' });
    await summaryReady(page);
    const before = await summary(page)
      .getByRole('img', { name: /costs a month/, includeHidden: true })
      .getAttribute('src');

    await field(page, 'Loaded share').fill('41');
    await field(page, 'Loaded inquiries the sorting catches').fill('87');
    await field(page, 'Inquiries per month').fill('2500000');
    await page.getByText('Advanced inputs').click();
    await field(page, 'Months shown').fill('36');
    await field(page, 'Months before lost clients show').fill('2');
    await summaryReady(page);
    const after = await summary(page)
      .getByRole('img', { name: /costs a month/, includeHidden: true })
      .getAttribute('src');
    expect(after, 'the printed chart follows the inputs').not.toBe(before);

    await viewAsPaper(page, testInfo, 'klarna');
    await expectPaperLayout(page);
    await expectSharpCharts(page);
    await expectOnePageWith(page, testInfo, 'klarna', [
      'Klarna’s hybrid preset, edited',
      'Your inputs',
      // Label, yours (with its unit), the default.
      'Inquiries per month 2,500,000 a month 400',
      'Loaded share 41% 33%',
      'Loaded inquiries the sorting catches 87% 90%',
      'Months shown 36 months 24',
      'Months before lost clients show 2 months 3',
      'Currency USD GBP',
    ]);

    // The printed link is the page's own address, which opens these figures; the QR code is of it.
    const link = summary(page).getByRole('link');
    const address = await link.innerText();
    expect(await link.getAttribute('href')).toBe(address);
    await expect.poll(() => page.url()).toBe(address);
    const drawn = await summary(page)
      .getByRole('img', { name: 'QR code of the link' })
      .locator('path')
      .getAttribute('d');
    expect(drawn).toBe(/ d="([^"]+)"/.exec(qrCodeSvg(address))?.[1]);

    const opened = await page.context().newPage();
    await opened.goto(address);
    await expect(field(opened, 'Loaded share')).toHaveValue('41');
    await expect(field(opened, 'Inquiries per month')).toHaveValue('2500000');
    await expect(opened.getByRole('combobox', { name: 'Currency' })).toHaveValue('USD');
    await opened.close();
  });

  test('a scenario with every input changed and a long name still prints on one page', async ({
    page,
  }, testInfo) => {
    const name = 'A scenario whose owner gave it a long name '.repeat(5).trim();
    await page.goto(`/?${everyInputChanged}&name=${encodeURIComponent(name)}`);
    await waitForIslands(page);
    await expect(field(page, 'Inquiries per month')).toHaveValue('2345678');
    await summaryReady(page);
    await viewAsPaper(page, testInfo, 'every-input');
    await expectOnePageWith(page, testInfo, 'every-input', [
      'Assistant cost per inquiry A$0.325 per inquiry £0.30',
      'People draft with an AI assistant on off',
    ]);
  });
});
