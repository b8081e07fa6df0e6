import type Stripe from 'stripe';
import { BillingError, type PaymentMethod, type PaymentMethodType } from '../core';
import type { StartAddPaymentMethodResult } from '../provider';
import { listAll } from './stripe-catalog';
import { cardBrandFromStripe, firstItem, idOf, stripeIdempotencyKey } from './stripe-conventions';
import { read, write } from './stripe-errors';
import { loadCustomer, loadSubscription, type StripeContext } from './stripe-subscription';

/*
 * Payment methods: the customer's cards, SEPA Direct Debit and, where the host allows it, bank
 * transfer (Stripe's `customer_balance`). The default lives on the customer's `invoice_settings`.
 */

export async function listPaymentMethods(
  context: StripeContext,
  signal?: AbortSignal,
): Promise<PaymentMethod[]> {
  const { stripe, customerId } = context;
  const [customer, methods] = await Promise.all([
    loadCustomer(context, signal),
    listAll(signal, (after) =>
      stripe.customers.listPaymentMethods(customerId, {
        limit: 100,
        ...(after ? { starting_after: after } : {}),
      }),
    ),
  ]);
  const defaultMethod = customer.invoice_settings.default_payment_method;
  const defaultId = defaultMethod ? idOf(defaultMethod) : null;
  return methods.flatMap((method) => toPaymentMethod(method, method.id === defaultId));
}

/** A Stripe payment method as the contract's; a type the components do not show (PayPal…) is left out. */
export function toPaymentMethod(method: Stripe.PaymentMethod, isDefault: boolean): PaymentMethod[] {
  if (method.type === 'card' && method.card) {
    const { brand, last4, exp_month: expMonth, exp_year: expYear } = method.card;
    return [
      { type: 'card', id: method.id, isDefault, brand: cardBrandFromStripe(brand), last4, expMonth, expYear },
    ];
  }
  if (method.type === 'sepa_debit' && method.sepa_debit) {
    const mandateReference = method.sepa_debit.generated_from?.setup_attempt
      ? idOf(method.sepa_debit.generated_from.setup_attempt)
      : method.id;
    return [
      {
        type: 'sepa_debit',
        id: method.id,
        isDefault,
        ibanLast4: method.sepa_debit.last4 ?? '',
        mandateReference,
      },
    ];
  }
  if (method.type === 'customer_balance') return [{ type: 'bank_transfer', id: method.id, isDefault }];
  return [];
}

/** The customer's method; another customer's is `not_found`. */
async function findPaymentMethod(
  context: StripeContext,
  paymentMethodId: string,
): Promise<Stripe.PaymentMethod> {
  const method = await read(undefined, () => context.stripe.paymentMethods.retrieve(paymentMethodId));
  if (!method.customer || idOf(method.customer) !== context.customerId) {
    throw new BillingError('not_found', { message: 'No such payment method', details: { paymentMethodId } });
  }
  return method;
}

export async function setDefaultPaymentMethod(
  context: StripeContext,
  { paymentMethodId, idempotencyKey }: { paymentMethodId: string; idempotencyKey: string },
): Promise<PaymentMethod[]> {
  await findPaymentMethod(context, paymentMethodId);
  await write(() =>
    context.stripe.customers.update(
      context.customerId,
      { invoice_settings: { default_payment_method: paymentMethodId } },
      { idempotencyKey: stripeIdempotencyKey(context.customerId, idempotencyKey) },
    ),
  );
  return listPaymentMethods(context);
}

/** Detaches a method; the default one of a paid subscription is refused with `payment_method_required`. */
export async function removePaymentMethod(
  context: StripeContext,
  { paymentMethodId, idempotencyKey }: { paymentMethodId: string; idempotencyKey: string },
): Promise<PaymentMethod[]> {
  await findPaymentMethod(context, paymentMethodId);
  const [customer, subscription] = await Promise.all([loadCustomer(context), loadSubscription(context)]);
  const defaultMethod = customer.invoice_settings.default_payment_method;
  const paid =
    subscription !== null &&
    subscription.status !== 'canceled' &&
    (firstItem(subscription).price.unit_amount ?? 0) > 0;
  if (paid && defaultMethod && idOf(defaultMethod) === paymentMethodId) {
    throw new BillingError('payment_method_required', {
      message: 'The default payment method pays for the subscription',
      details: { paymentMethodId },
    });
  }
  await write(() =>
    context.stripe.paymentMethods.detach(
      paymentMethodId,
      {},
      { idempotencyKey: stripeIdempotencyKey(context.customerId, idempotencyKey) },
    ),
  );
  return listPaymentMethods(context);
}

/**
 * Starts adding a method: a SetupIntent whose client secret the host's form (Stripe Elements)
 * confirms, or a Checkout session in setup mode. Bank transfer is set up, not entered: where the
 * host allows it, Stripe's bank-transfer instructions reach the customer on the invoice.
 */
export async function startAddPaymentMethod(
  context: StripeContext,
  { type, idempotencyKey }: { type: PaymentMethodType; idempotencyKey: string },
): Promise<StartAddPaymentMethodResult> {
  const { stripe, customerId, options } = context;
  if (type === 'bank_transfer') return startBankTransfer(context, idempotencyKey);
  const mode = options.addPaymentMethod ?? { mode: 'setup_intent' };
  if (mode.mode === 'checkout') {
    const session = await write(() =>
      stripe.checkout.sessions.create(
        {
          mode: 'setup',
          customer: customerId,
          allowed_payment_method_types: [type],
          success_url: mode.successUrl,
          cancel_url: mode.cancelUrl,
        },
        { idempotencyKey: stripeIdempotencyKey(context.customerId, idempotencyKey) },
      ),
    );
    if (!session.url) throw new BillingError('invalid_response', { message: 'The session has no URL' });
    return { type: 'redirect', url: session.url };
  }
  const intent = await write(() =>
    stripe.setupIntents.create(
      { customer: customerId, allowed_payment_method_types: [type], usage: 'off_session' },
      { idempotencyKey: stripeIdempotencyKey(context.customerId, idempotencyKey) },
    ),
  );
  if (!intent.client_secret)
    throw new BillingError('invalid_response', { message: 'The setup has no secret' });
  return { type: 'host_form', token: intent.client_secret };
}

async function startBankTransfer(
  context: StripeContext,
  idempotencyKey: string,
): Promise<StartAddPaymentMethodResult> {
  const customer = await loadCustomer(context);
  const allowed = (await context.options.allowsBankTransfer?.({ customer })) ?? false;
  if (!allowed) {
    throw new BillingError('plan_unavailable', {
      message: 'Bank transfer is arranged with sales',
      details: { reason: 'bank_transfer_not_offered' },
    });
  }
  const intent = await write(() =>
    context.stripe.setupIntents.create(
      {
        customer: context.customerId,
        allowed_payment_method_types: ['customer_balance'],
        usage: 'off_session',
      },
      { idempotencyKey: stripeIdempotencyKey(context.customerId, idempotencyKey) },
    ),
  );
  if (!intent.client_secret)
    throw new BillingError('invalid_response', { message: 'The setup has no secret' });
  return { type: 'host_form', token: intent.client_secret };
}
