import type { BillingDataProvider } from '../provider';
import type { IdempotencyStore } from './idempotency-store';

/** The customer a request is made for, as the host's `authenticate` found it. */
export interface BillingCustomer {
  /** The host's stable id of the customer; idempotency keys are scoped by it. */
  id: string;
}

/** Why the handler called `onError`: a provider's unexpected failure, or a store's. */
export interface BillingHandlerErrorContext {
  request: Request;
  /** The customer, once authenticated. */
  customer: BillingCustomer | null;
}

/** What `createBillingHandler` needs from the host. */
export interface BillingHandlerOptions<Customer extends BillingCustomer = BillingCustomer> {
  /**
   * Who is asking: the customer the request's session or token belongs to, or `null` (401
   * `unauthorized`). The only source of the customer: nothing in the body, query or path is
   * trusted for it. A throw answers 500 and reaches `onError`.
   */
  authenticate(request: Request): Customer | null | Promise<Customer | null>;
  /**
   * The provider for one customer, made per request: every id in a request is looked up by it, so
   * an id of another customer's answers `not_found`. Results pass `createValidatedDataProvider`
   * before they are sent.
   */
  provider(customer: Customer): BillingDataProvider;
  /**
   * The path the contract is mounted at (`/api/billing`); requests outside it answer 404.
   * @default '' (the root)
   */
  basePath?: string | undefined;
  /**
   * Origins allowed to write (`https://app.example.com`). A write whose `Origin` header names
   * another origin answers 403; without this option the `Origin`, when sent, must be the
   * request's own. Writes must also carry `Subscription-Kit-Request: 1` (the HTTP provider sends
   * it), which no cross-site form can set.
   * @default [] (only the request's own origin)
   */
  allowedOrigins?: readonly string[] | undefined;
  /**
   * The largest request body accepted, in bytes; a larger one answers 413 without being read on.
   * @default 16_384
   */
  maxBodyBytes?: number | undefined;
  /**
   * Where first answers to writes are kept, for replays with the same `Idempotency-Key`.
   * @default createMemoryIdempotencyStore() (one process; 24 hours)
   */
  idempotencyStore?: IdempotencyStore | undefined;
  /**
   * How long a write waits for another request with the same customer and key that is still
   * running, in milliseconds, before it answers 409 (`details.reason` `idempotency_key_in_use`,
   * retryable). A request in this process is awaited; one in another instance is polled in the store.
   * @default 10_000
   */
  pendingWriteWaitMs?: number | undefined;
  /**
   * Receives what failed unexpectedly (a provider's or store's throw that is not a BillingError,
   * malformed provider data, a throw in `authenticate`), with the request; the client only sees a
   * generic `unknown` (500) or `invalid_response` (502). Log it here.
   */
  onError?: ((error: unknown, context: BillingHandlerErrorContext) => void) | undefined;
}

/** The REST contract as a fetch-style handler: a `Request` in, a `Response` out. */
export type BillingHandler = (request: Request) => Promise<Response>;
