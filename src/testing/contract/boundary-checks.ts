import { money } from '../../core';
import { describeOutcome, expectCode, findShapeProblem, settle, validate } from './check-steps';
import { fail } from './contract-violation';
import type { DataProviderContractCheck } from './data-provider-contract-options';

/** The provider's shape, its data, aborted reads and unknown ids. */
export const boundaryChecks: readonly DataProviderContractCheck[] = [
  {
    name: 'has every required method, and each optional one is a function or absent',
    async run({ provider }) {
      const problem = findShapeProblem(provider);
      if (problem) fail(problem);
    },
  },
  {
    name: "returns data in the contract's shape",
    async run({ provider, options }) {
      const catalog = await provider.getCatalog({});
      validate('getCatalog', catalog);
      const subscription = await provider.getSubscription({});
      validate('getSubscription', subscription);
      // A price id where a plan id belongs is the commonest mapping slip; every later check would
      // fail on it without naming it.
      const planIds = new Set(catalog.map((plan) => plan.id));
      for (const [field, planId] of [
        ['subscription.planId', subscription?.planId],
        ['subscription.scheduledChange.planId', subscription?.scheduledChange?.planId],
      ] as const) {
        if (planId !== undefined && !planIds.has(planId)) {
          fail(
            `${field} is "${planId}", which is not the id of a catalog plan: use the ids getCatalog returns`,
          );
        }
      }
      validate('getAccount', await provider.getAccount({}));
      if (provider.listInvoices) {
        validate(
          'listInvoices',
          await provider.listInvoices({ cursor: null, limit: options.pageSize ?? 10 }),
        );
      }
      if (provider.listPaymentMethods) validate('listPaymentMethods', await provider.listPaymentMethods({}));
    },
  },
  {
    name: 'rejects reads whose signal is aborted with the AbortError',
    async run({ provider }) {
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      const reads: [string, Promise<unknown> | undefined][] = [
        ['getCatalog', provider.getCatalog({ signal })],
        ['getSubscription', provider.getSubscription({ signal })],
        ['getAccount', provider.getAccount({ signal })],
        [
          'previewChange',
          provider.previewChange({ planId: 'contract-check-plan', interval: 'month', signal }),
        ],
        ['listInvoices', provider.listInvoices?.({ cursor: null, limit: 1, signal })],
        ['getInvoice', provider.getInvoice?.({ invoiceId: 'contract-check-invoice', signal })],
        ['getInvoicePdf', provider.getInvoicePdf?.({ invoiceId: 'contract-check-invoice', signal })],
        ['listPaymentMethods', provider.listPaymentMethods?.({ signal })],
      ];
      // Settled together: awaited one by one, the reads after a failing one would reject unhandled.
      const outcomes = await Promise.all(reads.map(([, promise]) => settle(promise)));
      for (const [index, outcome] of outcomes.entries()) {
        const [method, promise] = reads[index] ?? [];
        if (!promise) continue;
        const reason = outcome.status === 'rejected' ? outcome.reason : undefined;
        const aborted =
          outcome.status === 'rejected' &&
          ((reason as { name?: unknown } | null)?.name === 'AbortError' || reason === signal.reason);
        if (!aborted)
          fail(`${method} with an aborted signal ${describeOutcome(outcome)}, not the AbortError`);
      }
    },
  },
  {
    name: 'rejects unknown ids with not_found',
    async run({ provider, idempotencyKey }) {
      const missing = 'contract-check-missing';
      await expectCode(
        'previewChange of an unknown plan',
        provider.previewChange({ planId: missing, interval: 'month' }),
        ['not_found'],
      );
      await expectCode(
        'changePlan to an unknown plan',
        provider.changePlan({
          planId: missing,
          interval: 'month',
          expectedAmountDue: money(0, 'EUR'),
          idempotencyKey: idempotencyKey(),
        }),
        ['not_found'],
      );
      if (provider.getInvoice) {
        await expectCode('getInvoice of an unknown invoice', provider.getInvoice({ invoiceId: missing }), [
          'not_found',
        ]);
      }
      if (provider.getInvoicePdf) {
        await expectCode(
          'getInvoicePdf of an unknown invoice',
          provider.getInvoicePdf({ invoiceId: missing }),
          ['not_found'],
        );
      }
      if (provider.setDefaultPaymentMethod) {
        await expectCode(
          'setDefaultPaymentMethod of an unknown method',
          provider.setDefaultPaymentMethod({ paymentMethodId: missing, idempotencyKey: idempotencyKey() }),
          ['not_found'],
        );
      }
      if (provider.removePaymentMethod) {
        await expectCode(
          'removePaymentMethod of an unknown method',
          provider.removePaymentMethod({ paymentMethodId: missing, idempotencyKey: idempotencyKey() }),
          ['not_found'],
        );
      }
    },
  },
];
