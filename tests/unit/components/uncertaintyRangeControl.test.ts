// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import InputGroup from '../../../src/components/InputGroup.svelte';
import {
  movedEndsMessage,
  readRangeTexts,
  shownRangeTexts,
} from '../../../src/components/uncertainty/rangeDrafts';
import { Calculator } from '../../../src/state/calculator.svelte';

describe(readRangeTexts, () => {
  it('reads percentages around the field’s value', () => {
    expect(readRangeTexts('loadedShare', { low: '20', high: '50' }, 0.33)).toEqual({
      ok: true,
      range: { low: 0.2, likely: 0.33, high: 0.5 },
    });
  });

  it.each([
    [{ low: '40', high: '50' }, 'Loaded share: the low end is above the likely value.'],
    [{ low: '20', high: '30' }, 'Loaded share: the high end is below the likely value.'],
    [{ low: 'abc', high: '50' }, 'Loaded share must be a percentage, such as 33 (the low end)'],
    [{ low: '20', high: '' }, 'Loaded share is empty: enter a percentage (the high end)'],
    [{ low: '20', high: '150' }, 'Loaded share must be between 0% and 100% (the high end)'],
  ])('refuses %o with a message naming the field and the end', (texts, message) => {
    expect(readRangeTexts('loadedShare', texts, 0.33)).toEqual({ ok: false, message });
  });
});

describe('readRangeTexts, given money ends', () => {
  it('reads the scenario’s currency and thousands separators', () => {
    expect(
      readRangeTexts('lostClientValue', { low: '£4,500', high: '£9,000.00' }, 6000, 'GBP'),
    ).toEqual({ ok: true, range: { low: 4500, likely: 6000, high: 9000 } });
  });

  it('names the field and the end for another currency’s symbol', () => {
    expect(readRangeTexts('lostClientValue', { low: '$4,500', high: '9000' }, 6000, 'GBP')).toEqual(
      {
        ok: false,
        message:
          'Value of a lost client is in £: type the amount alone, or change the currency (the low end)',
      },
    );
  });
});

describe(movedEndsMessage, () => {
  const set = { low: 0.2, high: 0.43 };
  it.each([
    [{ low: 0.2, likely: 0.33, high: 0.43 }, ''],
    [{ low: 0.2, likely: 0.2, high: 0.43 }, ''], // the value reached an end without passing it
    [
      { low: 0.15, likely: 0.15, high: 0.43 },
      'Loaded share: low end moved to 15 % to stay at or below the likely value.',
    ],
    [
      { low: 0.2, likely: 0.5, high: 0.5 },
      'Loaded share: high end moved to 50 % to stay at or above the likely value.',
    ],
    [
      { low: 0.02, likely: 0.5, high: 0.5 },
      'Loaded share: low end moved to 2 % to stay at or below, and high end moved to 50 % to stay at or above the likely value.',
    ],
  ])('for a range set at 20 %–43 % now %o, says "%s"', (range, message) => {
    expect(movedEndsMessage('loadedShare', set, range, 'GBP')).toBe(message);
  });

  it('gives money in the scenario’s currency', () => {
    const range = { low: 4500, likely: 12000, high: 12000 };
    expect(movedEndsMessage('lostClientValue', { low: 4500, high: 9000 }, range, 'EUR')).toBe(
      'Value of a lost client: high end moved to €12000 to stay at or above the likely value.',
    );
  });
});

describe(shownRangeTexts, () => {
  const range = { low: 0.2, likely: 0.33, high: 0.43 };

  it('keeps what was typed while it is the range in force', () => {
    expect(shownRangeTexts('loadedShare', { low: '20.0', high: null }, range)).toEqual({
      low: '20.0',
      high: '43',
    });
  });

  it('keeps what was typed while it cannot be used', () => {
    expect(shownRangeTexts('loadedShare', { low: '2o', high: '43' }, range)).toEqual({
      low: '2o',
      high: '43',
    });
  });

  it('shows the range once it has moved on from what was typed', () => {
    const widened = { ...range, low: 0.1 };
    expect(shownRangeTexts('loadedShare', { low: '20', high: '43' }, widened)).toEqual({
      low: '10',
      high: '43',
    });
  });
});

