// The demo's Stripe mode (`BILLING_BACKEND=stripe`): `createStripeDataProvider` from the built
// `subscription-kit/stripe`, over the official SDK pointed at the Stripe double on 127.0.0.1 (no
// network). The catalog and each demo customer are seeded through the SDK by the same seeding the
// provider's tests use (test/support/stripe-seed.ts), with a year of paid monthly invoices. A
// reset starts a fresh double: its clock goes back to the start of that history.
//
// The double gives its invoice PDFs and hosted invoice pages under `/stripe-double/…` (its
// `pagesOrigin`), which the demo server passes through to it: same-origin paths, which the
// browser's URL check accepts. Real Stripe's links are `https:` and need none of this.
import { createStripeDataProvider } from 'subscription-kit/stripe';
import { demoNow } from 'subscription-kit/testing';
import { importTypeScript, loadStripeDouble } from '../../scripts/stripe-double.mjs';

/** Where the double's pages are served on the demo server's origin. */
export const STRIPE_DOUBLE_PATH = '/stripe-double';

const demoNowSeconds = Math.floor(demoNow.getTime() / 1000);
/** The customer's history: twelve months of renewals up to the demo clock. */
const historyStartSeconds = Math.floor(
  Date.UTC(demoNow.getUTCFullYear() - 1, demoNow.getUTCMonth(), demoNow.getUTCDate()) / 1000,
);

/** The demo customers of the Stripe mode: each a seeded Stripe customer. */
const stripeScenarios = {
  // Nordlys Support ApS on Support Pro, paying by Visa: upgrades, downgrades, invoices.
  overage: {},
  // The same customer, whose default card is Stripe's declining test card.
  failingCard: { defaultPaymentMethod: 'pm_card_chargeDeclined' },
};

export async function createStripeBackend() {
  const [{ startStripeDouble }, seeding] = await Promise.all([
    loadStripeDouble(),
    importTypeScript('test/support/stripe-seed.ts'),
  ]);
  let double = null;
  let scenarioName = 'overage';
  let customerId = '';

  async function reset(scenario) {
    await double?.close();
    double = await startStripeDouble({ now: () => historyStartSeconds, pagesOrigin: STRIPE_DOUBLE_PATH });
    const seeded = await seeding.seedStripeCustomer(double.stripe, {
      ...stripeScenarios[scenario],
      history: { advanceTo: (seconds) => double.setNow(seconds), until: demoNowSeconds },
    });
    customerId = seeded.customerId;
    scenarioName = scenario;
  }
  await reset(scenarioName);

  const providerFor = (id) =>
    createStripeDataProvider({
      stripe: double.stripe,
      customerId: id,
      seller: seeding.stripeSeedSeller,
      getAccountDetails: () => seeding.stripeSeedAccount,
      now: () => new Date(double.now() * 1000),
    });

  return {
    name: 'stripe',
    scenarios: Object.keys(stripeScenarios),
    drawsInvoicePdf: false,
    customerId: () => customerId,
    provider: (customer) => providerFor(customer.id),
    reset,
    /** Injects one Stripe error (`rate_limit`, `api_error`, …) into the next matching request. */
    fault(method, fault) {
      if (typeof method !== 'string' || !method.startsWith('/v1/')) return false;
      double.fail({ path: method, error: fault });
      return true;
    },
    /** What Stripe.js does with the form's test card: attach Stripe's test payment method. */
    async completeAddPaymentMethod({ brand, last4 }) {
      const token = brand ? `pm_card_${brand}` : last4 ? 'pm_sepaDebit' : null;
      if (token === null) throw Object.assign(new Error('Unknown test card'), { code: 'not_found' });
      await double.stripe.paymentMethods.attach(token, { customer: customerId });
      return providerFor(customerId).listPaymentMethods({});
    },
    async state() {
      const [customer, subscriptions, invoices] = await Promise.all([
        double.stripe.customers.retrieve(customerId),
        double.stripe.subscriptions.list({ customer: customerId, limit: 1 }),
        double.stripe.invoices.list({ customer: customerId, limit: 1 }),
      ]);
      const subscription = subscriptions.data[0];
      const item = subscription?.items.data[0];
      const latest = invoices.data[0];
      return {
        scenario: scenarioName,
        customer: {
          name: customer.name,
          addressLines: [
            customer.address?.line1,
            `${customer.address?.postal_code} ${customer.address?.city}`,
          ],
          country: customer.address?.country,
          vatId: null,
        },
        subscription: subscription && {
          planId: typeof item?.price.product === 'string' ? item.price.product : item?.price.product.id,
          interval: item?.price.recurring?.interval,
          status: subscription.status,
          schedule: subscription.schedule,
        },
        latestInvoice: latest && {
          id: latest.id,
          status: latest.status,
          total: latest.total,
          amountPaid: latest.amount_paid,
          currency: latest.currency,
        },
        stripeRequests: double.state.requests.length,
      };
    },
    passThrough: {
      matches: (path) => path.startsWith(`${STRIPE_DOUBLE_PATH}/`),
      /** Forwards a request for one of the double's pages (PDF, hosted invoice) to the double. */
      async serve(request, response) {
        const target = new URL(request.url.slice(STRIPE_DOUBLE_PATH.length), double.origin);
        const answer = await fetch(target, { method: request.method === 'HEAD' ? 'HEAD' : 'GET' });
        const headers = Object.fromEntries(
          ['content-type', 'content-disposition', 'content-length']
            .map((name) => [name, answer.headers.get(name)])
            .filter(([, value]) => value !== null),
        );
        response.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
      },
    },
  };
}
