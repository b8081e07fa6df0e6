import {
  createDemoBillingData,
  createMemoryDataProvider,
  type DemoAccountName,
  demoNow,
  demoPaymentMethods,
  type MemoryBillingData,
  type MemoryDataProviderOptions,
} from 'subscription-kit/testing';

/*
 * Demo backends for stories and tests: the memory provider on the demo data at the demo clock.
 * Stories double as test fixtures, so tests build their providers here too.
 */

/** The demo clock: the spring campaign runs, the trials have ended. */
export const demoClock = () => demoNow;

/** An e-commerce customer on Ecommerce Basic, monthly, paying by card. */
export function basicSubscriberData(): MemoryBillingData {
  return {
    ...createDemoBillingData({ account: 'ecommerceTrial' }),
    subscription: {
      id: 'sub_basic',
      planId: 'ecommerce-basic',
      interval: 'month',
      status: 'active',
      currentPeriod: { start: '2026-03-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' },
      billingAnchor: '2026-01-01T00:00:00.000Z',
      scheduledChange: null,
    },
    paymentMethods: demoPaymentMethods.filter((method) => method.type === 'card'),
  };
}

/** A support customer on Support Scale with nothing scheduled. */
export function supportScaleData(): MemoryBillingData {
  const data = createDemoBillingData({ account: 'supportTemplate' });
  return { ...data, subscription: data.subscription && { ...data.subscription, scheduledChange: null } };
}

export function accountData(account: DemoAccountName): MemoryBillingData {
  return createDemoBillingData({ account });
}

export function demoProvider(
  data: MemoryBillingData = basicSubscriberData(),
  options: Omit<MemoryDataProviderOptions, 'data' | 'now'> = {},
) {
  return createMemoryDataProvider({ data, now: demoClock, ...options });
}
