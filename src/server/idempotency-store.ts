/*
 * Where the handler keeps the first answer to each write, so a retry with the same `Idempotency-Key`
 * gets that answer again instead of a second change. Keys are scoped per customer: one customer's
 * key never finds another's answer.
 */

/** The first answer to a write, as it was sent. */
export interface StoredResponse {
  status: number;
  /** The `Content-Type` it was sent with. */
  contentType: string;
  body: string;
}

/**
 * What the store holds for one customer and key: a write still running (`pending`), or its answer
 * (`complete`). `fingerprint` identifies the request (verb, path and body), so the same key sent
 * with another request is refused (422) instead of answered with the first one's result.
 */
export type IdempotencyRecord =
  | { state: 'pending'; fingerprint: string }
  | { state: 'complete'; fingerprint: string; response: StoredResponse };

/** Which write a record belongs to: the authenticated customer's id and the request's key. */
export interface IdempotencyScope {
  customerId: string;
  key: string;
}

/**
 * The store the handler keeps first answers in. Back it by anything shared between the server's
 * instances (a SQL table, Redis; docs/SERVER.md shows both); every method may be async.
 */
export interface IdempotencyStore {
  /**
   * Claims `scope` for a write with `fingerprint`, atomically: when nothing is stored, stores a
   * `pending` record and resolves `null` (this request runs the write); otherwise resolves what is
   * stored and changes nothing. Two first requests at once must not both get `null`
   * (`INSERT … ON CONFLICT DO NOTHING`, Redis `SET … NX`).
   */
  claim(scope: IdempotencyScope, fingerprint: string): Promise<IdempotencyRecord | null>;
  /** Stores the answer of the write that claimed `scope`, replacing its `pending` record. */
  complete(scope: IdempotencyScope, fingerprint: string, response: StoredResponse): Promise<void>;
  /**
   * Forgets `scope`: the write failed without changing anything (the contract's promise for an
   * error), so the same key may try again.
   */
  release(scope: IdempotencyScope): Promise<void>;
}

export interface MemoryIdempotencyStoreOptions {
  /**
   * How long a record is kept, in milliseconds, from its claim; a `pending` one too, so a write
   * whose process died does not hold its key for ever.
   * @default 86_400_000 (24 hours)
   */
  ttlMs?: number | undefined;
  /**
   * The clock expiry is read against, in milliseconds since the epoch.
   * @default Date.now
   */
  now?: (() => number) | undefined;
}

const DAY_MS = 86_400_000;

/**
 * An `IdempotencyStore` in this process's memory, with expiry: enough for one server process and
 * for tests. Servers with more than one instance need a shared store.
 */
export function createMemoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): IdempotencyStore {
  const ttlMs = options.ttlMs ?? DAY_MS;
  const now = options.now ?? Date.now;
  const records = new Map<string, { record: IdempotencyRecord; expiresAt: number }>();
  const idOf = ({ customerId, key }: IdempotencyScope) => JSON.stringify([customerId, key]);
  const forgetExpired = () => {
    const time = now();
    for (const [id, entry] of records) if (entry.expiresAt <= time) records.delete(id);
  };
  return {
    async claim(scope, fingerprint) {
      forgetExpired();
      const stored = records.get(idOf(scope));
      if (stored) return stored.record;
      records.set(idOf(scope), { record: { state: 'pending', fingerprint }, expiresAt: now() + ttlMs });
      return null;
    },
    async complete(scope, fingerprint, response) {
      const expiresAt = records.get(idOf(scope))?.expiresAt ?? now() + ttlMs;
      records.set(idOf(scope), { record: { state: 'complete', fingerprint, response }, expiresAt });
    },
    async release(scope) {
      records.delete(idOf(scope));
    },
  };
}
