import { BillingError } from 'subscription-kit/core';
import {
  type BillingDataProvider,
  createDemoBillingData,
  createMemoryDataProvider,
  type DataProviderContractOptions,
  type DataProviderFactory,
  dataProviderContractChecks,
  demoNow,
  type MemoryDataProvider,
  runDataProviderCheck,
  runDataProviderContract,
} from 'subscription-kit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** The memory provider over data with every scenario the kit looks for. */
function createKitProvider(): MemoryDataProvider {
  const data = createDemoBillingData({ invoiceCount: 30 });
  data.account.usage = { documents: 6_000 };
  return createMemoryDataProvider({ data, now: () => demoNow });
}

function withOverrides(overrides: Record<string, unknown>): DataProviderFactory {
  return () => ({ ...createKitProvider(), ...overrides }) as BillingDataProvider;
}

/** The failing checks' messages, by check name. */
async function failuresOf(
  factory: DataProviderFactory,
  options: DataProviderContractOptions = {},
): Promise<Record<string, string>> {
  const results = await runDataProviderContract(factory, { timeoutMs: 1_000, ...options });
  return Object.fromEntries(
    results.filter((result) => !result.passed).map((result) => [result.name, result.error?.message ?? '']),
  );
}

function checkNamed(name: string) {
  const check = dataProviderContractChecks.find((candidate) => candidate.name.startsWith(name));
  if (!check) throw new Error(`no check named ${name}`);
  return check;
}

/** Every rejection nobody handled while the test ran: each would crash a Node process. */
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', recordUnhandled);
});

afterEach(async () => {
  // Node reports an unhandled rejection after the microtasks of the turn: give it a few turns.
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.off('unhandledRejection', recordUnhandled);
  expect(unhandled).toEqual([]);
});

describe('given a factory that throws', () => {
  it('fails every check with what it threw, and resolves', async () => {
    const failures = await failuresOf(() => {
      throw new Error('no database');
    });

    expect(Object.keys(failures)).toHaveLength(dataProviderContractChecks.length);
    for (const message of Object.values(failures)) {
      expect(message).toContain('the factory failed with Error "no database"');
    }
  });
});

describe('given a factory that rejects with a string', () => {
  it('fails every check with that string', async () => {
    const failures = await failuresOf(() => Promise.reject('no seed data'));

    expect(Object.values(failures)).toHaveLength(dataProviderContractChecks.length);
    expect(Object.values(failures)[0]).toContain('the factory failed with "no seed data"');
  });
});

describe('given a factory that resolves with nothing', () => {
  it('says it wanted a provider object', async () => {
    const failures = await failuresOf(async () => undefined as never);

    expect(Object.values(failures)[0]).toContain(
      'the factory resolved with undefined, not a provider object',
    );
  });
});

describe('given a factory that never settles', () => {
  it('times out naming the factory', async () => {
    await expect(
      runDataProviderCheck(checkNamed('has every required method'), () => new Promise(() => {}), {
        timeoutMs: 50,
      }),
    ).rejects.toThrow('timed out after 50 ms waiting for the factory');
  });
});

describe('given a provider without getAccount', () => {
  it('names the missing method in every check, not a TypeError', async () => {
    const failures = await failuresOf(withOverrides({ getAccount: undefined }));

    expect(Object.keys(failures)).toHaveLength(dataProviderContractChecks.length);
    for (const message of Object.values(failures)) {
      expect(message).toContain('the required method getAccount is missing');
    }
  });
});

describe('given a provider whose getAccount throws synchronously', () => {
  it('says to reject the Promise instead', async () => {
    const failures = await failuresOf(
      withOverrides({
        getAccount: () => {
          throw new Error('boom');
        },
      }),
    );

    expect(failures["returns data in the contract's shape"]).toContain(
      'getAccount() threw Error "boom" synchronously: reject the returned Promise instead (an async function does)',
    );
  });
});

describe('given a provider whose getCatalog returns the plans, not a Promise of them', () => {
  it('says to make it async, in a message that stays short', async () => {
    const plans = createDemoBillingData().plans;
    const failures = await failuresOf(withOverrides({ getCatalog: () => plans }));
    const message = failures["returns data in the contract's shape"] ?? '';

    expect(message).toContain('getCatalog() returned [{"id":');
    expect(message).toContain('…, not a Promise: make the method async');
    expect(message.length).toBeLessThan(300);
  });
});

describe('given a provider whose getSubscription returns undefined', () => {
  it('says it returned undefined, not a Promise', async () => {
    const failures = await failuresOf(withOverrides({ getSubscription: () => undefined }));

    expect(failures["returns data in the contract's shape"]).toContain(
      'getSubscription() returned undefined, not a Promise',
    );
  });
});

describe('given a provider whose previewChange rejects with a string', () => {
  it('names the call and the string', async () => {
    const failures = await failuresOf(withOverrides({ previewChange: () => Promise.reject('nope') }));

    expect(failures['treats the current plan as no change']).toBe(
      'The provider does not meet "treats the current plan as no change": previewChange({ planId: "support-scale", interval: "month" }) failed with "nope"',
    );
    expect(failures['rejects unknown ids with not_found']).toContain(
      'previewChange of an unknown plan should reject with BillingError \'not_found\', but rejected with "nope"',
    );
  });
});

describe('given a provider whose getAccount rejects with null', () => {
  it('names the call and null', async () => {
    const failures = await failuresOf(withOverrides({ getAccount: () => Promise.reject(null) }));

    expect(failures["returns data in the contract's shape"]).toContain('getAccount() failed with null');
  });
});

