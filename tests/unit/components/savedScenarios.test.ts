// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Calculator from '../../../src/components/Calculator.svelte';
import SavedScenarios from '../../../src/components/saved/SavedScenarios.svelte';

describe('SavedScenarios', () => {
  it(
    'shows only a closed disclosure until opened, then the panel for the calculator on screen',
    { timeout: 30_000 },
    async () => {
      localStorage.clear();
      // Two islands of the page, sharing its calculator (as src/pages/index.astro places them).
      render(Calculator);
      render(SavedScenarios);
      const trigger = screen.getByRole('button', { name: /saved scenarios and comparison/i });
      expect(trigger.getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('button', { name: 'Save scenario' })).toBeNull();

      await fireEvent.click(trigger);
      expect(trigger.getAttribute('aria-expanded')).toBe('true');
      const save = await screen.findByRole(
        'button',
        { name: 'Save scenario' },
        { timeout: 15_000 },
      );
      await fireEvent.input(screen.getByRole('textbox', { name: 'Loaded share' }), {
        target: { value: '40' },
      });
      await fireEvent.click(save);
      // What is saved is the calculator's scenario, as edited on screen.
      const stored = JSON.parse(localStorage.getItem('two-tier:scenarios') ?? '{}');
      expect(stored.entries[0].scenario.loadedShare).toBe(0.4);

      await fireEvent.click(trigger);
      expect(trigger.getAttribute('aria-expanded')).toBe('false');
      expect(document.getElementById('saved-panel')?.hidden).toBe(true);
    },
  );
});
