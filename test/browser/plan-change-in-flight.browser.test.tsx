import { QueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import 'subscription-kit/styles.css';
import type { MemoryDataProviderOptions } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { basicSubscriberData, demoProvider } from '../../stories/scenarios';
import {
  closePlanModal,
  confirmUpgradeToScale,
  openPlanModal,
  renderPlanModals,
} from '../support/plan-modals';

/*
 * A plan change in flight belongs to the subscription, not to the dialog: closing the dialog
 * neither cancels it nor lets a second one start, a reopened dialog (or another modal on the same
 * data provider) shows that change and its outcome, and every attempt at one intent carries one
 * idempotency key until it succeeds.
 */

/** A provider that records the idempotency key of every `changePlan` it receives. */
function recordingProvider(options: Omit<MemoryDataProviderOptions, 'data' | 'now' | 'onCall'> = {}) {
  const keys: string[] = [];
  const provider = demoProvider(basicSubscriberData(), {
    ...options,
    onCall: ({ method, params }) => {
      if (method === 'changePlan') keys.push((params as { idempotencyKey: string }).idempotencyKey);
    },
  });
  return { provider, keys };
}

/** The dialog shows the change being applied, and no way to choose or confirm another. */
async function expectProcessing(dialog: HTMLElement) {
  expect(await within(dialog).findByText('Updating your plan…')).toBeVisible();
  expect(within(dialog).queryByRole('button', { name: /^Select / })).toBeNull();
  expect(within(dialog).queryByRole('button', { name: 'Confirm upgrade' })).toBeNull();
}

const done = "You're now on Ecommerce Scale.";

describe.each([
  ['the same dialog, reopened', ['Change plan'], 'Change plan'],
  ['a second modal on the same data provider', ['Change plan', 'Upgrade'], 'Upgrade'],
])('given a change confirmed, the dialog closed with ×, then %s', (_, triggers, next) => {
  it('shows that change processing, then its outcome, and sends one changePlan', async () => {
    const { provider, keys } = recordingProvider({ delay: { changePlan: 600 } });
    renderPlanModals(provider, { triggers });
    const first = await openPlanModal('Change plan');
    await confirmUpgradeToScale(first);
    await closePlanModal(first);

    const dialog = await openPlanModal(next);
    await expectProcessing(dialog);
    expect(await within(dialog).findByText(done)).toBeVisible();
    expect(keys).toHaveLength(1);
    expect(provider.getData().subscription?.planId).toBe('ecommerce-scale');
  });

  it('shows a failure that came meanwhile, and retries it with the same key', async () => {
    const { provider, keys } = recordingProvider({
      delay: { changePlan: 300 },
      faults: { changePlan: { fault: 'payment_declined', times: 1 } },
    });
    renderPlanModals(provider, { triggers });
    const first = await openPlanModal('Change plan');
    await confirmUpgradeToScale(first);
    await closePlanModal(first);

    const dialog = await openPlanModal(next);
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('Your card was declined')).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText(done)).toBeVisible();
    expect(keys).toEqual([keys[0], keys[0]]);
  });

  it('sends the same change under the same key after an uncertain outcome the customer saw', async () => {
    const { provider, keys } = recordingProvider({ faults: { changePlan: { fault: 'network', times: 1 } } });
    renderPlanModals(provider, { triggers });
    const first = await openPlanModal('Change plan');
    await confirmUpgradeToScale(first);
    expect(await within(first).findByText(/We couldn't confirm whether your plan changed/)).toBeVisible();
    await closePlanModal(first);

    const dialog = await openPlanModal(next);
    await confirmUpgradeToScale(dialog);
    expect(await within(dialog).findByText(done)).toBeVisible();
    expect(keys).toEqual([keys[0], keys[0]]);
  });
});

describe('given a change in flight and no dialog open', () => {
  it('tells the host the outcome', async () => {
    const { provider } = recordingProvider({ delay: { changePlan: 300 } });
    const { onEvent } = renderPlanModals(provider);
    const dialog = await openPlanModal('Change plan');
    await confirmUpgradeToScale(dialog);
    await closePlanModal(dialog);

    await vi.waitFor(() =>
      expect(onEvent).toHaveBeenCalledWith({
        type: 'plan_change_completed',
        planId: 'ecommerce-scale',
        interval: 'month',
      }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('given an outcome the customer saw before closing', () => {
  it('opens afresh on the plan choice next time', async () => {
    const { provider, keys } = recordingProvider();
    renderPlanModals(provider);
    const first = await openPlanModal('Change plan');
    await confirmUpgradeToScale(first);
    expect(await within(first).findByText(done)).toBeVisible();
    await closePlanModal(first);

    const reopened = await openPlanModal('Change plan');
    expect(await within(reopened).findByRole('button', { name: 'Select Ecommerce Basic' })).toBeVisible();
    expect(within(reopened).queryByText(done)).toBeNull();
    expect(keys).toHaveLength(1);
  });
});

describe('given two data providers on one query client', () => {
  it('keeps their changes apart: one in flight does not hold up the other, and keys are not shared', async () => {
    const first = recordingProvider({ delay: { changePlan: 600 } });
    const second = recordingProvider();
    const queryClient = new QueryClient();
    renderPlanModals(first.provider, { triggers: ['Account 1'], queryClient });
    renderPlanModals(second.provider, { triggers: ['Account 2'], queryClient });
    const dialog = await openPlanModal('Account 1');
    await confirmUpgradeToScale(dialog);
    await closePlanModal(dialog);

    const other = await openPlanModal('Account 2');
    await confirmUpgradeToScale(other);
    expect(await within(other).findByText(done)).toBeVisible();
    await vi.waitFor(() => expect(first.provider.getData().subscription?.planId).toBe('ecommerce-scale'));
    expect([first.keys.length, second.keys.length]).toEqual([1, 1]);
    expect(second.keys[0]).not.toBe(first.keys[0]);
  });
});
