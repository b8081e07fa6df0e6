import type Stripe from 'stripe';

import { attach, findCustomer } from './customers.ts';
import { invalidRequest, resourceMissing } from './errors.ts';
import { fixture } from './fixtures.ts';
import { boolean, decodeForm, type FormParams, metadata, requiredText, text, texts } from './form.ts';
import { type Route, route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';
import { testTokens } from './test-tokens.ts';

// Adding payment methods: SetupIntents (cards, SEPA Direct Debit) and Checkout in setup mode, whose
// `url` is a page on the double where a test card is chosen.

/**
 * In this API version the types offered are `allowed_payment_method_types`; the older
 * `payment_method_types` parameter is refused as Stripe refuses an unknown parameter.
 */
function allowedTypes(params: FormParams): string[] {
  if ('payment_method_types' in params) {
    throw invalidRequest('Received unknown parameter: payment_method_types', 'payment_method_types');
  }
  const types = texts(params, 'allowed_payment_method_types');
  return types.length > 0 ? types : ['card'];
}

function createSetupIntent(context: Context, params: FormParams): Stripe.SetupIntent {
  const customer = text(params, 'customer');
  if (customer !== undefined) findCustomer(context, customer);
  const types = allowedTypes(params);
  const id = context.newId('seti');
  const intent: Stripe.SetupIntent = {
    ...fixture('setup_intent'),
    id,
    created: context.now,
    customer: customer ?? null,
    client_secret: `${id}_secret_${context.newId('s').slice(2)}`,
    allowed_payment_method_types: types as Stripe.SetupIntent.AllowedPaymentMethodType[],
    payment_method_types: types,
    usage: text(params, 'usage') ?? 'off_session',
    metadata: metadata(params),
    status: 'requires_payment_method',
    last_setup_error: null,
    next_action: null,
    payment_method: null,
    payment_method_configuration_details: null,
  } satisfies Stripe.SetupIntent;
  context.state.setupIntents.set(id, intent);
  const paymentMethod = text(params, 'payment_method');
  if (paymentMethod !== undefined && boolean(params, 'confirm')) confirmSetup(context, intent, paymentMethod);
  return intent;
}

/** A confirmed setup attaches the payment method (made from a test token) to the customer. */
function confirmSetup(context: Context, intent: Stripe.SetupIntent, token: string): void {
  const customer = typeof intent.customer === 'string' ? intent.customer : intent.customer?.id;
  if (customer === undefined)
    throw invalidRequest('A customer is needed to save a payment method.', 'customer');
  intent.payment_method = attach(context, token, customer).id;
  intent.status = 'succeeded';
}

function createCheckoutSession(context: Context, params: FormParams): Stripe.Checkout.Session {
  if (text(params, 'mode') !== 'setup') {
    throw invalidRequest('The Stripe double only implements Checkout in setup mode.', 'mode');
  }
  const customer = findCustomer(context, requiredText(params, 'customer')).id;
  const types = allowedTypes(params);
  const setupIntent = createSetupIntent(context, { customer, allowed_payment_method_types: types });
  const id = context.newId('cs_test');
  const session: Stripe.Checkout.Session = {
    ...fixture('checkout.session'),
    id,
    created: context.now,
    expires_at: context.now + 24 * 3600,
    mode: 'setup',
    customer,
    currency: text(params, 'currency') ?? null,
    payment_intent: null,
    setup_intent: setupIntent.id,
    payment_method_types: types,
    payment_status: 'no_payment_required',
    status: 'open',
    success_url: text(params, 'success_url') ?? null,
    cancel_url: text(params, 'cancel_url') ?? null,
    metadata: metadata(params),
    url: `${context.origin}/checkout/${id}`,
    amount_subtotal: null,
    amount_total: null,
    shipping_cost: null,
    total_details: null,
  } satisfies Stripe.Checkout.Session;
  context.state.checkoutSessions.set(id, session);
  return session;
}

/**
 * The page behind a session's `url`: a choice of test payment methods; submitting it completes
 * the session (its SetupIntent succeeds, the method is attached) and goes to `success_url`.
 */
export function checkoutPage(context: Context, method: string, url: URL, body: string) {
  const match = /^\/checkout\/([^/]+)(\/complete)?$/.exec(url.pathname);
  const session = match ? context.state.checkoutSessions.get(match[1] ?? '') : undefined;
  if (match === null || session === undefined) return undefined;
  if (match[2] !== undefined && method === 'POST' && session.status === 'open') {
    const intent = context.state.setupIntents.get(String(session.setup_intent));
    if (intent !== undefined) confirmSetup(context, intent, text(decodeForm(body), 'payment_method') ?? '');
    session.status = 'complete';
    const next = (session.success_url ?? '/').replace('{CHECKOUT_SESSION_ID}', session.id);
    return { status: 303, headers: { Location: next }, body: '' };
  }
  const types = session.payment_method_types;
  const options = Object.entries(testTokens)
    .filter(([, token]) => types.includes(token.type))
    .map(
      ([name, token]) => `<option value="${name}">${token.brand ?? token.type} •••• ${token.last4}</option>`,
    )
    .join('');
  return {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stripe double checkout</title></head><body><main><h1>Save a payment method</h1><p data-status="${session.status}">${session.status}</p><form method="post" action="/checkout/${session.id}/complete"><label>Payment method <select name="payment_method">${options}</select></label><button type="submit">Save</button></form></main></body></html>`,
  };
}

export const setupRoutes: Route[] = [
  route('POST', '/v1/setup_intents', createSetupIntent),
  route('GET', '/v1/setup_intents/:id', (context, _params, id) =>
    findOrThrow(context.state.setupIntents, id ?? '', () =>
      resourceMissing('setupintent', id ?? '', 'intent'),
    ),
  ),
  route('POST', '/v1/checkout/sessions', createCheckoutSession),
  route('GET', '/v1/checkout/sessions/:id', (context, _params, id) =>
    findOrThrow(context.state.checkoutSessions, id ?? '', () =>
      resourceMissing('checkout.session', id ?? '', 'session'),
    ),
  ),
];
