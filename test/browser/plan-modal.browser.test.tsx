import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import {
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  SubscriptionKitProvider,
  type Theme,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { basicSubscriberData, demoClock, demoProvider, supportScaleData } from '../../stories/scenarios';
import { openPlanModalByKeyboard, tabTo } from '../support/keyboard';

function renderModal(
  provider: MemoryDataProvider,
  { theme = 'light' as Theme, onUpdatePaymentMethod = vi.fn() } = {},
) {
  render(
    <main>
      <SubscriptionKitProvider dataProvider={provider} now={demoClock} theme={theme}>
        <PlanModal>
          <PlanModalTrigger />
          <PlanModalContent onUpdatePaymentMethod={onUpdatePaymentMethod} />
        </PlanModal>
      </SubscriptionKitProvider>
    </main>,
  );
  return { trigger: screen.getByRole('button', { name: 'Change plan' }) };
}

async function openWithKeyboard() {
  const dialog = await openPlanModalByKeyboard();
  return dialog;
}

describe('given the closed modal and a keyboard user', () => {
  it('opens with Enter, traps focus inside, closes with Escape and returns focus to the trigger', async () => {
    const { trigger } = renderModal(demoProvider());
    const dialog = await openWithKeyboard();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Choose your plan' }));
    for (let presses = 0; presses < 40; presses += 1) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement), `focus left the dialog after ${presses + 1} Tabs`).toBe(
        true,
      );
    }
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('asks the provider once for each resource when it opens, in parallel', async () => {
    const provider = demoProvider();
    renderModal(provider);
    await openWithKeyboard();
    expect(provider.calls).toMatchObject({
      getCatalog: 1,
      getSubscription: 1,
      getAccount: 1,
      previewChange: 0,
    });
  });
});

describe('given Ecommerce Basic, upgrading to Scale with the keyboard alone', () => {
  it('shows the prorated preview, applies the upgrade at once and says so', async () => {
    const provider = demoProvider();
    renderModal(provider);
    await openWithKeyboard();
    await tabTo('Select Ecommerce Scale');
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Review your upgrade' });
    expect(document.activeElement).toBe(heading);
    const amountDue = await screen.findByText('€151.21');
    expect(amountDue).toBeVisible();
    expect(screen.getByText('-€95.77')).toBeVisible();
    expect(screen.getByText('€246.98')).toBeVisible();
    await tabTo('Confirm upgrade');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(provider.getData().subscription?.planId).toBe('ecommerce-scale');
    expect(provider.calls.changePlan).toBe(1);
  });
});

describe('given a double click on Confirm', () => {
  it('sends exactly one changePlan and keeps the dialog open until it is done', async () => {
    const provider = demoProvider(basicSubscriberData(), { delay: { changePlan: 150 } });
    renderModal(provider);
    await openWithKeyboard();
    await userEvent.click(screen.getByRole('button', { name: 'Select Ecommerce Scale' }));
    const confirm = await screen.findByRole('button', { name: 'Confirm upgrade' });
    await userEvent.dblClick(confirm);
    expect(await screen.findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(provider.calls.changePlan).toBe(1);
  });
});

describe('given Support Scale, downgrading to Support Basic with the keyboard alone', () => {
  it('schedules it for the end of the period, shows the date, and the scheduled change can be cancelled', async () => {
    const provider = demoProvider(supportScaleData());
    renderModal(provider);
    await openWithKeyboard();
    await tabTo('Select Support Basic');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(/Takes effect on April 5, 2026/)).toBeVisible();
    await tabTo('Schedule downgrade');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Your plan changes to Support Basic on April 5, 2026.')).toBeVisible();
    expect(provider.getData().subscription).toMatchObject({
      planId: 'support-scale',
      scheduledChange: { planId: 'support-basic' },
    });

    await tabTo('Done');
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change plan' }));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Your plan changes to Support Basic on April 5, 2026.')).toBeVisible();
    await tabTo('Cancel scheduled change');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(provider.getData().subscription?.scheduledChange).toBeNull());
    expect(screen.queryByText(/Your plan changes to Support Basic/)).toBeNull();
  });
});

describe.each([
  ['payment_declined', 'Your card was declined'],
  ['insufficient_funds', 'Insufficient funds'],
  ['card_expired', 'Your card has expired'],
] as const)('given a %s failure on upgrade', (code, title) => {
  it('keeps the plan, shows the resolution, and retries with the same idempotency key', async () => {
    const keys: unknown[] = [];
    const provider = demoProvider(basicSubscriberData(), {
      faults: { changePlan: { fault: code, times: 1 } },
      onCall: ({ method, params }) => {
        if (method === 'changePlan') keys.push((params as { idempotencyKey: string }).idempotencyKey);
      },
    });
    const onUpdatePaymentMethod = vi.fn();
    renderModal(provider, { onUpdatePaymentMethod });
    await openWithKeyboard();
    await userEvent.click(screen.getByRole('button', { name: 'Select Ecommerce Scale' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(title)).toBeVisible();
    expect(within(alert).getByText('Your plan has not changed.')).toBeVisible();
    expect(provider.getData().subscription?.planId).toBe('ecommerce-basic');
    await userEvent.click(within(alert).getByRole('button', { name: 'Update payment method' }));
    expect(onUpdatePaymentMethod).toHaveBeenCalledTimes(1);

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe.each(['light', 'dark'] as const)('given the open modal in the %s theme', (theme) => {
  it('passes every axe rule, with the catalog expanded too', async () => {
    renderModal(demoProvider(), { theme });
    await openWithKeyboard();
    let results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'See all plans' }));
    results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
