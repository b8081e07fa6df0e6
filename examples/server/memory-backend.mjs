// The demo's default backend: the memory provider (subscription-kit/testing) holding one demo
// customer at a time, one per scenario of `demo-data.mjs`. The demo server serves it through
// `createBillingHandler`; its controls (reset, faults, state) are the demo's, not the contract's.
import { createMemoryDataProvider } from 'subscription-kit/testing';
import { DEFAULT_SCENARIO, demoClock, demoScenarios } from './demo-data.mjs';

/**
 * @param {{ latencyMs?: number }} [options] `latencyMs`: how long each billing call takes (the
 *   memory provider's `delay`), so loading states are visible.
 */
export async function createMemoryBackend({ latencyMs = 0 } = {}) {
  /** Each scenario's data, built once on first use (the memory provider copies it). */
  const snapshots = new Map();
  async function freshProvider(name) {
    const scenario = demoScenarios[name];
    if (!snapshots.has(name)) snapshots.set(name, await scenario.data());
    const fresh = createMemoryDataProvider({ data: snapshots.get(name), now: demoClock, delay: latencyMs });
    for (const [method, fault] of Object.entries(scenario.faults ?? {})) fresh.setFault(method, fault);
    return fresh;
  }
  let scenarioName = DEFAULT_SCENARIO;
  let provider = await freshProvider(scenarioName);

  return {
    name: 'memory',
    /** Its invoices have no PDF of their own: the demo server draws one. */
    drawsInvoicePdf: true,
    scenarios: Object.keys(demoScenarios),
    /** The customer the demo shows now; sessions authenticate as it. */
    customerId: () => `demo-${scenarioName}`,
    /** The provider for an authenticated customer: the memory backend holds that one customer. */
    provider: () => provider,
    async reset(scenario) {
      provider = await freshProvider(scenario);
      scenarioName = scenario;
    },
    /** Makes the next `times` calls of `method` fail with `fault` (false: no such method). */
    fault(method, fault, times) {
      if (typeof provider[method] !== 'function') return false;
      provider.setFault(method, fault === null ? null : { fault, times });
      return true;
    },
    completeAddPaymentMethod: (params) => provider.completeAddPaymentMethod(params),
    state() {
      const { subscription, invoices, paymentMethods, customer } = provider.getData();
      return {
        scenario: scenarioName,
        customer,
        subscription,
        invoiceCount: invoices.length,
        paymentMethods,
        calls: provider.calls,
      };
    },
  };
}
