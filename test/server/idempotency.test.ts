// @vitest-environment node
import { createMemoryIdempotencyStore, type IdempotencyStore } from 'subscription-kit/server';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { billingRequest, createCustomerBackend, createTestHandler } from './support/billing-server';

let backend: MemoryDataProvider;
let handler: ReturnType<typeof createTestHandler>;

beforeEach(() => {
  backend = createCustomerBackend('supportTemplate');
  handler = createTestHandler({ a: backend });
});

function setup(key: string, type = 'card') {
  return billingRequest('/payment-methods/setup', {
    method: 'POST',
    headers: { 'Idempotency-Key': key },
    json: { type },
  });
}

describe('given a write retried with the same key', () => {
  it('answers the first response again, status and body, without a second provider call', async () => {
    const first = await handler(setup('k1'));
    const firstBody = await first.text();
    const replay = await handler(setup('k1'));

    expect(replay.status).toBe(first.status);
    expect(await replay.text()).toBe(firstBody);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(backend.calls.startAddPaymentMethod).toBe(1);
  });

  it('answers 422 when the same key comes with another body', async () => {
    await handler(setup('k2', 'card'));
    const other = await handler(setup('k2', 'sepa_debit'));

    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ error: { details: { reason: 'idempotency_key_reused' } } });
    expect(backend.calls.startAddPaymentMethod).toBe(1);
  });

  it('answers two simultaneous first requests with one provider call and one answer', async () => {
    const slow = createCustomerBackend('supportTemplate');
    handler = createTestHandler({ a: createDelayed(slow) });

    const [one, two] = await Promise.all([handler(setup('k3')), handler(setup('k3'))]);

    expect(await two.text()).toBe(await one.text());
    expect(slow.calls.startAddPaymentMethod).toBe(1);
  });

  it('answers 409, retryable, while another instance still runs the first request', async () => {
    const store: IdempotencyStore = {
      claim: async (_scope, fingerprint) => ({ state: 'pending', fingerprint }),
      complete: async () => undefined,
      release: async () => undefined,
    };
    handler = createTestHandler({ a: backend }, { idempotencyStore: store, pendingWriteWaitMs: 120 });

    const response = await handler(setup('k4'));

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: { retryable: true, details: { reason: 'idempotency_key_in_use' } },
    });
    expect(backend.calls.startAddPaymentMethod).toBe(0);
  });

  it('keeps no failure: after an error the same key tries again', async () => {
    backend.setFault('startAddPaymentMethod', { fault: 'rate_limited', times: 1 });

    const failed = await handler(setup('k5'));
    const retried = await handler(setup('k5'));

    expect([failed.status, retried.status]).toEqual([429, 200]);
    expect(retried.headers.get('Idempotent-Replayed')).toBeNull();
  });
});

describe('given the memory store', () => {
  it('forgets a record once its time is up', async () => {
    let now = 0;
    const store = createMemoryIdempotencyStore({ ttlMs: 1_000, now: () => now });
    const scope = { customerId: 'a', key: 'k' };
    await store.claim(scope, 'f');
    await store.complete(scope, 'f', { status: 200, contentType: 'application/json', body: '1' });

    now = 999;
    expect(await store.claim(scope, 'f')).toMatchObject({ state: 'complete' });
    now = 1_000;
    expect(await store.claim(scope, 'f')).toBeNull();
  });

  it('scopes keys per customer', async () => {
    const store = createMemoryIdempotencyStore();
    await store.claim({ customerId: 'a', key: 'k' }, 'f');

    expect(await store.claim({ customerId: 'b', key: 'k' }, 'f')).toBeNull();
    expect(await store.claim({ customerId: 'a', key: 'k' }, 'f')).toEqual({
      state: 'pending',
      fingerprint: 'f',
    });
  });
});

/** The provider with each `startAddPaymentMethod` answered 30 ms late. */
function createDelayed(provider: MemoryDataProvider): MemoryDataProvider {
  return {
    ...provider,
    startAddPaymentMethod: async (params) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return (await provider.startAddPaymentMethod?.(params)) as never;
    },
  };
}
