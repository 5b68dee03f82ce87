// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SavedPanel from '../../../src/components/saved/SavedPanel.svelte';
import { defaultScenario } from '../../../src/model';
import { Calculator } from '../../../src/state/calculator.svelte';
import {
  readSavedScenarios,
  savedScenariosKey,
  writeSavedScenarios,
  type SavedScenarios,
} from '../../../src/state/savedScenarios';

const MONDAY = '2026-01-05T10:00:00.000Z';

function stored(): SavedScenarios {
  return readSavedScenarios(localStorage.getItem(savedScenariosKey)).collection;
}

function renderPanel(calc = new Calculator()) {
  render(SavedPanel, { calc });
  return calc;
}

const nameField = () => screen.getByRole('textbox', { name: 'Name for the scenario on screen' });
const items = () =>
  within(screen.getByRole('list', { name: 'Your saved scenarios' })).getAllByRole('listitem');

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(MONDAY));
});
afterEach(() => vi.useRealTimers());

describe('SavedPanel', () => {
  it('saves the scenario with its preset and ranges, dated at the click, under the offered name', async () => {
    const calc = renderPanel();
    calc.setRange('churnIfFumbledLoaded', { low: 0.05, likely: 0.1, high: 0.2 });
    expect(nameField()).toHaveProperty('value', 'UK services firm of 40');
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));

    const [entry] = stored().entries;
    expect(entry).toMatchObject({
      id: 's1',
      name: 'UK services firm of 40',
      savedAt: MONDAY,
      presetId: 'uk-services-40',
      scenario: defaultScenario,
      ranges: { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } },
    });
    expect(screen.getByText('Saved “UK services firm of 40”.').getAttribute('role')).toBe('status');
    // Its name is taken now: the next one offered is "Scenario 2".
    expect(nameField()).toHaveProperty('value', 'Scenario 2');
  });

  it('offers "Scenario N" once the preset is edited, and keeps a typed name', async () => {
    const calc = renderPanel();
    calc.setField('loadedShare', '40');
    await tick();
    expect(nameField()).toHaveProperty('value', 'Scenario 1');
    await fireEvent.input(nameField(), { target: { value: 'Heavier mix' } });
    calc.setField('loadedShare', '41');
    await tick();
    expect(nameField()).toHaveProperty('value', 'Heavier mix');
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(stored().entries.map((entry) => [entry.name, entry.scenario.loadedShare])).toEqual([
      ['Heavier mix', 0.41],
    ]);
  });

  it('opens a saved scenario into the calculator with its preset, ranges and name', async () => {
    localStorage.setItem(
      savedScenariosKey,
      writeSavedScenarios({
        entries: [
          {
            id: 's1',
            name: 'Q3 plan',
            savedAt: MONDAY,
            scenario: { ...defaultScenario, loadedShare: 0.4 },
            ranges: { loadedShare: { low: 0.3, likely: 0.4, high: 0.5 } },
          },
        ],
        unreadable: [],
      }),
    );
    const calc = renderPanel();
    expect(items()[0]!.textContent).toContain('Verdict: People for now: measure the sorting');
    await fireEvent.click(screen.getByRole('button', { name: /^Open\s*“Q3 plan”$/ }));
    expect(calc.scenario.loadedShare).toBe(0.4);
    expect(calc.presetId).toBeNull();
    expect(calc.ranges).toEqual({ loadedShare: { low: 0.3, likely: 0.4, high: 0.5 } });
    expect(calc.name).toBe('Q3 plan');
  });

  it('deletes with an undo that puts the entry back where it was', async () => {
    renderPanel();
    for (const name of ['A', 'B', 'C']) {
      await fireEvent.input(nameField(), { target: { value: name } });
      await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    }
    await fireEvent.click(screen.getByRole('button', { name: /^Delete\s*“B”$/ }));
    expect(stored().entries.map((entry) => entry.name)).toEqual(['A', 'C']);
    await fireEvent.click(screen.getByRole('button', { name: /^Undo delete\s*of “B”$/ }));
    expect(stored().entries.map((entry) => entry.name)).toEqual(['A', 'B', 'C']);
    expect(screen.queryByRole('button', { name: /undo delete/i })).toBeNull();
  });

  it('updates an entry with the inputs on screen, says so, and can undo it', async () => {
    const calc = renderPanel();
    await fireEvent.input(nameField(), { target: { value: 'Plan A' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    calc.setField('loadedShare', '40');
    await tick();
    const update = screen.getByRole('button', {
      name: /^Update with inputs on screen\s*“Plan A”$/,
    });
    update.focus();
    await fireEvent.click(update);

    expect(stored().entries.map((entry) => [entry.name, entry.scenario.loadedShare])).toEqual([
      ['Plan A', 0.4],
    ]);
    expect(
      screen.getByText('Updated “Plan A” with the inputs on screen.').getAttribute('role'),
    ).toBe('status');
    // The button stays, so the focus stays on it; the undo is beside the message.
    expect(document.activeElement).toBe(update);
    await fireEvent.click(screen.getByRole('button', { name: /^Undo update\s*of “Plan A”$/ }));
    expect(stored().entries[0]?.scenario.loadedShare).toBe(0.33);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Your saved scenarios' }),
    );
  });

  it('says when an update used the last valid values', async () => {
    const calc = renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    calc.setField('loadedShare', '40');
    calc.setField('inquiriesPerMonth', '-5');
    await tick();
    await fireEvent.click(screen.getByRole('button', { name: /^Update with inputs on screen/ }));
    expect(stored().entries[0]?.scenario).toMatchObject({
      loadedShare: 0.4,
      inquiriesPerMonth: 400,
    });
    expect(
      screen.getByText(/Some inputs are invalid: their last valid values were used\.$/),
    ).toBeTruthy();
  });

  it('shows a scenario saved in another tab when the browser says storage changed', async () => {
    renderPanel();
    localStorage.setItem(
      savedScenariosKey,
      writeSavedScenarios({
        entries: [
          { id: 's1', name: 'From the other tab', savedAt: MONDAY, scenario: defaultScenario },
        ],
        unreadable: [],
      }),
    );
    window.dispatchEvent(
      new StorageEvent('storage', { key: savedScenariosKey, storageArea: localStorage }),
    );
    await tick();
    expect(items().map((item) => item.querySelector('.name')?.textContent)).toEqual([
      'From the other tab',
    ]);
  });

  it('offers no undo once something else has changed, so ids never collide', async () => {
    renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    await fireEvent.click(screen.getByRole('button', { name: /^Delete/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.queryByRole('button', { name: /undo delete/i })).toBeNull();
  });

  it('keeps unreadable data, downloadable, and discards it only after a download', async () => {
    localStorage.setItem(savedScenariosKey, 'definitely not JSON');
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    renderPanel();
    expect(screen.getByRole('alert').textContent).toContain('not valid JSON');
    const region = screen.getByRole('region', { name: 'Saved data that could not be read' });
    expect(within(region).queryByRole('button', { name: /discard/i })).toBeNull();

    await fireEvent.click(within(region).getByRole('button', { name: 'Download item 1 as text' }));
    expect(await created[0]!.text()).toBe('definitely not JSON');
    // Saving meanwhile writes the unreadable item back: nothing is lost.
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(stored().unreadable.map((item) => item.raw)).toEqual(['definitely not JSON']);

    await fireEvent.click(within(region).getByRole('button', { name: /discard item 1/i }));
    expect(stored().unreadable).toEqual([]);
    expect(stored().entries).toHaveLength(1);
  });

  it('tells values an older save lacks apart from damage, in a notice of their own', () => {
    // Entry 1 lacks every field but the loaded share (an older save); entry 2 has a bad one.
    localStorage.setItem(
      savedScenariosKey,
      JSON.stringify({
        format: 'two-tier-support-saved-scenarios',
        version: 1,
        entries: [
          { id: 's1', name: 'Old', savedAt: MONDAY, scenario: { loadedShare: 0.4 } },
          {
            id: 's2',
            name: 'Bad',
            savedAt: MONDAY,
            scenario: { ...defaultScenario, loadedShare: 7 },
          },
        ],
      }),
    );
    renderPanel();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some saved data could not be read');
    expect(alert.textContent).toContain('“Bad”');
    expect(alert.textContent).not.toContain('“Old”');
    const older = screen.getByText(/lack values added since they were saved/).closest('[role]');
    expect(older?.getAttribute('role')).toBe('status');
    expect(older?.textContent).toContain('“Old”: currency is missing');
    expect(items()).toHaveLength(2);
  });

  it('says so when the browser refuses to store, and keeps the entry for the visit', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.getByRole('alert').textContent).toContain('storage for this site is full');
    expect(items()).toHaveLength(1);
    setItem.mockRestore();
  });
});
