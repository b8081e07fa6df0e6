import { userEvent } from 'vitest/browser';

/**
 * Presses Tab until the focused element has this accessible name (its `aria-label` or its text), at
 * most 80 times; Chromium tests only.
 */
export async function tabTo(name: string): Promise<Element> {
  for (let presses = 0; presses < 80; presses += 1) {
    await userEvent.tab();
    const active = document.activeElement;
    if (active && (active.getAttribute('aria-label') === name || active.textContent?.trim() === name))
      return active;
  }
  throw new Error(`Tab never reached "${name}"`);
}
