import { QueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import {
  type Plan,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  subscriptionKitKeys,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { demoProvider, planNamed } from '../../stories/scenarios';
import { renderOnHostPage } from '../support/host-page';
import { openPlanModalByKeyboard, tabTo } from '../support/keyboard';

/*
 * The plan modal when what it shows can no longer be rendered while the customer is in it: the
 * failure stays inside the dialog, focus stays in the dialog, and the dialog still closes.
 */

function renderModal(provider: MemoryDataProvider) {
  const onEvent = vi.fn();
  // A host's client that keeps what it holds, so what the host writes into it is what is shown.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
  });
  renderOnHostPage(
    <PlanModal>
      <PlanModalTrigger />
      <PlanModalContent />
    </PlanModal>,
    { dataProvider: provider, queryClient, onEvent },
  );
  return { onEvent, queryClient, trigger: screen.getByRole('button', { name: 'Change plan' }) };
}

/** Opens the modal by keyboard, puts focus on a plan's button, then breaks the cached catalog. */
async function breakWhileFocusedOnAPlan(provider: MemoryDataProvider) {
  const rendered = renderModal(provider);
  const dialog = await openPlanModalByKeyboard();
  await tabTo('Select Ecommerce Scale');
  // The host's cache now holds a plan the modal cannot render (a plan without prices).
  const broken = { ...planNamed('Ecommerce Scale'), prices: undefined } as unknown as Plan;
  rendered.queryClient.setQueryData(subscriptionKitKeys.catalog(provider), [broken]);
  const alert = await within(dialog).findByRole('alert');
  return { ...rendered, dialog, alert };
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given the open modal and a catalog it cannot render', () => {
  it('shows the fallback inside the dialog, with focus on Try again, and reports it', async () => {
    const { dialog, alert, onEvent } = await breakWhileFocusedOnAPlan(demoProvider());
    expect(alert).toHaveTextContent("This part of the page couldn't be shown.");
    expect(document.activeElement).toBe(within(alert).getByRole('button', { name: 'Try again' }));
    expect(within(dialog).getByRole('heading', { name: 'Choose your plan' })).toBeVisible();
    expect(screen.getByText('Host footer')).toBeInTheDocument();
    expect(onEvent).toHaveBeenCalledWith({
      type: 'render_failed',
      component: 'PlanModalContent',
      message: expect.any(String),
    });
    for (let presses = 0; presses < 6; presses += 1) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement), `focus left the dialog after ${presses + 1} Tabs`).toBe(
        true,
      );
    }
    const results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('still closes with Escape, and focus returns to the trigger', async () => {
    const { trigger } = await breakWhileFocusedOnAPlan(demoProvider());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('still closes with its Close button', async () => {
    const { trigger } = await breakWhileFocusedOnAPlan(demoProvider());
    await tabTo('Close');
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('reads the catalog afresh on Try again and shows the plans, focus still in the dialog', async () => {
    const { dialog, alert } = await breakWhileFocusedOnAPlan(demoProvider());
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByRole('button', { name: 'Select Ecommerce Scale' })).toBeVisible();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });
});
