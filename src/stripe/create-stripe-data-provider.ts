import { BillingError } from '../core';
import type { BillingDataProvider } from '../provider';
import { changePlan } from './stripe-apply-change';
import { loadCatalog } from './stripe-catalog';
import { idOf, stripeIdempotencyKey } from './stripe-conventions';
import type { StripeDataProviderOptions } from './stripe-data-provider-options';
import { write } from './stripe-errors';
import { findInvoice, invoicePdf, listInvoices, toInvoice } from './stripe-invoices';
import {
  listPaymentMethods,
  removePaymentMethod,
  setDefaultPaymentMethod,
  startAddPaymentMethod,
} from './stripe-payment-methods';
import { decide, previewOf, prorationDateAt } from './stripe-plan-change';
import { loadAccount, loadSubscription, type StripeContext, toSubscription } from './stripe-subscription';

/** Every method but `contactSales`: enquiries go to the host's CRM, not to Stripe. */
export type StripeDataProvider = Required<Omit<BillingDataProvider, 'contactSales'>>;

/**
 * A `BillingDataProvider` over the official Stripe SDK, for one signed-in customer. Server only:
 * the secret key must never reach a browser. docs/STRIPE.md says what maps to what.
 */
export function createStripeDataProvider(options: StripeDataProviderOptions): StripeDataProvider {
  const context: StripeContext = {
    stripe: options.stripe,
    customerId: options.customerId,
    options,
    now: options.now ?? (() => new Date()),
  };
  const catalogOf = (signal?: AbortSignal) => loadCatalog(options.stripe, options.catalog ?? {}, signal);
  const windowSeconds = options.prorationWindowSeconds ?? 600;

  async function currentSubscription(signal?: AbortSignal) {
    const [subscription, catalog] = await Promise.all([loadSubscription(context, signal), catalogOf(signal)]);
    return subscription ? toSubscription(context, subscription, catalog, signal) : null;
  }

  return {
    getCatalog: async ({ signal }) => (await catalogOf(signal)).plans,
    getSubscription: ({ signal }) => currentSubscription(signal),
    getAccount: ({ signal }) => loadAccount(context, signal),

    async previewChange({ planId, interval, signal }) {
      const decision = await decide(context, planId, interval, signal);
      const date = prorationDateAt(context.now(), windowSeconds, decision.item.current_period_start);
      return previewOf(context, decision, date, signal);
    },

    changePlan: (params) => changePlan(context, params),

    async cancelScheduledChange({ idempotencyKey }) {
      const subscription = await loadSubscription(context);
      if (subscription?.schedule) {
        const scheduleId = idOf(subscription.schedule);
        await write(() =>
          options.stripe.subscriptionSchedules.release(
            scheduleId,
            {},
            { idempotencyKey: stripeIdempotencyKey(options.customerId, idempotencyKey) },
          ),
        );
      }
      const current = await currentSubscription();
      if (!current) throw new BillingError('not_found', { message: 'There is no subscription' });
      return current;
    },

    listInvoices: ({ cursor, limit, signal }) => listInvoices(context, { cursor, limit, signal }),
    getInvoice: async ({ invoiceId, signal }) =>
      toInvoice(await findInvoice(context, invoiceId, signal), options.seller),
    getInvoicePdf: ({ invoiceId, signal }) => invoicePdf(context, invoiceId, signal),

    listPaymentMethods: ({ signal }) => listPaymentMethods(context, signal),
    startAddPaymentMethod: (params) => startAddPaymentMethod(context, params),
    setDefaultPaymentMethod: (params) => setDefaultPaymentMethod(context, params),
    removePaymentMethod: (params) => removePaymentMethod(context, params),
  };
}
