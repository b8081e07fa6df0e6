import { BillingError } from '../core';
import type { BillingDataProvider } from '../provider';
import { dataProviderMethods } from '../provider';

/** The methods a test provider has; `undefined` leaves a method out. */
export type TestDataProviderMethods = {
  [Method in keyof BillingDataProvider]?: BillingDataProvider[Method] | undefined;
};

/**
 * A provider for tests: the methods you pass, and every other method rejecting with
 * "`getCatalog` is not implemented" (a `BillingError('unknown')`), so a test fails loudly on a call
 * it did not expect. Pass a method as `undefined` to leave it out altogether (a missing capability):
 * `createTestDataProvider({ getCatalog: async () => plans, listInvoices: undefined })`.
 */
export function createTestDataProvider(overrides: TestDataProviderMethods = {}): BillingDataProvider {
  const provider: Record<string, unknown> = {};
  for (const method of dataProviderMethods) {
    if (method in overrides) {
      if (overrides[method] !== undefined) provider[method] = overrides[method];
      continue;
    }
    provider[method] = function notImplemented(): Promise<never> {
      return Promise.reject(new BillingError('unknown', { message: `\`${method}\` is not implemented` }));
    };
  }
  return provider as unknown as BillingDataProvider;
}
