import { StripeDoubleError } from './errors.ts';

interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
}

export type IdempotencyLookup = { kind: 'new' } | { kind: 'replay'; status: number; body: string };

/**
 * Stripe's `Idempotency-Key`: the same key with the same request replays the first response
 * (with `Idempotent-Replayed: true`); the same key with other parameters is a 400
 * `idempotency_error`. As at Stripe, only requests that began executing are stored: a rejected
 * or injected failure leaves the key free for the retry.
 */
export function createIdempotencyStore() {
  const stored = new Map<string, StoredResponse>();
  return {
    lookup(key: string, fingerprint: string): IdempotencyLookup {
      const previous = stored.get(key);
      if (previous === undefined) return { kind: 'new' };
      if (previous.fingerprint !== fingerprint) {
        throw new StripeDoubleError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      return { kind: 'replay', status: previous.status, body: previous.body };
    },
    save(key: string, fingerprint: string, status: number, body: string): void {
      stored.set(key, { fingerprint, status, body });
    },
  };
}