describe('given a provider whose previewChange never settles', () => {
  it('times out naming the pending call', async () => {
    await expect(
      runDataProviderCheck(
        checkNamed('treats the current plan as no change'),
        withOverrides({ previewChange: () => new Promise(() => {}) }),
        { timeoutMs: 50 },
      ),
    ).rejects.toThrow(
      'timed out after 50 ms waiting for previewChange({ planId: "support-scale", interval: "month" })',
    );
  });
});

describe('given a provider that ignores an aborted signal and whose other reads fail', () => {
  function createIgnoringProvider(): BillingDataProvider {
    const provider = createKitProvider();
    const failLater = () => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('down')), 1));
    return {
      ...provider,
      getCatalog: () => provider.getCatalog({}),
      getSubscription: failLater,
      getAccount: failLater,
      listInvoices: failLater,
      listPaymentMethods: failLater,
    };
  }

  it('fails the abort check on the first read, leaving no rejection unhandled', async () => {
    const failures = await failuresOf(createIgnoringProvider);

    expect(failures['rejects reads whose signal is aborted with the AbortError']).toContain(
      'getCatalog with an aborted signal resolved with [{"id":',
    );
    // The afterEach hook finds no unhandled rejection.
  });
});

describe('given a provider whose previewChange returns an empty object', () => {
  it('fails with what the validator found, never a TypeError', async () => {
    const failures = await failuresOf(withOverrides({ previewChange: async () => ({}) }));
    const messages = Object.values(failures);

    expect(failures['treats the current plan as no change']).toContain(
      'previewChange returned invalid data: preview.planId: expected a string, got undefined; ',
    );
    expect(messages.join('\n')).not.toMatch(/TypeError|Cannot read properties/);
  });
});

describe('given a provider whose changePlan resolves with a subscription without its period', () => {
  it('fails the upgrade with the field path', async () => {
    const factory: DataProviderFactory = () => {
      const provider = createKitProvider();
      return {
        ...provider,
        async changePlan(params) {
          const result = await provider.changePlan(params);
          if (result.status !== 'complete') return result;
          return { ...result, subscription: { ...result.subscription, currentPeriod: undefined as never } };
        },
      };
    };
    const failures = await failuresOf(factory);

    expect(failures['applies an upgrade immediately']).toContain(
      'changePlan returned invalid data: result.subscription.currentPeriod: expected an object, got undefined',
    );
  });
});

describe('given a provider whose cancelScheduledChange returns a date-only billing anchor', () => {
  it('fails the cancellation with the instant it wants', async () => {
    const factory: DataProviderFactory = () => {
      const provider = createKitProvider();
      return {
        ...provider,
        async cancelScheduledChange(params) {
          return { ...(await provider.cancelScheduledChange(params)), billingAnchor: '2025-11-05' };
        },
      };
    };
    const failures = await failuresOf(factory);

    expect(failures['cancels a scheduled change']).toContain(
      'cancelScheduledChange returned invalid data: subscription.billingAnchor: expected an ISO 8601 instant such as "2026-03-01T00:00:00Z", got "2025-11-05"',
    );
  });
});

describe('given a provider whose setDefaultPaymentMethod resolves with nothing', () => {
  it('fails the default-mark check with the validator message', async () => {
    const failures = await failuresOf(
      withOverrides({
        setDefaultPaymentMethod: async ({ paymentMethodId }: { paymentMethodId: string }) => {
          if (paymentMethodId === 'contract-check-missing') throw new BillingError('not_found');
          return undefined;
        },
      }),
    );

    expect(failures['moves the default mark to the chosen payment method']).toContain(
      'setDefaultPaymentMethod returned invalid data: paymentMethods: expected an array, got undefined',
    );
  });
});

describe('given a provider whose removePaymentMethod resolves with a receipt', () => {
  it('fails the checks that remove, naming the result it wanted', async () => {
    const failures = await failuresOf(
      withOverrides({ removePaymentMethod: async () => ({ removed: true }) }),
    );

    expect(failures['rejects unknown ids with not_found']).toContain(
      'removePaymentMethod returned invalid data: paymentMethods: expected an array, got an object',
    );
    expect(failures['refuses to remove the default payment method of a paid subscription']).toContain(
      'removePaymentMethod returned invalid data',
    );
  });
});

describe('given a provider whose startAddPaymentMethod redirects to a javascript: link', () => {
  it('fails with the link it refused', async () => {
    const failures = await failuresOf(
      withOverrides({
        startAddPaymentMethod: async () => ({ type: 'redirect', url: 'javascript:alert(1)' }),
      }),
    );

    expect(
      failures['starts adding a payment method with a redirect or a host-form token, once per key'],
    ).toContain(
      'startAddPaymentMethod returned invalid data: result.url: expected an https: URL or a same-origin path, got "javascript:alert(1)"',
    );
  });
});

describe("given a provider whose subscription names a price id instead of the catalog's plan id", () => {
  it('names subscription.planId and says to use the catalog ids', async () => {
    const provider = createKitProvider();
    const factory = withOverrides({
      getSubscription: async () => {
        const subscription = await provider.getSubscription({});
        return subscription && { ...subscription, planId: 'price_1Nbasic_monthly' };
      },
    });

    const failures = await failuresOf(factory);

    expect(failures["returns data in the contract's shape"]).toBe(
      'The provider does not meet "returns data in the contract\'s shape": subscription.planId is "price_1Nbasic_monthly", which is not the id of a catalog plan: use the ids getCatalog returns',
    );
  });
});
