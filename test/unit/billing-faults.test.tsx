import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import {
  type BillingErrorCode,
  InvoiceList,
  PaymentMethods,
  SubscriptionKitProvider,
} from 'subscription-kit';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { demoClock, invoiceHistoryData, supportScaleData } from '../../stories/scenarios';
import { describeFault, expectedTitle, faultsWith, providerWith } from '../support/faults';

/*
 * The fault matrix of the billing screens: every invoice and payment-method method × a typed error,
 * a plain Error, malformed data and a request that never settles. The customer always sees a
 * localised message (or a loading state), the screen never goes blank, nothing throws uncaught,
 * and a failed write leaves the payment methods as they were.
 */

type Method =
  | 'listInvoices'
  | 'getInvoice'
  | 'getInvoicePdf'
  | 'listPaymentMethods'
  | 'startAddPaymentMethod'
  | 'setDefaultPaymentMethod'
  | 'removePaymentMethod';

const CODES: Record<Method, BillingErrorCode[]> = {
  listInvoices: ['network', 'unauthorized', 'rate_limited'],
  getInvoice: ['not_found', 'network', 'unauthorized'],
  getInvoicePdf: ['not_found', 'network'],
  listPaymentMethods: ['network', 'unauthorized', 'rate_limited'],
  startAddPaymentMethod: ['network', 'plan_unavailable', 'unauthorized'],
  setDefaultPaymentMethod: ['card_expired', 'network', 'not_found'],
  removePaymentMethod: ['feature_in_use', 'network', 'not_found'],
};

const WRITES: Method[] = ['startAddPaymentMethod', 'setDefaultPaymentMethod', 'removePaymentMethod'];

function renderWith(provider: MemoryDataProvider, ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <main>
      <SubscriptionKitProvider dataProvider={provider} queryClient={queryClient} now={demoClock}>
        {ui}
      </SubscriptionKitProvider>
    </main>,
  );
}

/** Renders the screen that calls `method` and drives it to that call. */
async function reach(method: Method, provider: MemoryDataProvider) {
  switch (method) {
    case 'listInvoices':
      renderWith(provider, <InvoiceList />);
      return;
    case 'getInvoice':
      renderWith(provider, <InvoiceList />);
      await userEvent.click(await screen.findByRole('button', { name: 'Web view of invoice SK-2026-0024' }));
      return;
    case 'getInvoicePdf':
      renderWith(provider, <InvoiceList />);
      await userEvent.click(
        await screen.findByRole('button', { name: 'PDF Download of invoice SK-2026-0024' }),
      );
      return;
    case 'listPaymentMethods':
      renderWith(provider, <PaymentMethods />);
      return;
    case 'startAddPaymentMethod':
      renderWith(provider, <PaymentMethods />);
      await userEvent.click(await screen.findByRole('button', { name: 'Add card' }));
      return;
    case 'setDefaultPaymentMethod':
      renderWith(provider, <PaymentMethods />);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Set as default: SEPA Direct Debit ending in 3000' }),
      );
      return;
    case 'removePaymentMethod': {
      renderWith(provider, <PaymentMethods />);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Remove SEPA Direct Debit ending in 3000' }),
      );
      const dialog = await screen.findByRole('alertdialog');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
      return;
    }
    default:
      method satisfies never;
  }
}

const METHODS = Object.keys(CODES) as Method[];

describe.each(METHODS)('given %s', (method) => {
  const data = () => (method.includes('Invoice') ? invoiceHistoryData() : supportScaleData());

  it.each(
    faultsWith(CODES[method], { malformed: method !== 'getInvoicePdf' }).map(
      (fault) => [describeFault(fault), fault] as const,
    ),
  )('when it %s, the customer sees what happened', async (_label, fault) => {
    const initial = data();
    const provider = providerWith(method, fault, initial);
    await reach(method, provider);
    if (fault.kind === 'hang') {
      // Something on screen says it is working: a loading status, or the pressed button's "…".
      const working = () =>
        [...screen.queryAllByRole('status'), ...screen.queryAllByRole('button')].some((element) =>
          /…/.test(element.textContent ?? ''),
        );
      await vi.waitFor(() => expect(working()).toBe(true));
      return;
    }
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent).join(' ')).toContain(expectedTitle(fault));
    if (WRITES.includes(method) && fault.kind === 'code') {
      expect(provider.getData().paymentMethods).toEqual(initial.paymentMethods);
    }
  });
});
