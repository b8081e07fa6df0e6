import type { AccountContext, Plan, Subscription } from '../core';

/** Passed to every method: anything the host wants to thread through (tenant, trace id …). */
export type RequestMeta = Record<string, unknown>;

/** Every read can be cancelled: the components abort reads they no longer need. */
export interface ReadParams {
  signal?: AbortSignal;
  meta?: RequestMeta;
}

/**
 * Every write carries an idempotency key: the same key must return the same result and apply the
 * change at most once, so a double click or a retry never changes a plan twice.
 */
export interface WriteParams {
  idempotencyKey: string;
  meta?: RequestMeta;
}

/**
 * The contract between the components and the host's billing backend: one object of async
 * methods, one params object each. Methods reject with a `BillingError`.
 */
export interface BillingDataProvider {
  /** Every plan the account may see, with prices, limits, features and availability rules. */
  getCatalog(params: ReadParams): Promise<Plan[]>;
  /** The current subscription, or `null` when the account has none. */
  getSubscription(params: ReadParams): Promise<Subscription | null>;
  /** Usage this period, agent template, integrations, country, assistant configuration, trial usage. */
  getAccount(params: ReadParams): Promise<AccountContext>;
}
