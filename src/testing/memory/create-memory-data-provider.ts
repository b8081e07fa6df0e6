import { createMemoryCalls } from './memory-calls';
import type { MemoryDataProvider, MemoryDataProviderOptions } from './memory-data-provider-options';
import { memoryInvoiceMethods } from './memory-invoice-methods';
import { memoryPaymentMethods } from './memory-payment-methods';
import { memoryPlanMethods } from './memory-plan-methods';
import { createMemoryStore } from './memory-store';

/**
 * A complete billing backend in memory, built on core's rules, for stories, tests and trying the
 * kit without a backend:
 * - upgrades apply at once, prorated to the second, and add an invoice with the proration lines,
 *   charged to the default payment method (`card_expired` when it is an expired card);
 * - downgrades are scheduled for the end of the period and can be cancelled; a blocked one
 *   rejects with `over_usage_limits` or `feature_in_use` and `details.blockers`; a plan the account
 *   cannot get rejects with `plan_unavailable` and `details.reasons`; a change of the same plan
 *   from month to year is immediate, from year to month scheduled; a period that ends (per `now`)
 *   renews, applying the scheduled change and issuing an invoice;
 * - invoices carry VAT by the customer's country (reverse charge for an EU business with a VAT ID
 *   outside the seller's country, none outside the EU); PDFs are real one-page files (Blobs);
 * - bank transfer only on enterprise plans (`plan_unavailable`, `details.reason`
 *   `bank_transfer_requires_enterprise`); the default method cannot be removed while a paid
 *   subscription needs it (`payment_method_required`).
 *
 * Idempotency: a write whose key was already used returns a copy of the first result and changes
 * nothing; concurrent calls with one key share one attempt. A failed attempt is not remembered, so
 * a retry with the same key after fixing the payment method can succeed (nothing was applied by
 * the failure). Reusing a key with other parameters rejects with `unknown`
 * (`details.reason` `idempotency_key_reused`).
 */
export function createMemoryDataProvider(options: MemoryDataProviderOptions = {}): MemoryDataProvider {
  const store = createMemoryStore(options.data ?? {}, options.now ?? (() => new Date()));
  const { calls, setFault, run } = createMemoryCalls(options);
  return {
    calls,
    setFault,
    getData: () => structuredClone(store.state),
    ...memoryPlanMethods(store, run),
    ...memoryInvoiceMethods(store, run),
    ...memoryPaymentMethods(store, run),
    contactSales: (params) => run('contactSales', params, () => ({ referenceId: store.nextId('SALES') })),
  };
}
