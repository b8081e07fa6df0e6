import { BillingError, isBillingError } from 'subscription-kit/core';
import {
  type BillingDataProvider,
  createMemoryDataProvider,
  dataProviderContractChecks,
  demoNow,
  describeDataProviderContract,
  runDataProviderContract,
} from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { createKitBackend } from '../support/kit-backend';

const options = { describe, it };

describeDataProviderContract('the memory provider', createKitBackend, options);

/** Pages overlap by one invoice: the next page starts with the last one of the page before. */
function createOverlappingPagesProvider(): BillingDataProvider {
  const provider = createKitBackend();
  return {
    ...provider,
    async listInvoices(params) {
      const page = await provider.listInvoices(params);
      const beforeLast = page.data.at(-2);
      return {
        ...page,
        nextCursor: page.nextCursor && beforeLast ? `after:${beforeLast.id}` : page.nextCursor,
      };
    },
  };
}

/** Sends every write with a fresh key, as if the backend ignored the caller's. */
function createKeyIgnoringProvider(): BillingDataProvider {
  const provider = createKitBackend();
  let counter = 0;
  return {
    ...provider,
    changePlan: (params) => {
      counter += 1;
      return provider.changePlan({ ...params, idempotencyKey: `ignored-${counter}` });
    },
  };
}

/** Reports an unknown plan as `unknown` instead of `not_found`. */
function createWrongCodeProvider(): BillingDataProvider {
  const provider = createKitBackend();
  const unknownInsteadOfNotFound = (error: unknown) => {
    throw isBillingError(error) && error.code === 'not_found' ? new BillingError('unknown') : error;
  };
  return {
    ...provider,
    previewChange: (params) => provider.previewChange(params).catch(unknownInsteadOfNotFound),
    changePlan: (params) => provider.changePlan(params).catch(unknownInsteadOfNotFound),
  };
}

describe('given the conformance kit', () => {
  it('checks at least twelve named behaviours', () => {
    expect(dataProviderContractChecks.length).toBeGreaterThanOrEqual(12);
    expect(new Set(dataProviderContractChecks.map((check) => check.name)).size).toBe(
      dataProviderContractChecks.length,
    );
  });

  it('needs describe and it when the runner has no globals', () => {
    expect(() => describeDataProviderContract('x', createKitBackend)).toThrow('needs `describe` and `it`');
  });
});

describe.each([
  [
    'pages that overlap',
    createOverlappingPagesProvider,
    'pages through invoices without gaps or duplicates',
    'is on page 1 and again on page 2',
  ],
  [
    'a backend that ignores the idempotency key',
    createKeyIgnoringProvider,
    'never applies a second change under one idempotency key',
    'changed the subscription again',
  ],
  [
    'a wrong error code',
    createWrongCodeProvider,
    'rejects unknown ids with not_found',
    "rejected with 'unknown' instead of 'not_found'",
  ],
])('given a provider with %s', (_, factory, behaviour, detail) => {
  it('fails exactly the check of that behaviour, with a message naming it', async () => {
    const results = await runDataProviderContract(factory);
    const failed = results.filter((result) => !result.passed);

    expect(failed.map((result) => result.name)).toEqual([expect.stringContaining(behaviour)]);
    expect(failed[0]?.error?.message).toContain(`does not meet "${behaviour}`);
    expect(failed[0]?.error?.message).toContain(detail);
  });
});

describe('given data without a blocked change', () => {
  const factory = () => createMemoryDataProvider({ now: () => demoNow });

  it('fails that check, saying what to add and how to opt out', async () => {
    const results = await runDataProviderContract(factory);

    expect(results.filter((result) => !result.passed).map((result) => result.error?.message)).toEqual([
      'The provider does not meet "rejects a blocked change with its blockers and changes nothing": ' +
        'needs a plan change whose preview lists blockers, and found none. ' +
        "Add usage above the limit of a lower plan (or a feature in use that it lacks), so its preview lists blockers (with such data, previewChange must list them), or opt out with optionalScenarios: ['blocked_change']",
    ]);
  });

  it('passes every check once the scenario is opted out', async () => {
    const results = await runDataProviderContract(factory, { optionalScenarios: ['blocked_change'] });

    expect(results.filter((result) => !result.passed)).toEqual([]);
  });
});
