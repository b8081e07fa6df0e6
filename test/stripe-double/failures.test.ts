// @vitest-environment node
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';

import type { StripeDouble } from '../support/stripe-double';
import { fixture } from '../support/stripe-double/fixtures.ts';
import { stripeDoublePerTest } from './stripe-double-per-test.ts';

let double: StripeDouble;

stripeDoublePerTest(Date.UTC(2026, 0, 15) / 1000, (started) => {
  double = started;
});

describe('given an injected failure', () => {
  it('surfaces a 429 as StripeRateLimitError once, then serves the request', async () => {
    double.fail({ method: 'GET', path: '/v1/products', error: 'rate_limit' });
    await expect(double.stripe.products.list()).rejects.toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    await expect(double.stripe.products.list()).resolves.toMatchObject({ object: 'list', data: [] });
  });

  it('surfaces a 500 as StripeAPIError and leaves the idempotency key free for the retry', async () => {
    double.fail({ path: /^\/v1\/customers$/, error: 'api_error' });
    const create = () => double.stripe.customers.create({ name: 'Ada' }, { idempotencyKey: 'retry-me' });
    await expect(create()).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    const created = await create();
    expect(created.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect(double.state.customers.size).toBe(1);
  });

  it('leaves requests that do not match alone', async () => {
    double.fail({ method: 'POST', path: '/v1/subscriptions', error: 'rate_limit' });
    await expect(double.stripe.products.list()).resolves.toMatchObject({ object: 'list' });
  });
});

describe('given an endpoint the double does not implement', () => {
  it('answers 404 resource_missing naming the method and path', async () => {
    const refund = double.stripe.refunds.create({ charge: 'ch_1' });
    await expect(refund).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    await expect(double.stripe.refunds.create({ charge: 'ch_1' })).rejects.toThrow('POST: /v1/refunds');
  });
});

describe('given the fixtures typed by the SDK', () => {
  it('fails the typecheck on a field the SDK does not know', () => {
    const product = {
      ...fixture('product'),
      // @ts-expect-error `made_up_field` is not a field of Stripe.Product in this API version.
      made_up_field: true,
    } satisfies Stripe.Product;
    expect(product.object).toBe('product');
  });
});
