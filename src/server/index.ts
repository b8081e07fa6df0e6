// `subscription-kit/server`: the REST contract served over any provider, with authentication,
// a same-site check and idempotent writes. Server only (Node, workers, edge runtimes): it never
// belongs in a browser bundle, and no other entry imports it.

export type { BillingDataProvider } from '../provider';
export type {
  BillingCustomer,
  BillingHandler,
  BillingHandlerErrorContext,
  BillingHandlerOptions,
} from './billing-handler-options';
export { createBillingHandler } from './create-billing-handler';
export {
  createMemoryIdempotencyStore,
  type IdempotencyRecord,
  type IdempotencyScope,
  type IdempotencyStore,
  type MemoryIdempotencyStoreOptions,
  type StoredResponse,
} from './idempotency-store';
export { SAME_SITE_HEADER } from './request-checks';
export {
  type NodeIncomingRequest,
  type NodeListenerOptions,
  type NodeServerResponse,
  toNodeListener,
} from './to-node-listener';
