import type { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import {
  type BillingDataProvider,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  type SubscriptionKitEvent,
  SubscriptionKitProvider,
} from 'subscription-kit';
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { demoClock } from '../../stories/scenarios';

/* Plan modals on one data provider, driven as a customer would: open, choose, confirm, close. */

/** One plan modal per trigger label, all on `dataProvider`. */
export function renderPlanModals(
  dataProvider: BillingDataProvider,
  {
    triggers = ['Change plan'],
    queryClient,
  }: { triggers?: readonly string[]; queryClient?: QueryClient } = {},
) {
  const onEvent = vi.fn<(event: SubscriptionKitEvent) => void>();
  render(
    <SubscriptionKitProvider
      dataProvider={dataProvider}
      queryClient={queryClient}
      now={demoClock}
      onEvent={onEvent}
    >
      {triggers.map((label) => (
        <PlanModal key={label}>
          <PlanModalTrigger>{label}</PlanModalTrigger>
          <PlanModalContent />
        </PlanModal>
      ))}
    </SubscriptionKitProvider>,
  );
  return { onEvent };
}

export async function openPlanModal(trigger: string) {
  await userEvent.click(screen.getByRole('button', { name: trigger }));
  return screen.findByRole('dialog', { name: 'Choose your plan' });
}

/** Chooses Ecommerce Scale and waits for its review. */
export async function reviewUpgradeToScale(dialog: HTMLElement) {
  await userEvent.click(await within(dialog).findByRole('button', { name: 'Select Ecommerce Scale' }));
  await within(dialog).findByRole('heading', { name: 'Review your upgrade' });
}

export async function confirmUpgradeToScale(dialog: HTMLElement) {
  await reviewUpgradeToScale(dialog);
  await userEvent.click(await within(dialog).findByRole('button', { name: 'Confirm upgrade' }));
}

/** Closes the dialog with its × button. */
export async function closePlanModal(dialog: HTMLElement) {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog')).toBeNull();
}
