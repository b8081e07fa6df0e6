import { BillingError, cardExpiry, type Money, type PaymentMethod, type PaymentMethodType } from '../../core';
import type { RunCall } from './memory-calls';
import type { CompleteAddPaymentMethodParams, MemoryDataProvider } from './memory-data-provider-options';
import { type MemoryStore, priceOf } from './memory-store';

type PaymentMethodMethods = Pick<
  MemoryDataProvider,
  | 'listPaymentMethods'
  | 'startAddPaymentMethod'
  | 'setDefaultPaymentMethod'
  | 'removePaymentMethod'
  | 'completeAddPaymentMethod'
>;

/**
 * Payment methods added through a host form: bank transfer only on enterprise plans, and the
 * default method kept while a paid subscription needs it.
 */
export function memoryPaymentMethods(store: MemoryStore, run: RunCall): PaymentMethodMethods {
  const { state } = store;
  const pendingForms = new Map<string, PaymentMethodType>();
  return {
    listPaymentMethods: (params) => run('listPaymentMethods', params, () => state.paymentMethods),
    startAddPaymentMethod: (params) =>
      run('startAddPaymentMethod', params, () => {
        requireBankTransferPlan(store, params.type);
        const token = store.nextId(`setup_${params.type}`);
        pendingForms.set(token, params.type);
        return { type: 'host_form' as const, token };
      }),
    setDefaultPaymentMethod: (params) =>
      run('setDefaultPaymentMethod', params, () => {
        const method = store.findPaymentMethod(params.paymentMethodId);
        requireBankTransferPlan(store, method.type);
        for (const candidate of state.paymentMethods) candidate.isDefault = candidate === method;
        return state.paymentMethods;
      }),
    removePaymentMethod: (params) =>
      run('removePaymentMethod', params, () => {
        store.settle();
        const method = store.findPaymentMethod(params.paymentMethodId);
        if (method.isDefault && paysForSubscription(store)) {
          throw new BillingError('payment_method_required', {
            message: 'The default payment method pays for the subscription',
            details: { paymentMethodId: method.id },
          });
        }
        state.paymentMethods = state.paymentMethods.filter((candidate) => candidate !== method);
        return state.paymentMethods;
      }),
    async completeAddPaymentMethod(params) {
      const type = pendingForms.get(params.token);
      if (!type) throw new BillingError('not_found', { message: `Unknown or used token ${params.token}` });
      pendingForms.delete(params.token);
      const isDefault =
        params.makeDefault === true || !state.paymentMethods.some((method) => method.isDefault);
      if (isDefault) for (const method of state.paymentMethods) method.isDefault = false;
      state.paymentMethods.push(newPaymentMethod(store, type, isDefault, params));
      return structuredClone(state.paymentMethods);
    },
  };
}

/** Charges the default method; rejects with a payment code when it cannot pay. */
export function chargeDefaultPaymentMethod(store: MemoryStore, amount: Money): void {
  if (amount.amount <= 0) return;
  const method = store.state.paymentMethods.find((candidate) => candidate.isDefault);
  if (!method) {
    throw new BillingError('payment_declined', {
      message: 'There is no default payment method',
      details: { reason: 'no_payment_method' },
    });
  }
  if (method.type === 'card' && cardExpiry(method, store.now()) === 'expired') {
    throw new BillingError('card_expired', { details: { paymentMethodId: method.id } });
  }
}

function paysForSubscription(store: MemoryStore): boolean {
  const subscription = store.state.subscription;
  return (
    subscription !== null &&
    subscription.status !== 'canceled' &&
    priceOf(store.findPlan(subscription.planId), subscription.interval, store.now()).amount > 0
  );
}

function requireBankTransferPlan(store: MemoryStore, type: PaymentMethodType): void {
  const { plans, subscription } = store.state;
  const plan = subscription ? plans.find((candidate) => candidate.id === subscription.planId) : undefined;
  if (type === 'bank_transfer' && plan?.family !== 'enterprise') {
    throw new BillingError('plan_unavailable', {
      message: 'Bank transfer is available on enterprise plans only',
      details: { reason: 'bank_transfer_requires_enterprise' },
    });
  }
}

function newPaymentMethod(
  store: MemoryStore,
  type: PaymentMethodType,
  isDefault: boolean,
  params: CompleteAddPaymentMethodParams,
): PaymentMethod {
  const id = store.nextId(`pm_${type}`);
  if (type === 'card') {
    return {
      type,
      id,
      isDefault,
      brand: params.brand ?? 'visa',
      last4: params.last4 ?? '4242',
      expMonth: params.expMonth ?? 12,
      expYear: params.expYear ?? store.now().getUTCFullYear() + 3,
    };
  }
  if (type === 'sepa_debit') {
    return { type, id, isDefault, ibanLast4: params.last4 ?? '3000', mandateReference: `SK-MANDATE-${id}` };
  }
  return { type, id, isDefault, reference: `SK-TRANSFER-${id}` };
}
