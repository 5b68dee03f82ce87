/**
 * Checks on a chart's downloads that the calculator's charts and the
 * uncertainty panel's share: the PNG is the drawn chart with its title and
 * legend on an opaque background, and the CSV is for a spreadsheet, its numbers
 * plain (no currency sign, no grouping) under headings that name their unit.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect } from './fixtures';

/** The columns of a chart's CSV that hold words; every other one holds numbers only. */
const textColumns = new Set(['Option', 'Input', 'Note', 'Unit', 'Recommended instead']);
const plainNumber = /^-?\d+(\.\d+)?(e-\d+)?$/;

/** Clicks a download button of the page by its accessible name and returns the file. */
export async function download(page: Page, button: string): Promise<Download> {
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  return saved;
}

/** The alpha of a PNG's top-left pixel, decoded by the browser. */
function cornerAlpha(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, 1, 1).data[3]!;
  }, png.toString('base64'));
}

/**
 * Downloads the PNG of the figure's chart (`name` in the file name) and checks
 * that it is the drawn canvas with room for the title and legend above it.
 */
export async function expectChartPng(
  page: Page,
  figure: Locator,
  name: string,
  title: string,
): Promise<void> {
  const canvas = figure.locator('canvas[data-chart-id]');
  await expect(canvas).toHaveCount(1); // drawn
  const picture = await download(page, `Download PNG: ${title}`);
  expect(picture.suggestedFilename()).toBe(`two-tier-${name}-chart.png`);
  const png = await readFile(await picture.path());
  // KEEP_CHART_PNG=/tmp/chart keeps each picture to look at (/tmp/chart-asymmetry.png…).
  if (process.env.KEEP_CHART_PNG) await picture.saveAs(`${process.env.KEEP_CHART_PNG}-${name}.png`);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, at bytes 16 and 20: the canvas's width, and its
  // height with the title and legend above it.
  const [width, height] = await canvas.evaluate((node: HTMLCanvasElement) => [
    node.width,
    node.height,
  ]);
  expect(png.readUInt32BE(16)).toBe(width);
  expect(png.readUInt32BE(20)).toBeGreaterThan(height! + 40);
  expect(png.readUInt32BE(20)).toBeLessThan(height! * 2);
  expect(await cornerAlpha(page, png)).toBe(255); // on the page's background, not transparent
}

/**
 * Downloads the CSV of the chart titled `title` (`name` in the file name),
 * checks that every cell outside the columns of words is a plain number, and
 * returns its rows keyed by heading.
 */
export async function chartCsv(
  page: Page,
  name: string,
  title: string,
): Promise<Record<string, string>[]> {
  const data = await download(page, `Download data (CSV): ${title}`);
  expect(data.suggestedFilename()).toBe(`two-tier-${name}-data.csv`);
  const { data: rows, errors } = Papa.parse<Record<string, string>>(
    await readFile(await data.path(), 'utf8'),
    { header: true },
  );
  expect(errors).toEqual([]);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    for (const [heading, cell] of Object.entries(row)) {
      if (!textColumns.has(heading)) expect(cell, `${name}: ${heading}`).toMatch(plainNumber);
    }
  }
  return rows;
}

/** "Total (GBP)" -> "Total": the table's own heading of a CSV column. */
export function shownHeading(csvHeading: string): string {
  return csvHeading.replace(/ \([^)]*\)$/, '');
}
