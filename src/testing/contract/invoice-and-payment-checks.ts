import { isBillingError, type PaymentMethod } from '../../core';
import { describeOutcome, listAllInvoiceIds, missingScenario, same, settle } from './check-steps';
import { describeValue, fail } from './contract-violation';
import type { DataProviderContractCheck } from './data-provider-contract-options';

/** Invoices and payment methods, each checked only when the provider has the capability. */
export const invoiceAndPaymentChecks: readonly DataProviderContractCheck[] = [
  {
    name: 'pages through invoices without gaps or duplicates, ending with a null cursor',
    async run(context) {
      if (!context.provider.listInvoices) return;
      const pageSize = context.options.pageSize ?? 10;
      const ids = await listAllInvoiceIds(context.provider, pageSize);
      if (ids.length <= pageSize) {
        return missingScenario(context, 'invoice_paging', `${ids.length}, on one page of ${pageSize}`);
      }
      const again = await listAllInvoiceIds(context.provider, 3);
      const gap = ids.find((id) => !again.includes(id)) ?? again.find((id) => !ids.includes(id));
      if (gap !== undefined || ids.length !== again.length) {
        fail(
          `paging by ${pageSize} and by 3 gives different invoices (${gap ?? 'a different count'}): pages leave gaps`,
        );
      }
    },
  },
  {
    name: 'returns a listed invoice by id, and its PDF as a safe URL or a Blob',
    async run({ provider }) {
      const page = await provider.listInvoices?.({ cursor: null, limit: 1 });
      const listed = page?.data[0];
      if (!listed) return;
      if (provider.getInvoice) {
        const invoice = await provider.getInvoice({ invoiceId: listed.id });
        if (invoice.id !== listed.id) fail(`getInvoice of ${listed.id} returned ${invoice.id}`);
      }
      // Its result is validated on the way, like every result: a safe link or a Blob.
      if (provider.getInvoicePdf) await provider.getInvoicePdf({ invoiceId: listed.id });
    },
  },
  {
    name: 'moves the default mark to the chosen payment method',
    async run(context) {
      const { provider } = context;
      if (!provider.listPaymentMethods || !provider.setDefaultPaymentMethod) return;
      const methods = await provider.listPaymentMethods({});
      const target = methods.find((method) => !method.isDefault && method.type !== 'bank_transfer');
      if (!target) return missingScenario(context, 'non_default_payment_method');
      const result = await provider.setDefaultPaymentMethod({
        paymentMethodId: target.id,
        idempotencyKey: context.idempotencyKey(),
      });
      const lists: [string, PaymentMethod[]][] = [
        ['setDefaultPaymentMethod', result],
        ['listPaymentMethods', await provider.listPaymentMethods({})],
      ];
      for (const [source, list] of lists) {
        const defaults = list.filter((method) => method.isDefault).map((method) => method.id);
        if (!same(defaults, [target.id]))
          fail(`after making ${target.id} the default, ${source} marks ${describeValue(defaults)}`);
      }
    },
  },
  {
    name: 'refuses to remove the default payment method of a paid subscription',
    async run(context) {
      const { provider } = context;
      if (!provider.listPaymentMethods || !provider.removePaymentMethod) return;
      const subscription = await provider.getSubscription({});
      const plan = (await provider.getCatalog({})).find((candidate) => candidate.id === subscription?.planId);
      const defaultMethod = (await provider.listPaymentMethods({})).find((method) => method.isDefault);
      if (!defaultMethod || !plan || plan.prices.month.amount === 0) {
        return missingScenario(context, 'paid_subscription_with_default_method');
      }
      const outcome = await settle(
        provider.removePaymentMethod({
          paymentMethodId: defaultMethod.id,
          idempotencyKey: context.idempotencyKey(),
        }),
      );
      if (outcome.status !== 'rejected' || !isBillingError(outcome.reason)) {
        fail(`removing the default method ${describeOutcome(outcome)}; it should reject with a BillingError`);
      } else if (outcome.reason.code !== 'payment_method_required') {
        fail(
          `removing the default method rejected with ${outcome.reason.code}; it should be payment_method_required`,
        );
      }
      const after = await provider.listPaymentMethods({});
      if (!after.some((method) => method.id === defaultMethod.id))
        fail('the default method was removed anyway');
    },
  },
  {
    name: 'starts adding a payment method with a redirect or a host-form token, once per key',
    async run({ provider, idempotencyKey }) {
      if (!provider.startAddPaymentMethod) return;
      const params = { type: 'card' as const, idempotencyKey: idempotencyKey() };
      const first = await provider.startAddPaymentMethod(params);
      if (!same(first, await provider.startAddPaymentMethod(params))) {
        fail('startAddPaymentMethod retried with the same idempotency key started a second flow');
      }
    },
  },
];
