import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import {
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  type SubscriptionKitEvent,
  SubscriptionKitProvider,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryDataProvider, MemoryDataProviderOptions } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';

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

/** One or more plan modals on one data provider, each with its own trigger. */
function renderModals(provider: MemoryDataProvider, triggers: readonly string[] = ['Change plan']) {
  const onEvent = vi.fn<(event: SubscriptionKitEvent) => void>();
  render(
    <SubscriptionKitProvider dataProvider={provider} now={demoClock} onEvent={onEvent}>
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

async function open(trigger: string) {
  await userEvent.click(screen.getByRole('button', { name: trigger }));
  return screen.findByRole('dialog', { name: 'Choose your plan' });
}

async function confirmUpgradeToScale(dialog: HTMLElement) {
  await userEvent.click(await within(dialog).findByRole('button', { name: 'Select Ecommerce Scale' }));
  await userEvent.click(await within(dialog).findByRole('button', { name: 'Confirm upgrade' }));
}

async function close(dialog: HTMLElement) {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog')).toBeNull();
}

/** The dialog shows the change being applied, and no way to choose or confirm another. */
async function expectProcessing(dialog: HTMLElement) {
  expect(await within(dialog).findByText('Updating your plan…')).toBeVisible();
  expect(within(dialog).queryByRole('button', { name: /^Select / })).toBeNull();
  expect(within(dialog).queryByRole('button', { name: 'Confirm upgrade' })).toBeNull();
}

function changeEvents(onEvent: ReturnType<typeof renderModals>['onEvent']) {
  return onEvent.mock.calls.map(([event]) => event.type).filter((type) => type.startsWith('plan_change_'));
}

describe('given a change in flight and a customer who closes the dialog with ×', () => {
  it('shows that change processing on reopen, then its outcome, and sends one changePlan', async () => {
    const { provider, keys } = recordingProvider({ delay: { changePlan: 600 } });
    renderModals(provider);
    const first = await open('Change plan');
    await confirmUpgradeToScale(first);
    await close(first);

    const reopened = await open('Change plan');
    await expectProcessing(reopened);
    expect(await within(reopened).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(keys).toHaveLength(1);
    expect(provider.getData().subscription?.planId).toBe('ecommerce-scale');
  });

  it('tells the host the outcome while no dialog is open', async () => {
    const { provider } = recordingProvider({ delay: { changePlan: 300 } });
    const { onEvent } = renderModals(provider);
    const dialog = await open('Change plan');
    await confirmUpgradeToScale(dialog);
    await close(dialog);

    await vi.waitFor(() => expect(changeEvents(onEvent)).toContain('plan_change_completed'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onEvent).toHaveBeenCalledWith({
      type: 'plan_change_completed',
      planId: 'ecommerce-scale',
      interval: 'month',
    });
  });

  it('shows a failure that came while it was closed, and retries with the same key', async () => {
    const { provider, keys } = recordingProvider({
      delay: { changePlan: 300 },
      faults: { changePlan: { fault: 'payment_declined', times: 1 } },
    });
    renderModals(provider);
    const first = await open('Change plan');
    await confirmUpgradeToScale(first);
    await close(first);

    const reopened = await open('Change plan');
    const alert = await within(reopened).findByRole('alert');
    expect(within(alert).getByText('Your card was declined')).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(reopened).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe('given an outcome the customer saw before closing', () => {
  it('opens afresh on the plan choice next time', async () => {
    const { provider, keys } = recordingProvider();
    renderModals(provider);
    const first = await open('Change plan');
    await confirmUpgradeToScale(first);
    expect(await within(first).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    await close(first);

    const reopened = await open('Change plan');
    expect(await within(reopened).findByRole('button', { name: 'Select Ecommerce Basic' })).toBeVisible();
    expect(within(reopened).queryByText("You're now on Ecommerce Scale.")).toBeNull();
    expect(keys).toHaveLength(1);
  });
});

describe('given an uncertain outcome the customer saw, then closed', () => {
  it('reuses the key when the customer tries the same change again in a reopened dialog', async () => {
    const { provider, keys } = recordingProvider({ faults: { changePlan: { fault: 'network', times: 1 } } });
    renderModals(provider);
    const first = await open('Change plan');
    await confirmUpgradeToScale(first);
    expect(await within(first).findByText(/We couldn't confirm whether your plan changed/)).toBeVisible();
    await close(first);

    const reopened = await open('Change plan');
    await confirmUpgradeToScale(reopened);
    expect(await within(reopened).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe('given two plan modals on one data provider', () => {
  it('shows the change confirmed in one as processing in the other, and sends one changePlan', async () => {
    const { provider, keys } = recordingProvider({ delay: { changePlan: 600 } });
    renderModals(provider, ['Change plan', 'Upgrade']);
    const first = await open('Change plan');
    await confirmUpgradeToScale(first);
    await close(first);

    const second = await open('Upgrade');
    await expectProcessing(second);
    expect(await within(second).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(keys).toHaveLength(1);
  });

  it('shares the key of an intent between them', async () => {
    const { provider, keys } = recordingProvider({ faults: { changePlan: { fault: 'network', times: 1 } } });
    renderModals(provider, ['Change plan', 'Upgrade']);
    const first = await open('Change plan');
    await confirmUpgradeToScale(first);
    expect(await within(first).findByRole('alert')).toBeVisible();
    await close(first);

    const second = await open('Upgrade');
    await confirmUpgradeToScale(second);
    expect(await within(second).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(keys).toEqual([keys[0], keys[0]]);
  });
});

describe('given two data providers on one query client', () => {
  it('keeps their changes apart: one in flight does not hold up the other, and keys are not shared', async () => {
    const first = recordingProvider({ delay: { changePlan: 600 } });
    const second = recordingProvider();
    const queryClient = new QueryClient();
    render(
      <main>
        {(
          [
            ['Account 1', first.provider],
            ['Account 2', second.provider],
          ] as const
        ).map(([label, provider]) => (
          <SubscriptionKitProvider
            key={label}
            dataProvider={provider}
            queryClient={queryClient}
            now={demoClock}
          >
            <PlanModal>
              <PlanModalTrigger>{label}</PlanModalTrigger>
              <PlanModalContent />
            </PlanModal>
          </SubscriptionKitProvider>
        ))}
      </main>,
    );
    const dialog = await open('Account 1');
    await confirmUpgradeToScale(dialog);
    await close(dialog);

    const other = await open('Account 2');
    await confirmUpgradeToScale(other);
    expect(await within(other).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    await vi.waitFor(() => expect(first.provider.getData().subscription?.planId).toBe('ecommerce-scale'));
    expect([first.keys.length, second.keys.length]).toEqual([1, 1]);
    expect(second.keys[0]).not.toBe(first.keys[0]);
  });
});
