import { type BillingDataProvider, createValidatedDataProvider } from '../provider';

/*
 * Two `SubscriptionKitProvider`s with different data providers may share one host `QueryClient`:
 * every key carries the scope of its data provider, so their caches never meet. A provider and its
 * validated wrapper share one scope, so a host that prefetches with its own provider object fills
 * the very entries the components read.
 */

const scopes = new WeakMap<BillingDataProvider, string>();
const validatedProviders = new WeakMap<BillingDataProvider, BillingDataProvider>();
let scopeCount = 0;

/** The scope of a data provider's query keys: stable for the provider object's lifetime. */
export function dataProviderScope(dataProvider: BillingDataProvider): string {
  let scope = scopes.get(dataProvider);
  if (scope === undefined) {
    scopeCount += 1;
    scope = `provider-${scopeCount}`;
    scopes.set(dataProvider, scope);
  }
  return scope;
}

/** The provider behind boundary validation, made once per provider object and sharing its scope. */
export function validatedDataProvider(dataProvider: BillingDataProvider): BillingDataProvider {
  let validated = validatedProviders.get(dataProvider);
  if (validated === undefined) {
    validated = createValidatedDataProvider(dataProvider);
    validatedProviders.set(dataProvider, validated);
    validatedProviders.set(validated, validated);
    if (validated !== dataProvider) scopes.set(validated, dataProviderScope(dataProvider));
  }
  return validated;
}
