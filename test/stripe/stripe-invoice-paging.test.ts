// @vitest-environment node
import type Stripe from 'stripe';
import { createStripeDataProvider } from 'subscription-kit/stripe';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/stripe-double/fixtures';
import { stripeSeedAccount, stripeSeedSeller } from '../support/stripe-seed';

/*
 * Paging past a draft: Stripe lists the business's drafts with the customer's invoices. The
 * provider hides them, but a page may end on one, and its id is then the next page's cursor.
 */

function invoice(id: string, status: Stripe.Invoice.Status): Stripe.Invoice {
  return { ...fixture('invoice'), id, status, customer: 'cus_A', currency: 'eur' };
}

/** Stripe's invoice calls over three invoices, newest first, the middle one a draft. */
function stripeWith(invoices: Stripe.Invoice[]): Stripe {
  const invoicesApi = {
    async retrieve(id: string) {
      const found = invoices.find((candidate) => candidate.id === id);
      if (!found)
        throw Object.assign(new Error('No such invoice'), {
          type: 'StripeInvalidRequestError',
          code: 'resource_missing',
        });
      return found;
    },
    async list({ starting_after: after, limit = 10 }: { starting_after?: string; limit?: number }) {
      const start = after ? invoices.findIndex((candidate) => candidate.id === after) + 1 : 0;
      const data = invoices.slice(start, start + limit);
      return { object: 'list', data, has_more: start + limit < invoices.length, url: '/v1/invoices' };
    },
  };
  return { invoices: invoicesApi } as unknown as Stripe;
}

describe('given a page of invoices that ends on a draft', () => {
  it('continues from the draft to the next page, and shows no draft', async () => {
    const provider = createStripeDataProvider({
      stripe: stripeWith([invoice('in_3', 'paid'), invoice('in_2', 'draft'), invoice('in_1', 'paid')]),
      customerId: 'cus_A',
      seller: stripeSeedSeller,
      getAccountDetails: () => stripeSeedAccount,
    });
    const first = await provider.listInvoices({ cursor: null, limit: 2 });
    expect(first.data.map((shown) => shown.id)).toEqual(['in_3']);
    expect(first.nextCursor).toBe('in_2');
    const second = await provider.listInvoices({ cursor: first.nextCursor, limit: 2 });
    expect(second).toMatchObject({ data: [{ id: 'in_1' }], nextCursor: null });
  });

  it('still answers not_found when the draft is asked for by id', async () => {
    const provider = createStripeDataProvider({
      stripe: stripeWith([invoice('in_2', 'draft')]),
      customerId: 'cus_A',
      seller: stripeSeedSeller,
      getAccountDetails: () => stripeSeedAccount,
    });
    await expect(provider.getInvoice({ invoiceId: 'in_2' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
