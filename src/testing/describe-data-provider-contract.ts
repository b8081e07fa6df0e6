import { dataProviderContractChecks } from './contract/data-provider-contract-checks';
import type {
  DataProviderContractOptions,
  DataProviderFactory,
} from './contract/data-provider-contract-options';
import { runDataProviderCheck, runnerTimeout } from './contract/run-data-provider-contract';

/*
 * The conformance kit: named, runner-agnostic checks that fail with an Error describing what broke.
 * It never imports a test runner, so it cannot become a runtime dependency of the package.
 */

/**
 * Declares one test per behaviour of the contract, in a `describe` block named after your
 * provider. Works with Vitest, Jest, Mocha and `node:test`: pass their `describe` and `it`
 * (or rely on globals). `factory` must return a provider with fresh data on every call.
 *
 * ```ts
 * describeDataProviderContract('my backend', () => createMyProvider(), { describe, it });
 * ```
 */
export function describeDataProviderContract(
  name: string,
  factory: DataProviderFactory,
  options: DataProviderContractOptions = {},
): void {
  const globals = globalThis as {
    describe?: DataProviderContractOptions['describe'];
    it?: DataProviderContractOptions['it'];
  };
  const describe = options.describe ?? globals.describe;
  const it = options.it ?? globals.it;
  if (!describe || !it) {
    throw new Error('describeDataProviderContract needs `describe` and `it`: pass them in the options');
  }
  const timeout = runnerTimeout(options);
  describe(`${name} meets the BillingDataProvider contract`, () => {
    for (const check of dataProviderContractChecks) {
      it(check.name, () => runDataProviderCheck(check, factory, options), timeout);
    }
  });
}
