// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import MessageNotice from '../../../src/components/share/MessageNotice.svelte';
import type { BoundaryMessage } from '../../../src/state/boundary';

const unknown = (param: string): BoundaryMessage => ({
  param,
  kind: 'unknown',
  text: `${param} is not known to this calculator; ignored.`,
});

function show(messages: BoundaryMessage[], ondismiss = vi.fn()) {
  render(MessageNotice, {
    heading: 'Some parts of the link could not be used:',
    messages,
    role: 'alert',
    subject: 'the messages about the link',
    ondismiss,
  });
  return ondismiss;
}

describe('MessageNotice', () => {
  it('lists each message, a field’s under its label', () => {
    show([
      {
        param: 'loadedShare',
        kind: 'invalid',
        text: 'loadedShare=abc is not a number; used the default, 33%.',
      },
      unknown('bogus'),
    ]);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent?.trim());
    expect(items).toEqual([
      'Loaded share: loadedShare=abc is not a number; used the default, 33%.',
      'bogus is not known to this calculator; ignored.',
    ]);
    expect(screen.getByRole('alert').textContent).toContain(
      'Some parts of the link could not be used:',
    );
  });

  it('lists ten messages and counts the rest', () => {
    show(Array.from({ length: 13 }, (_, index) => unknown(`extra${index}`)));
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('…and 3 more messages.')).toBeTruthy();
  });

  it('shows markup from outside as text, never as elements', () => {
    show([unknown('<img src=x onerror="window.pwned=1">'), unknown('<script>alert(1)</script>')]);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('img, script')).toBeNull();
    expect(alert.textContent).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('is dismissed by its button, named after what it dismisses', async () => {
    const ondismiss = show([unknown('bogus')]);
    await fireEvent.click(
      screen.getByRole('button', { name: 'Dismiss the messages about the link' }),
    );
    expect(ondismiss).toHaveBeenCalledOnce();
  });
});
