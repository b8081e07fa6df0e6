import { screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';

/** Presses Tab until the focused element has this accessible name (label or text), at most `presses` times. */
export async function tabTo(name: string, presses = 80): Promise<Element> {
  for (let press = 0; press < presses; press += 1) {
    await userEvent.tab();
    const active = document.activeElement;
    if (active && (active.getAttribute('aria-label') === name || active.textContent?.trim() === name))
      return active;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Opens the plan modal from its trigger by keyboard and waits for the plan cards in it. */
export async function openPlanModalByKeyboard(): Promise<HTMLElement> {
  await tabTo('Change plan');
  await userEvent.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog', { name: 'Choose your plan' });
  await within(dialog).findAllByRole('article');
  return dialog;
}
