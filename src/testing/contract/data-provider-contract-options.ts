import type { PlanChangeIntent } from '../../core';
import type { BillingDataProvider } from '../../provider';
import type { DataProviderContractScenario } from './data-provider-contract-scenarios';

/** Makes a fresh provider (fresh data) for one check. */
export type DataProviderFactory = () => BillingDataProvider | Promise<BillingDataProvider>;

export interface DataProviderContractOptions {
  /** Your runner's `describe`; falls back to a global `describe`. */
  describe?: ((name: string, body: () => void) => unknown) | undefined;
  /**
   * Your runner's `it` (or `test`); falls back to a global `it`. It is given a timeout one second
   * longer than `timeoutMs` as its third argument (Vitest and Jest read it; Mocha and `node:test`
   * ignore it), so the kit's message, naming the pending call, shows rather than the runner's.
   */
  it?: ((name: string, body: () => Promise<void>, timeout?: number) => unknown) | undefined;
  /**
   * The upgrade to try; by default the first one the previews of the catalog offer without
   * blockers, at the subscription's interval.
   */
  upgrade?: PlanChangeIntent | undefined;
  /** The downgrade to try; by default the first one the previews offer without blockers. */
  downgrade?: PlanChangeIntent | undefined;
  /**
   * Invoices per page when paging.
   * @default 10
   */
  pageSize?: number | undefined;
  /**
   * Scenarios your test data cannot hold, by name (see `dataProviderContractScenarios`): the check
   * that needs one passes without it. Every other scenario is required, and a check whose data
   * lacks it fails, saying what to add. Example: `optionalScenarios: ['blocked_change']`.
   * @default []
   */
  optionalScenarios?: readonly DataProviderContractScenario[] | undefined;
  /**
   * Milliseconds one check may take, the factory included. A check that runs over fails, naming
   * the provider calls still pending. `Infinity` waits for ever.
   * @default 10000
   */
  timeoutMs?: number | undefined;
}

/** What a check works with. */
export interface DataProviderContractContext {
  /**
   * A provider made for this check alone. The runners hand over your provider wrapped so that
   * every result is validated against the contract and every call is timed.
   */
  provider: BillingDataProvider;
  options: DataProviderContractOptions;
  /** A new, unique idempotency key. */
  idempotencyKey(): string;
}

/** One behaviour of the contract. */
export interface DataProviderContractCheck {
  /** The behaviour, phrased to follow "the provider …", e.g. `applies an upgrade immediately`. */
  name: string;
  run(context: DataProviderContractContext): Promise<void>;
}

/** The outcome of one check in `runDataProviderContract`. */
export interface DataProviderContractResult {
  name: string;
  passed: boolean;
  error?: Error;
}
