import { act, render } from '@testing-library/react';
import {
  type BillingDataProvider,
  BillingError,
  SubscriptionKitProvider,
  useCatalog,
} from 'subscription-kit';
import { createHttpDataProvider } from 'subscription-kit/http';
import { createTestDataProvider } from 'subscription-kit/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * The library's own QueryClient retries a failed read only when the error is retryable: a rate
 * limit no sooner than the backend asked (up to a minute), anything else after 1 s and 2 s.
 */

function CatalogStatus() {
  const catalog = useCatalog();
  return <p data-testid="status">{catalog.status}</p>;
}

function renderCatalog(dataProvider: BillingDataProvider) {
  render(
    <SubscriptionKitProvider dataProvider={dataProvider}>
      <CatalogStatus />
    </SubscriptionKitProvider>,
  );
}

/** A provider whose catalog always rejects with `error`, counting the calls. */
function failingCatalog(error: () => unknown) {
  const calls = { count: 0 };
  const provider = createTestDataProvider({
    getCatalog: async () => {
      calls.count += 1;
      throw error();
    },
  });
  return { provider, calls };
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('given an HTTP backend that answers 429 with Retry-After: 30', () => {
  it('retries the read no sooner than 30 s, twice at most', async () => {
    let calls = 0;
    renderCatalog(
      createHttpDataProvider({
        baseUrl: 'https://billing.example.com',
        fetch: async () => {
          calls += 1;
          return new Response('', { status: 429, headers: { 'Retry-After': '30' } });
        },
      }),
    );
    await advance(0);
    expect(calls).toBe(1);
    await advance(29_999);
    expect(calls).toBe(1);
    await advance(1);
    expect(calls).toBe(2);
    await advance(30_000);
    expect(calls).toBe(3);
    await advance(120_000);
    expect(calls).toBe(3);
  });
});

describe('given a rate limit that asks for more than a minute', () => {
  it('does not retry on its own: the error shows at once', async () => {
    const { provider, calls } = failingCatalog(
      () => new BillingError('rate_limited', { details: { retryAfterSeconds: 600 } }),
    );
    renderCatalog(provider);
    await advance(0);
    expect(calls.count).toBe(1);
    expect(document.querySelector('[data-testid="status"]')?.textContent).toBe('error');
    await advance(600_000);
    expect(calls.count).toBe(1);
  });
});

describe('given a retryable error without Retry-After', () => {
  it('keeps the usual backoff: 1 s, then 2 s', async () => {
    const { provider, calls } = failingCatalog(() => new BillingError('network'));
    renderCatalog(provider);
    await advance(0);
    expect(calls.count).toBe(1);
    await advance(999);
    expect(calls.count).toBe(1);
    await advance(1);
    expect(calls.count).toBe(2);
    await advance(1_999);
    expect(calls.count).toBe(2);
    await advance(1);
    expect(calls.count).toBe(3);
    await advance(60_000);
    expect(calls.count).toBe(3);
  });
});

describe('given an error that is not retryable', () => {
  it('does not retry', async () => {
    const { provider, calls } = failingCatalog(() => new BillingError('unauthorized'));
    renderCatalog(provider);
    await advance(60_000);
    expect(calls.count).toBe(1);
  });
});