describe('the “I’m not sure” control beside a numeric input', () => {
  const churn = 'Clients lost after a loaded inquiry handled badly';

  function renderChurn() {
    const calc = new Calculator();
    render(InputGroup, { title: 'Clients', fields: ['churnIfFumbledLoaded'], calc });
    const toggle = screen.getByRole('button', { name: `I'm not sure about ${churn}` });
    return { calc, toggle };
  }
  const end = (name: 'Low' | 'High') =>
    screen.getByRole('textbox', { name: `${churn}, ${name}` }) as HTMLInputElement;
  /** Opens the control; its ends load on first use. */
  async function open(toggle: HTMLElement) {
    await fireEvent.click(toggle);
    await screen.findByRole('textbox', { name: /, Low$/ });
  }
  const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });

  it('opens low and high ends around the value, prefilled with the default swing', async () => {
    const { calc, toggle } = renderChurn();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: `${churn}, Low` })).toBeNull();

    await open(toggle);
    // 10 % is below 20 %: it swings by half its value, 5 points either way.
    expect(calc.ranges.churnIfFumbledLoaded).toEqual({ low: 0.05, likely: 0.1, high: 0.15 });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect([end('Low').value, end('High').value]).toEqual(['5', '15']);
  });

  it('keeps a bad end as typed with its message, and the last good range in force', async () => {
    const { calc, toggle } = renderChurn();
    await open(toggle);
    await type(end('High'), '20');
    expect(calc.ranges.churnIfFumbledLoaded).toEqual({ low: 0.05, likely: 0.1, high: 0.2 });

    await type(end('Low'), '12');
    expect(screen.getByText(`${churn}: the low end is above the likely value.`)).toBeTruthy();
    expect(end('Low').value).toBe('12');
    expect(end('Low').getAttribute('aria-invalid')).toBe('true');
    expect(calc.ranges.churnIfFumbledLoaded).toEqual({ low: 0.05, likely: 0.1, high: 0.2 });

    await type(end('Low'), '2.');
    expect(end('Low').value).toBe('2.');
    expect(end('Low').getAttribute('aria-invalid')).toBeNull();
    expect(calc.ranges.churnIfFumbledLoaded).toEqual({ low: 0.02, likely: 0.1, high: 0.2 });
  });

  it('follows the input’s value, widening the range to hold it, and says so', async () => {
    const { calc, toggle } = renderChurn();
    await open(toggle);
    const moved = screen.getByRole('status');
    expect(moved.textContent).toBe('');

    await type(screen.getByRole('textbox', { name: churn }), '25');
    expect(calc.ranges.churnIfFumbledLoaded).toEqual({ low: 0.05, likely: 0.25, high: 0.25 });
    expect([end('Low').value, end('High').value]).toEqual(['5', '25']);
    expect(moved.textContent).toBe(
      `${churn}: high end moved to 25 % to stay at or above the likely value.`,
    );

    // Setting an end again is the person's own range: the message goes.
    await type(end('High'), '30');
    expect(moved.textContent).toBe('');
  });

  it('opens by itself for a range that came with a link or a saved scenario', async () => {
    const calc = new Calculator();
    calc.setRange('churnIfFumbledLoaded', { low: 0.05, likely: 0.1, high: 0.2 });
    render(InputGroup, { title: 'Clients', fields: ['churnIfFumbledLoaded'], calc });
    const toggle = screen.getByRole('button', { name: `I'm not sure about ${churn}` });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await screen.findByRole('textbox', { name: `${churn}, Low` });
    expect([end('Low').value, end('High').value]).toEqual(['5', '20']);
  });

  it('removes the range when closed', async () => {
    const { calc, toggle } = renderChurn();
    await open(toggle);
    await fireEvent.click(toggle);
    expect(calc.ranges).toEqual({});
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows money ends with the currency symbol', async () => {
    const calc = new Calculator();
    render(InputGroup, { title: 'AI', fields: ['aiCostPerInquiry'], calc });
    await open(screen.getByRole('button', { name: "I'm not sure about AI cost per inquiry" }));
    // £0.80 ± 25 %: £0.60 to £1.
    const low = screen.getByRole('textbox', { name: 'AI cost per inquiry, Low' });
    expect((low as HTMLInputElement).value).toBe('0.6');
    expect(low.previousElementSibling?.textContent).toBe('£');
  });
});
