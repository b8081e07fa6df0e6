import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  type BillingErrorCode,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  SubscriptionKitProvider,
} from 'subscription-kit';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import english from '../../locales/en/subscription-kit.json';
import { accountData, basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';
import { describeFault, expectedTitle, faultsWith, providerWith } from '../support/faults';

/*
 * The fault matrix: every data-provider method the plan-change screens use × a typed error for each
 * relevant code, a plain Error, malformed data and a promise that never settles. Whatever happens,
 * the customer sees a localised message with a way out (or a loading state they can close), never a
 * blank dialog or an uncaught error, and a failed change leaves the plan as it was.
 */

type Method =
  | 'getCatalog'
  | 'getSubscription'
  | 'getAccount'
  | 'previewChange'
  | 'changePlan'
  | 'cancelScheduledChange'
  | 'contactSales';

const READ_CODES: BillingErrorCode[] = ['network', 'unauthorized', 'rate_limited', 'invalid_response'];
const CODES: Record<Method, BillingErrorCode[]> = {
  getCatalog: READ_CODES,
  getSubscription: READ_CODES,
  getAccount: READ_CODES,
  previewChange: ['plan_unavailable', 'not_found', 'network', 'unauthorized'],
  changePlan: [
    'payment_declined',
    'insufficient_funds',
    'card_expired',
    'authentication_required',
    'over_usage_limits',
    'feature_in_use',
    'plan_unavailable',
    'unauthorized',
    'rate_limited',
  ],
  cancelScheduledChange: ['network', 'not_found', 'unauthorized'],
  contactSales: ['network', 'rate_limited'],
};

/** What the customer can do next, besides closing, once the method has failed. */
const WAY_OUT: Record<Method, RegExp> = {
  getCatalog: /^Try again$/,
  getSubscription: /^Try again$/,
  getAccount: /^Try again$/,
  previewChange: /^(Try again|Back to plans)$/,
  changePlan: /^(Try again|Back to plans)$/,
  cancelScheduledChange: /^Try again$/,
  contactSales: /^Send to sales$/,
};

async function openModal(provider: MemoryDataProvider) {
  // No automatic retries: this matrix is about what the customer sees once a request has failed.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <SubscriptionKitProvider dataProvider={provider} queryClient={queryClient} now={demoClock}>
      <PlanModal defaultOpen>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </SubscriptionKitProvider>,
  );
  return screen.findByRole('dialog', { name: 'Choose your plan' });
}

/** Drives the modal to the point where `method` is called. */
async function reach(method: Method, dialog: HTMLElement) {
  const view = within(dialog);
  switch (method) {
    case 'getCatalog':
    case 'getSubscription':
    case 'getAccount':
      return;
    case 'previewChange':
      await userEvent.click(await view.findByRole('button', { name: 'Select Ecommerce Scale' }));
      return;
    case 'changePlan':
      await userEvent.click(await view.findByRole('button', { name: 'Select Ecommerce Scale' }));
      await userEvent.click(await view.findByRole('button', { name: 'Confirm upgrade' }));
      return;
    case 'cancelScheduledChange':
      await userEvent.click(await view.findByRole('button', { name: 'Cancel scheduled change' }));
      return;
    case 'contactSales':
      await userEvent.click(await view.findByRole('button', { name: 'Contact sales' }));
      await userEvent.type(view.getByLabelText('Name'), 'Mette Hansen');
      await userEvent.type(view.getByLabelText('Work email'), 'mette@example.dk');
      await userEvent.type(view.getByLabelText('Company'), 'Nordlys ApS');
      await userEvent.click(view.getByRole('button', { name: 'Send to sales' }));
      return;
    default:
      method satisfies never;
  }
}

const METHODS: Method[] = [
  'getCatalog',
  'getSubscription',
  'getAccount',
  'previewChange',
  'changePlan',
  'cancelScheduledChange',
  'contactSales',
];

describe.each(METHODS)('given %s', (method) => {
  const data = () =>
    method === 'cancelScheduledChange' ? accountData('supportTemplate') : basicSubscriberData();

  it.each(faultsWith(CODES[method]).map((fault) => [describeFault(fault), fault] as const))(
    'when it %s, the customer sees what happened and has a way out',
    async (_label, fault) => {
      const initial = data();
      const provider = providerWith(method, fault, initial);
      const dialog = await openModal(provider);
      await reach(method, dialog);
      const view = within(dialog);

      if (fault.kind === 'hang') {
        expect(await view.findByRole('status')).toHaveTextContent(/…/);
      } else {
        const alert = await view.findByRole('alert');
        expect(alert).toHaveTextContent(expectedTitle(fault));
        if (fault.kind === 'code' && fault.code === 'unauthorized') {
          // Asking again cannot give the customer the right: the message names who can.
          expect(alert).toHaveTextContent(english.errors.unauthorized.resolution);
          expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
        } else {
          expect(view.getAllByRole('button', { name: WAY_OUT[method] })[0]).toBeEnabled();
        }
      }
      // Closing always works (a change being applied keeps the dialog open against stray clicks only).
      expect(view.getByRole('button', { name: 'Close' })).toBeEnabled();
      if (method === 'changePlan' && fault.kind === 'code') {
        expect(provider.getData().subscription?.planId).toBe(initial.subscription?.planId);
      }
    },
  );
});

describe('given a change whose answer is lost after the backend applied it', () => {
  it('says the outcome is unknown, and a retry with the same key completes it once', async () => {
    const keys: string[] = [];
    const provider = demoProvider(basicSubscriberData(), {
      faults: { changePlan: { fault: 'timeout', times: 1 } },
      onCall: ({ method, params }) => {
        if (method === 'changePlan') keys.push((params as { idempotencyKey: string }).idempotencyKey);
      },
    });
    const dialog = await openModal(provider);
    await reach('changePlan', dialog);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(english.errors.uncertain);
    expect(alert).not.toHaveTextContent(english.errors.unchanged);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText("You're now on Ecommerce Scale.")).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(provider.getData().subscription?.planId).toBe('ecommerce-scale');
  });
});
