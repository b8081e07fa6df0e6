import type Stripe from 'stripe';

import { invalidRequest } from './errors.ts';
import { listPage } from './lists.ts';
import type { Context } from './state.ts';

/** Maps an id's prefix to where the double keeps objects of that kind (longest prefix first). */
function lookup(context: Context, id: string): unknown {
  const { state } = context;
  const stores: Array<[string, Map<string, unknown>]> = [
    ['sub_sched_', state.schedules],
    ['sub_', state.subscriptions],
    ['prod_', state.products],
    ['price_', state.prices],
    ['cus_', state.customers],
    ['pm_', state.paymentMethods],
    ['in_', state.invoices],
    ['pi_', state.paymentIntents],
    ['seti_', state.setupIntents],
    ['cs_', state.checkoutSessions],
    ['mtr_', state.meters],
  ];
  return stores.find(([prefix]) => id.startsWith(prefix))?.[1].get(id);
}

/** Fields Stripe only includes on request (`expand[]=payments` on an invoice). */
function includable(context: Context, node: Record<string, unknown>, field: string): unknown {
  if (node.object !== 'invoice' || typeof node.id !== 'string') return undefined;
  if (field === 'payments') {
    const payments = context.state.invoicePayments.get(node.id) ?? [];
    return listPage(`/v1/invoices/${node.id}/payments`, [...payments].reverse(), { limit: '100' });
  }
  if (field === 'confirmation_secret') return confirmationSecret(context, node.id);
  return undefined;
}

function confirmationSecret(context: Context, invoiceId: string): Stripe.Invoice.ConfirmationSecret | null {
  const payments = context.state.invoicePayments.get(invoiceId) ?? [];
  const intentId = payments.at(-1)?.payment.payment_intent;
  const intent = typeof intentId === 'string' ? context.state.paymentIntents.get(intentId) : undefined;
  return intent?.client_secret ? { client_secret: intent.client_secret, type: 'payment_intent' } : null;
}

/**
 * Applies Stripe's `expand[]` to a response (already a copy): each dotted path replaces an id by
 * its object, walking through lists' `data` and arrays; unknown or deeper-than-four paths are
 * Stripe's 400.
 */
export function expandResponse(context: Context, response: unknown, paths: string[]): unknown {
  let result = response;
  for (const path of paths) {
    const segments = path.split('.');
    // Stripe refuses deeper paths, so code that passes here passes there too.
    if (segments.length > 4) {
      throw invalidRequest(`You cannot expand more than 4 levels of a property. Property: ${path}`, 'expand');
    }
    result = expandAt(context, result, segments);
  }
  return result;
}

function expandAt(context: Context, node: unknown, segments: string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => expandAt(context, item, segments));
  const [head, ...rest] = segments;
  if (head === undefined || typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  // Includable fields are built from the state: copied, so expanding inside them changes nothing.
  let child = head in record ? record[head] : structuredClone(includable(context, record, head));
  if (child === null) return record;
  if (child === undefined) {
    throw invalidRequest(`This property cannot be expanded (${head}).`, 'expand');
  }
  if (typeof child === 'string') {
    const found = lookup(context, child);
    if (found === undefined) throw invalidRequest(`This property cannot be expanded (${head}).`, 'expand');
    child = structuredClone(found);
  }
  record[head] = expandAt(context, child, rest);
  return record;
}
