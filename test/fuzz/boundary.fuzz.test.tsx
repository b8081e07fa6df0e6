import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import {
  type BillingDataProvider,
  BillingSummary,
  createValidatedDataProvider,
  type DataProviderMethod,
  dataProviderMethods,
  InvoiceList,
  InvoiceView,
  PaymentMethods,
  PlanModal,
  PlanModalContent,
  SubscriptionKitProvider,
  UsageMeters,
} from 'subscription-kit';
import { isBillingError } from 'subscription-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoClock, demoProvider, invoiceHistoryData } from '../../stories/scenarios';
import { hostileAnswer } from './hostile-answers';

/*
 * The boundary under fuzz. Every data-provider method answers with arbitrary JSON or with a real
 * answer made hostile in one place, FUZZ_RUNS times (1,000 by default) per method:
 * - through the validated provider, each answer is refused with a `BillingError` or handed on as a
 *   plain copy (JSON-safe: no cycles, no getters), in time;
 * - rendered, each component that reads it shows data or a message: it never throws, never stays
 *   on its skeleton, never needs its error boundary, and React never complains (every answer the
 *   boundary hands on is rendered; of those it refuses, which all end in the same message, one in ten).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/**
 * The same cases on every run by default, so the suite's verdict does not depend on the draw;
 * `FUZZ_SEED=<n>` replays or explores another draw (a failure prints its seed).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const SETTLE_MS = 2_000;
/** Generous: a case takes milliseconds, but the machines are shared. */
const TEST_TIMEOUT_MS = 30 * 60_000;

const PARAMS: Record<DataProviderMethod, object> = {
  getCatalog: {},
  getSubscription: {},
  getAccount: {},
  previewChange: { planId: 'enterprise', interval: 'month' },
  changePlan: { planId: 'enterprise', interval: 'month', idempotencyKey: 'sk_fuzz' },
  cancelScheduledChange: { idempotencyKey: 'sk_fuzz' },
  listInvoices: { cursor: null, limit: 10 },
  getInvoice: { invoiceId: 'in_0003' },
  getInvoicePdf: { invoiceId: 'in_0003' },
  listPaymentMethods: {},
  startAddPaymentMethod: { type: 'card', idempotencyKey: 'sk_fuzz' },
  setDefaultPaymentMethod: { paymentMethodId: 'pm_sepa', idempotencyKey: 'sk_fuzz' },
  removePaymentMethod: { paymentMethodId: 'pm_sepa', idempotencyKey: 'sk_fuzz' },
  contactSales: { name: 'Ada', email: 'ada@example.com', company: 'Example', message: 'Hello' },
};

/** A real answer of the demo backend to `method`, to make hostile. */
async function sampleAnswer(method: DataProviderMethod): Promise<unknown> {
  const provider = demoProvider(invoiceHistoryData(3)) as unknown as Record<string, (p: object) => unknown>;
  if (method === 'changePlan') {
    // The change at the amount its preview states, as the review confirms it.
    const preview = (await provider.previewChange?.(PARAMS.previewChange)) as { amountDue: unknown };
    return provider.changePlan?.({ ...PARAMS.changePlan, expectedAmountDue: preview.amountDue });
  }
  if (method === 'cancelScheduledChange') {
    // The demo customer has nothing scheduled: the answer is the subscription as it then is.
    return (await provider.getSubscription?.({})) ?? null;
  }
  return provider[method]?.(PARAMS[method]);
}

/** The demo backend with `method` answering `answer`. */
function answering(method: DataProviderMethod, answer: unknown): BillingDataProvider {
  const provider = demoProvider(invoiceHistoryData(3));
  return Object.assign(Object.create(null), provider, { [method]: async () => answer });
}

function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<{ value?: T; error?: unknown }> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`did not settle in ${ms} ms`)), ms)),
  ]);
}

/** Own data properties all the way down, and no object reached twice on one path. */
function expectPlain(value: unknown, path = '$', seen = new Set<object>()) {
  if (value === null || typeof value !== 'object') {
    expect(typeof value, path).not.toBe('function');
    return;
  }
  expect(seen.has(value), `${path} refers back to itself`).toBe(false);
  seen.add(value);
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (Array.isArray(value) && key === 'length') continue;
    expect('value' in descriptor, `${path}.${key} is an accessor`).toBe(true);
    expectPlain(descriptor.value, `${path}.${key}`, seen);
  }
  seen.delete(value);
}

