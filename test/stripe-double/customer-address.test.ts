// @vitest-environment node
import { afterEach, beforeEach, expect, it } from 'vitest';

import { type StripeDouble, startStripeDouble } from '../support/stripe-double';

// Invoices print the customer's address (the provider reads `customer.address`), and the demo
// shows its country: the double keeps the address it is given, as Stripe does.
let double: StripeDouble;

beforeEach(async () => {
  double = await startStripeDouble({ now: () => Date.UTC(2026, 0, 15) / 1000 });
});
afterEach(async () => {
  await double.close();
});

it('keeps the address a customer is created with, and replaces it on update', async () => {
  const created = await double.stripe.customers.create({
    name: 'Nordlys Support ApS',
    address: { line1: 'Vestergade 12', postal_code: '8000', city: 'Aarhus C', country: 'DK' },
  });
  expect(created.address).toEqual({
    line1: 'Vestergade 12',
    line2: null,
    postal_code: '8000',
    city: 'Aarhus C',
    state: null,
    country: 'DK',
  });
  await double.stripe.customers.update(created.id, { address: { line1: 'Bredgade 1', country: 'DK' } });
  const retrieved = await double.stripe.customers.retrieve(created.id);
  expect(retrieved.deleted).toBeUndefined();
  expect(!retrieved.deleted && retrieved.address?.line1).toBe('Bredgade 1');
  expect(!retrieved.deleted && retrieved.address?.city).toBeNull();
});
