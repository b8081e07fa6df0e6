import type { IdempotencyScope, IdempotencyStore } from './idempotency-store';
import { refusal } from './rest-responses';

/** How often a write polls the store for an answer another instance is still working on. */
const POLL_MS = 50;

/** Runs one write for a scope and fingerprint, at most once; see `createIdempotentRunner`. */
export type IdempotentRunner = (
  scope: IdempotencyScope,
  fingerprint: string,
  run: () => Promise<Response>,
) => Promise<Response>;

/**
 * Runs each write at most once per customer and key: a stored first answer is sent again
 * (`Idempotent-Replayed: true`); the same key with another request is refused (422); a write
 * still running is waited for (awaited in this process, polled in the store otherwise) for up to
 * `waitMs`, then 409. Only a successful answer is kept; after an error the key is released.
 */
export function createIdempotentRunner(store: IdempotencyStore, waitMs: number): IdempotentRunner {
  const running = new Map<string, Promise<unknown>>();
  return async (scope, fingerprint, run) => {
    const id = JSON.stringify([scope.customerId, scope.key]);
    const deadline = Date.now() + waitMs;
    for (;;) {
      const stored = await store.claim(scope, fingerprint);
      if (stored === null) {
        const attempt = runAndKeep(store, scope, fingerprint, run);
        running.set(id, attempt);
        return attempt.finally(() => running.delete(id));
      }
      if (stored.fingerprint !== fingerprint) {
        return refusal(422, 'idempotency_key_reused', 'This Idempotency-Key was used for another request');
      }
      if (stored.state === 'complete') {
        const { status, contentType, body } = stored.response;
        return new Response(body, {
          status,
          headers: { 'Content-Type': contentType, 'Idempotent-Replayed': 'true' },
        });
      }
      const first = running.get(id);
      if (first) {
        await first.catch(() => undefined);
      } else if (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      } else {
        return refusal(409, 'idempotency_key_in_use', 'A request with this Idempotency-Key is still running');
      }
    }
  };
}

/** Runs the write that claimed `scope`; keeps its answer when it succeeded, releases the key otherwise. */
async function runAndKeep(
  store: IdempotencyStore,
  scope: IdempotencyScope,
  fingerprint: string,
  run: () => Promise<Response>,
): Promise<Response> {
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await store.release(scope);
    throw error;
  }
  if (!response.ok) {
    await store.release(scope);
    return response;
  }
  const body = await response.text();
  const contentType = response.headers.get('Content-Type') ?? 'application/json';
  await store.complete(scope, fingerprint, { status: response.status, contentType, body });
  return new Response(body, { status: response.status, headers: { 'Content-Type': contentType } });
}
