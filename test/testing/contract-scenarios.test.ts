import {
  type BillingDataProvider,
  createDemoBillingData,
  createMemoryDataProvider,
  type DataProviderContractOptions,
  type DataProviderContractScenario,
  type DataProviderFactory,
  dataProviderContractScenarios,
  demoNow,
  describeDataProviderContract,
  type MemoryBillingData,
  runDataProviderContract,
} from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

/** Demo data with every scenario, changed by `edit` to lack one. */
function factoryWithout(edit: (data: MemoryBillingData) => void) {
  return () => {
    const data = createDemoBillingData({ invoiceCount: 30 });
    data.account.usage = { documents: 6_000 };
    edit(data);
    return createMemoryDataProvider({ data, now: () => demoNow });
  };
}

async function failuresOf(factory: DataProviderFactory, options: DataProviderContractOptions = {}) {
  const results = await runDataProviderContract(factory, options);
  return Object.fromEntries(
    results.filter((result) => !result.passed).map((result) => [result.name, result.error?.message ?? '']),
  );
}

function whatToAdd(name: DataProviderContractScenario): string {
  const scenario = dataProviderContractScenarios.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  return scenario.whatToAdd;
}

describe('given the list of scenarios', () => {
  it('names each once, with what it is and what to add', () => {
    expect(dataProviderContractScenarios.map((scenario) => scenario.name)).toEqual([
      'blocked_change',
      'unavailable_plan',
      'invoice_paging',
      'non_default_payment_method',
      'paid_subscription_with_default_method',
    ]);
    for (const scenario of dataProviderContractScenarios) {
      expect(scenario.description).not.toBe('');
      expect(scenario.whatToAdd).not.toBe('');
    }
  });
});

describe.each([
  [
    'a catalog plan the account cannot get',
    'unavailable_plan',
    factoryWithout((data) => {
      data.plans = data.plans.filter((plan) => plan.id !== 'support-voice');
    }),
    'rejects a plan the account cannot get with plan_unavailable and its reasons',
    'needs a catalog plan the account cannot get, and found none.',
  ],
  [
    'more than one page of invoices',
    'invoice_paging',
    factoryWithout((data) => {
      data.invoices = data.invoices.slice(0, 5);
    }),
    'pages through invoices without gaps or duplicates, ending with a null cursor',
    'needs more invoices than fit on one page, and found 5, on one page of 10.',
  ],
  [
    'a second payment method',
    'non_default_payment_method',
    factoryWithout((data) => {
      data.paymentMethods = data.paymentMethods.filter((method) => method.isDefault);
    }),
    'moves the default mark to the chosen payment method',
    'needs a card or SEPA debit payment method that is not the default, and found none.',
  ],
  [
    'a paid subscription',
    'paid_subscription_with_default_method',
    (): BillingDataProvider => {
      // The catalog shows the current plan as free; the backend still charges upgrades to the default method.
      const provider = factoryWithout(() => {})();
      return {
        ...provider,
        async getCatalog(params) {
          const plans = await provider.getCatalog(params);
          return plans.map((plan) =>
            plan.id === 'support-scale'
              ? { ...plan, prices: { ...plan.prices, month: { ...plan.prices.month, amount: 0 } } }
              : plan,
          );
        },
      };
    },
    'refuses to remove the default payment method of a paid subscription',
    'needs a paid subscription with a default payment method, and found none.',
  ],
] as const)('given data without %s', (_, scenario, factory, check, found) => {
  it('fails that check alone, saying what it found, what to add and how to opt out', async () => {
    const failures = await failuresOf(factory);

    expect(failures).toEqual({
      [check]: `The provider does not meet "${check}": ${found} Add ${whatToAdd(scenario)}, or opt out with optionalScenarios: ['${scenario}']`,
    });
  });

  it('passes once the scenario is optional', async () => {
    expect(await failuresOf(factory, { optionalScenarios: [scenario] })).toEqual({});
  });
});

describe('given a catalog without an upgrade', () => {
  it('fails the checks that need one, saying what to add or to pass options.upgrade', async () => {
    const failures = await failuresOf(
      factoryWithout((data) => {
        data.plans = data.plans.filter((plan) => plan.id !== 'enterprise');
      }),
    );

    expect(Object.keys(failures)).toEqual([
      'applies an upgrade immediately',
      'returns the first result again for a repeated idempotency key',
      'never applies a second change under one idempotency key',
      'refuses a change that would charge another amount than the customer saw, with amount_changed',
    ]);
    expect(failures['applies an upgrade immediately']).toContain(
      'found no upgrade without blockers among the previews of the catalog (at the monthly interval): add a plan above the current one that the account can get, or name one with options.upgrade: { planId, interval }',
    );
  });
});

describe('given a catalog whose only downgrades are blocked', () => {
  it('fails the checks that need one, saying what to add or to pass options.downgrade', async () => {
    const failures = await failuresOf(
      factoryWithout((data) => {
        data.plans = data.plans.filter((plan) => plan.id !== 'ecommerce-scale');
      }),
    );

    expect(Object.keys(failures)).toEqual([
      'schedules a downgrade for the end of the period, when its preview said',
      'cancels a scheduled change',
    ]);
    expect(failures['cancels a scheduled change']).toContain(
      'add a plan below the current one whose limits the usage fits, or name one with options.downgrade: { planId, interval }',
    );
  });
});

describe('given options.upgrade that names a downgrade', () => {
  it('says how it previews', async () => {
    const failures = await failuresOf(
      factoryWithout(() => {}),
      { upgrade: { planId: 'ecommerce-scale', interval: 'month' } },
    );

    expect(failures['applies an upgrade immediately']).toContain(
      "options.upgrade previews as 'downgrade', not 'upgrade'",
    );
  });
});

describe('given describeDataProviderContract', () => {
  function declared(options: DataProviderContractOptions) {
    const tests: { name: string; timeout: number | undefined }[] = [];
    describeDataProviderContract(
      'a backend',
      factoryWithout(() => {}),
      {
        ...options,
        describe: (_, body) => body(),
        it: (name, _, timeout) => tests.push({ name, timeout }),
      },
    );
    return tests;
  }

  it('gives the runner a second more than the kit, so the kit names the pending call first', () => {
    expect(declared({}).map((test) => test.timeout)).toEqual(Array(19).fill(11_000));
    expect(declared({ timeoutMs: 30_000 })[0]?.timeout).toBe(31_000);
  });
});