describe.each(dataProviderMethods)(
  '%s, answering hostile values, through the validated provider',
  (method) => {
    it(`refuses with a BillingError or hands on a plain copy, ${RUNS} times`, {
      timeout: TEST_TIMEOUT_MS,
    }, async () => {
      const sample = await sampleAnswer(method);
      await fc.assert(
        fc.asyncProperty(hostileAnswer(sample), async (answer) => {
          const validated = createValidatedDataProvider(answering(method, answer)) as unknown as Record<
            string,
            (params: object) => Promise<unknown>
          >;
          const outcome = await settlesWithin(
            Promise.resolve().then(() => validated[method]?.(PARAMS[method])),
            SETTLE_MS,
          );
          if ('error' in outcome) {
            expect(isBillingError(outcome.error), String(outcome.error)).toBe(true);
            return;
          }
          expectPlain(outcome.value);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  },
);

/* -------------------------------------------------------------------------------------------------
 * Rendered
 * -----------------------------------------------------------------------------------------------*/

/** The components that show what each read answers. */
const READERS: Partial<Record<DataProviderMethod, () => ReactNode>> = {
  getCatalog: () => <PlanModalScreen />,
  getSubscription: () => (
    <>
      <BillingSummary />
      <UsageMeters />
    </>
  ),
  getAccount: () => (
    <>
      <UsageMeters />
      <PlanModalScreen />
    </>
  ),
  previewChange: () => (
    <PlanModal defaultOpen>
      <PlanModalContent initialPlan={{ planId: 'enterprise', interval: 'month' }} />
    </PlanModal>
  ),
  listInvoices: () => <InvoiceList />,
  getInvoice: () => <InvoiceView invoiceId="in_0003" />,
  listPaymentMethods: () => (
    <>
      <PaymentMethods />
      <BillingSummary />
    </>
  ),
};

function PlanModalScreen() {
  return (
    <PlanModal defaultOpen>
      <PlanModalContent />
    </PlanModal>
  );
}

afterEach(cleanup);

const REFUSED_RENDERED_ONE_IN = 10;

async function accepts(method: DataProviderMethod, answer: unknown): Promise<boolean> {
  const validated = createValidatedDataProvider(answering(method, answer)) as unknown as Record<
    string,
    (params: object) => Promise<unknown>
  >;
  return (validated[method]?.(PARAMS[method]) ?? Promise.reject()).then(
    () => true,
    () => false,
  );
}

const readers = Object.entries(READERS) as [DataProviderMethod, () => ReactNode][];

describe.each(readers)('%s, answering hostile values, rendered', (method, screenFor) => {
  it(`shows data or a message, never throws or hangs, ${RUNS} times`, {
    timeout: TEST_TIMEOUT_MS,
  }, async () => {
    const sample = await sampleAnswer(method);
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    // React's own complaints (duplicate keys, updates after unmount) count as failures too.
    const complaints = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      uncaught.push(args.map(String).join(' '));
    });
    let refused = 0;
    let rendered = 0;
    try {
      await fc.assert(
        fc.asyncProperty(hostileAnswer(sample), async (answer) => {
          // Whatever the boundary hands on is rendered; of what it refuses (every part then shows
          // the same message), one in ten.
          if (!(await accepts(method, answer)) && refused++ % REFUSED_RENDERED_ONE_IN !== 0) return;
          rendered++;
          uncaught.length = 0;
          const events: { type: string }[] = [];
          const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
          const { container, unmount } = render(
            <SubscriptionKitProvider
              dataProvider={answering(method, answer)}
              queryClient={queryClient}
              now={demoClock}
              onEvent={(event) => events.push(event)}
            >
              {screenFor()}
            </SubscriptionKitProvider>,
          );
          try {
            await waitFor(
              () => {
                const root = container.ownerDocument.body;
                expect(root.querySelector('[aria-busy="true"]')).toBeNull();
                expect(queryClient.isFetching()).toBe(0);
              },
              { timeout: SETTLE_MS, interval: 1 },
            );
            expect(uncaught).toEqual([]);
            expect(events.filter((event) => event.type === 'render_failed')).toEqual([]);
            expect(container.ownerDocument.body.textContent?.trim()).not.toBe('');
          } finally {
            unmount();
            queryClient.clear();
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // At least every tenth case reached the components.
      expect(rendered).toBeGreaterThanOrEqual(RUNS / REFUSED_RENDERED_ONE_IN);
    } finally {
      window.removeEventListener('error', onError);
      complaints.mockRestore();
    }
  });
});
