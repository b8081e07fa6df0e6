import type { BillingCapability, DataProviderMethod, RequestMeta } from '../provider';

/** What `headers` receives when it is a function: which method is being called, and its `meta`. */
export interface HttpRequestContext {
  method: DataProviderMethod;
  meta: RequestMeta | undefined;
}

export interface HttpDataProviderOptions {
  /** Where the REST contract is served, e.g. `https://api.example.com/billing` or `/api/billing`. */
  baseUrl: string;
  /**
   * The fetch to use (a host's authenticated fetch, a test double). Read at call time, so nothing
   * touches `globalThis.fetch` on import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch | undefined;
  /**
   * Extra headers (e.g. `Authorization`), or a function of the call that returns them. The function
   * runs inside the call's deadline.
   */
  headers?: HeadersInit | ((context: HttpRequestContext) => HeadersInit | Promise<HeadersInit>) | undefined;
  /**
   * Milliseconds a call may take, headers, answer and body included, before it is given up with a
   * retryable `network` error (`details.reason` `timeout`), even when `fetch` ignores the abort.
   * A write may still have been applied: retry with the same key. Every call has a deadline: a
   * value that is not a positive, finite number keeps the default.
   * @default 15000
   */
  timeoutMs?: number | undefined;
  /**
   * The optional methods the backend serves; the others are left out, so the UI hides them.
   * @default every capability
   */
  capabilities?: readonly BillingCapability[] | undefined;
  /**
   * The clock a `Retry-After` date is read against (`details.retryAfterSeconds` is the time from
   * `now()` to that date), in milliseconds since the epoch or as a `Date`.
   * @default Date.now
   */
  now?: (() => number | Date) | undefined;
}
