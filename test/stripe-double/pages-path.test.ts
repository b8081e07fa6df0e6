// @vitest-environment node
import { afterEach, expect, it } from 'vitest';

import { type StripeDouble, startStripeDouble } from '../support/stripe-double';

// A host that serves the double's invoice pages on its own origin (the demo server) gives them a
// path prefix: the links are then same-origin paths, which the components follow.
let double: StripeDouble | undefined;
afterEach(async () => {
  await double?.close();
});

it('gives invoice pages under a path prefix and still answers the API', async () => {
  double = await startStripeDouble({
    now: () => Date.UTC(2026, 0, 15) / 1000,
    pagesOrigin: '/stripe-double',
  });
  const product = await double.stripe.products.create({ name: 'Team' });
  const price = await double.stripe.prices.create({
    product: product.id,
    currency: 'eur',
    unit_amount: 1000,
    recurring: { interval: 'month' },
  });
  const customer = await double.stripe.customers.create({ name: 'Nordlys' });
  const visa = await double.stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
  await double.stripe.customers.update(customer.id, {
    invoice_settings: { default_payment_method: visa.id },
  });
  await double.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] });
  const [invoice] = (await double.stripe.invoices.list({ customer: customer.id })).data;
  expect(invoice?.invoice_pdf).toBe(`/stripe-double/invoices/${invoice?.id}/pdf`);
  expect(invoice?.hosted_invoice_url).toBe(`/stripe-double/invoices/${invoice?.id}/hosted`);
  // The page itself is at the double's own origin, without the prefix.
  const pdf = await fetch(`${double.origin}/invoices/${invoice?.id}/pdf`);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
});
