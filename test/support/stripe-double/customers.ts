import type Stripe from 'stripe';

import { invalidRequest, resourceMissing } from './errors.ts';
import { fixture } from './fixtures.ts';
import { type FormParams, metadata, record, requiredText, text } from './form.ts';
import { listPage, newestFirst } from './lists.ts';
import { type Route, route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';
import { cardDetails, sepaDetails, testTokens } from './test-tokens.ts';

// Customers and their payment methods: attach from Stripe's test tokens, detach, list, and the
// default on `invoice_settings.default_payment_method`.

export function findCustomer(context: Context, id: string, param = 'customer'): Stripe.Customer {
  return findOrThrow(context.state.customers, id, () => resourceMissing('customer', id, param));
}

export function findPaymentMethod(
  context: Context,
  id: string,
  param = 'payment_method',
): Stripe.PaymentMethod {
  return findOrThrow(context.state.paymentMethods, id, () => resourceMissing('PaymentMethod', id, param));
}

function createCustomer(context: Context, params: FormParams): Stripe.Customer {
  const customer = {
    ...fixture('customer'),
    id: context.newId('cus'),
    created: context.now,
    email: text(params, 'email') ?? null,
    name: text(params, 'name') ?? null,
    description: text(params, 'description') ?? null,
    address: addressOf(params) ?? null,
    metadata: metadata(params),
    discount: null,
    currency: null,
    balance: 0,
    invoice_prefix: context.newId('x').slice(-8).toUpperCase(),
    next_invoice_sequence: 1,
    invoice_settings: { ...fixture('customer').invoice_settings, default_payment_method: null },
  } satisfies Stripe.Customer;
  context.state.customers.set(customer.id, customer);
  const paymentMethod = text(params, 'payment_method');
  if (paymentMethod !== undefined) attach(context, paymentMethod, customer.id);
  applyInvoiceSettings(context, customer, params);
  return customer;
}

function updateCustomer(context: Context, params: FormParams, id: string): Stripe.Customer {
  const customer = findCustomer(context, id, 'id');
  customer.email = text(params, 'email') ?? customer.email;
  customer.name = text(params, 'name') ?? customer.name ?? null;
  customer.description = text(params, 'description') ?? customer.description;
  customer.address = addressOf(params) ?? customer.address ?? null;
  customer.metadata = metadata(params, customer.metadata);
  applyInvoiceSettings(context, customer, params);
  return customer;
}

/** `address[line1]`, `address[country]` … as Stripe stores them: every field, `null` where not given. */
function addressOf(params: FormParams): Stripe.Address | undefined {
  const address = record(params, 'address');
  if (address === undefined) return undefined;
  return {
    line1: text(address, 'line1') ?? null,
    line2: text(address, 'line2') ?? null,
    postal_code: text(address, 'postal_code') ?? null,
    city: text(address, 'city') ?? null,
    state: text(address, 'state') ?? null,
    country: text(address, 'country') ?? null,
  };
}

/** Only a payment method attached to this customer can be its default, as at Stripe. */
function applyInvoiceSettings(context: Context, customer: Stripe.Customer, params: FormParams): void {
  const settings = record(params, 'invoice_settings');
  if (settings === undefined || !('default_payment_method' in settings)) return;
  const id = text(settings, 'default_payment_method');
  if (id !== undefined && context.state.paymentMethods.get(id)?.customer !== customer.id) {
    throw invalidRequest(
      `No such PaymentMethod: '${id}'; The payment method must be attached to the customer.`,
      'invoice_settings[default_payment_method]',
      'resource_missing',
    );
  }
  customer.invoice_settings.default_payment_method = id ?? null;
}

/**
 * Attaching a test token (`pm_card_visa`) makes a new `pm_…` with that card's details and
 * behaviour; attaching an existing, unattached payment method attaches it.
 */
export function attach(context: Context, id: string, customerId: string): Stripe.PaymentMethod {
  findCustomer(context, customerId);
  const existing = context.state.paymentMethods.get(id);
  if (existing !== undefined) {
    if (existing.customer !== null && existing.customer !== customerId) {
      throw invalidRequest('The payment method you provided has already been attached to a customer.');
    }
    existing.customer = customerId;
    return existing;
  }
  const paymentMethod = fromTestToken(context, id);
  paymentMethod.customer = customerId;
  return paymentMethod;
}

/** A new payment method made from one of Stripe's test tokens. */
export function fromTestToken(context: Context, token: string): Stripe.PaymentMethod {
  const details = testTokens[token];
  if (details === undefined) throw resourceMissing('PaymentMethod', token, 'payment_method');
  const base = fixture('payment_method');
  const year = new Date(context.now * 1000).getUTCFullYear();
  const { card: _card, ...withoutCard } = base;
  const paymentMethod = {
    ...withoutCard,
    id: context.newId('pm'),
    created: context.now,
    customer: null,
    metadata: {},
    type: details.type,
    billing_details: { ...base.billing_details, email: null, name: 'Jenny Rosen', phone: null },
    ...(details.type === 'card'
      ? { card: cardDetails(details, year) }
      : { sepa_debit: sepaDetails(details) }),
  } satisfies Stripe.PaymentMethod;
  context.state.paymentMethods.set(paymentMethod.id, paymentMethod);
  context.state.cardBehaviours.set(paymentMethod.id, details.behaviour);
  return paymentMethod;
}

function detach(context: Context, id: string): Stripe.PaymentMethod {
  const paymentMethod = findPaymentMethod(context, id, 'payment_method');
  if (paymentMethod.customer === null) {
    throw invalidRequest(
      'The payment method you provided is not attached to a customer so detachment is impossible.',
    );
  }
  const customer = context.state.customers.get(String(paymentMethod.customer));
  if (customer?.invoice_settings.default_payment_method === id) {
    customer.invoice_settings.default_payment_method = null;
  }
  paymentMethod.customer = null;
  return paymentMethod;
}

function listForCustomer(context: Context, params: FormParams, customerId: string) {
  findCustomer(context, customerId, 'customer');
  const type = text(params, 'type');
  const methods = newestFirst(context.state.paymentMethods).filter(
    (method) => method.customer === customerId && (type === undefined || method.type === type),
  );
  return listPage(`/v1/customers/${customerId}/payment_methods`, methods, params);
}

export const customerRoutes: Route[] = [
  route('POST', '/v1/customers', createCustomer),
  route('GET', '/v1/customers/:id', (context, _params, id) => findCustomer(context, id ?? '', 'id')),
  route('POST', '/v1/customers/:id', (context, params, id) => updateCustomer(context, params, id ?? '')),
  route('GET', '/v1/customers/:id/payment_methods', (context, params, id) =>
    listForCustomer(context, params, id ?? ''),
  ),
  route('GET', '/v1/payment_methods', (context, params) =>
    listForCustomer(context, params, requiredText(params, 'customer')),
  ),
  route('GET', '/v1/payment_methods/:id', (context, _params, id) =>
    findPaymentMethod(context, id ?? '', 'id'),
  ),
  route('POST', '/v1/payment_methods/:id/attach', (context, params, id) =>
    attach(context, id ?? '', requiredText(params, 'customer')),
  ),
  route('POST', '/v1/payment_methods/:id/detach', (context, _params, id) => detach(context, id ?? '')),
];
