import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BillingSummary, SubscriptionKitProvider } from 'subscription-kit';
import { describe, expect, it } from 'vitest';
import {
  accountData,
  basicSubscriberData,
  demoClock,
  demoProvider,
  planNamed,
} from '../../stories/scenarios';
import { renderPlanModal } from '../support/plan-modal';

/** Ecommerce Scale priced in Danish kroner throughout. */
const kroner = {
  ...planNamed('Ecommerce Scale'),
  id: 'ecommerce-scale-dkk',
  name: 'Ecommerce Scale DKK',
  prices: { month: { amount: 365_000, currency: 'DKK' }, year: { amount: 3_650_000, currency: 'DKK' } },
  overage: { conversations: { unitAmount: { amount: 7_500, currency: 'DKK' }, perUnits: 1_000 } },
  campaigns: [],
};

describe('given a catalog that also offers a plan in another currency than the subscription', () => {
  it('says the amounts are in different currencies when that plan is chosen, and charges nothing', async () => {
    const data = basicSubscriberData();
    const provider = demoProvider({ ...data, plans: [...data.plans, kroner] });
    renderPlanModal(provider);

    await userEvent.click(screen.getByRole('button', { name: 'Change plan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale DKK' }));

    expect(await screen.findByText('These amounts are in different currencies')).toBeInTheDocument();
    expect(provider.calls.changePlan ?? 0).toBe(0);
  });
});

describe('given a change scheduled to a plan in another currency, with overage on the current plan', () => {
  it('shows the summary with a message for the bill no single total can hold', async () => {
    const data = accountData('blockedDowngrade');
    if (!data.subscription) throw new Error('the scenario has a subscription');
    const { currentPeriod } = data.subscription;
    const subscription = {
      ...data.subscription,
      scheduledChange: { planId: kroner.id, interval: 'month' as const, effectiveAt: currentPeriod.end },
    };
    render(
      <SubscriptionKitProvider
        dataProvider={demoProvider({ ...data, plans: [...data.plans, kroner], subscription })}
        now={demoClock}
      >
        <BillingSummary />
      </SubscriptionKitProvider>,
    );

    expect(await screen.findByText('These amounts are in different currencies')).toBeInTheDocument();
    expect(screen.getByText('Current plan')).toBeInTheDocument();
  });
});
