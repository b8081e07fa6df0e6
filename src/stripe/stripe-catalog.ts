import type Stripe from 'stripe';
import type { BillingInterval, Plan, PlanAvailability } from '../core';
import {
  idOf,
  intervalOfPrice,
  limitFromMetadata,
  limitMetadataKeys,
  listFromMetadata,
  moneyFromStripe,
} from './stripe-conventions';
import { read } from './stripe-errors';

/*
 * The catalog: one active Product per plan, its active recurring Prices (a monthly one and maybe a
 * yearly one), and the plan's rules in the product's metadata (docs/STRIPE.md lists the keys). A
 * product without `family` metadata is not a plan (an add-on, a one-off), and is left out.
 */

/** The plans, with the Stripe price behind each plan and interval. */
export interface StripeCatalog {
  plans: Plan[];
  priceOf(planId: string, interval: BillingInterval): Stripe.Price | undefined;
  /** The plan and interval a price bills, when it is one of the catalog's. */
  planOfPrice(priceId: string): { planId: string; interval: BillingInterval } | undefined;
}

/** Every page of a Stripe list, following `has_more` with `starting_after`. */
export async function listAll<Item extends { id: string }>(
  signal: AbortSignal | undefined,
  page: (startingAfter: string | undefined) => Promise<Stripe.ApiList<Item>>,
): Promise<Item[]> {
  const items: Item[] = [];
  let startingAfter: string | undefined;
  do {
    const list = await read(signal, () => page(startingAfter));
    items.push(...list.data);
    startingAfter = list.has_more ? list.data.at(-1)?.id : undefined;
  } while (startingAfter);
  return items;
}

export async function loadCatalog(
  stripe: Stripe,
  options: { products?: readonly string[] | undefined },
  signal?: AbortSignal,
): Promise<StripeCatalog> {
  const [products, prices] = await Promise.all([
    listAll(signal, (after) =>
      stripe.products.list({ active: true, limit: 100, ...(after ? { starting_after: after } : {}) }),
    ),
    listAll(signal, (after) =>
      stripe.prices.list({
        active: true,
        type: 'recurring',
        limit: 100,
        ...(after ? { starting_after: after } : {}),
      }),
    ),
  ]);
  const chosen = products.filter(
    (product) => product.metadata.family !== undefined && (options.products?.includes(product.id) ?? true),
  );
  const planPrices = new Map<string, Stripe.Price>();
  const plans: Plan[] = [];
  for (const product of chosen) {
    const own = prices.filter((price) => idOf(price.product) === product.id);
    const month = own.find((price) => intervalOfPrice(price) === 'month');
    const year = own.find((price) => intervalOfPrice(price) === 'year');
    // Every plan needs a monthly price; the contract's prices are per unit, so tiers are left out.
    if (!month || month.unit_amount === null) continue;
    plans.push(toPlan(product, month, year?.unit_amount != null ? year : undefined));
    planPrices.set(`${product.id}/month`, month);
    if (year) planPrices.set(`${product.id}/year`, year);
  }
  plans.sort((a, b) => a.tierRank - b.tierRank || a.name.localeCompare(b.name));
  return {
    plans,
    priceOf: (planId, interval) => planPrices.get(`${planId}/${interval}`),
    planOfPrice(priceId) {
      const price = [...planPrices.values()].find((candidate) => candidate.id === priceId);
      const interval = price ? intervalOfPrice(price) : null;
      return price && interval ? { planId: idOf(price.product), interval } : undefined;
    },
  };
}

/** A product and its prices as a Plan. */
export function toPlan(product: Stripe.Product, month: Stripe.Price, year?: Stripe.Price): Plan {
  const { metadata } = product;
  const availability = toAvailability(metadata);
  return {
    id: product.id,
    name: product.name,
    family: metadata.family ?? '',
    tierRank: Number(metadata.tier),
    prices: {
      month: moneyFromStripe(month.unit_amount ?? Number.NaN, month.currency),
      ...(year ? { year: moneyFromStripe(year.unit_amount ?? Number.NaN, year.currency) } : {}),
    },
    limits: {
      conversations: limitFromMetadata(metadata[limitMetadataKeys.conversations]),
      documents: limitFromMetadata(metadata[limitMetadataKeys.documents]),
      assistants: limitFromMetadata(metadata[limitMetadataKeys.assistants]),
      seats: limitFromMetadata(metadata[limitMetadataKeys.seats]),
      aiTokens: limitFromMetadata(metadata[limitMetadataKeys.aiTokens]),
    },
    features: listFromMetadata(metadata.features),
    integrations: listFromMetadata(metadata.integrations),
    ...(availability ? { availability } : {}),
  };
}

/** `availability.regions`, `availability.assistant_configurations`, `availability.starts_at` / `ends_at`. */
function toAvailability(metadata: Stripe.Metadata): PlanAvailability | undefined {
  const configurations = metadata['availability.assistant_configurations'];
  const regions = metadata['availability.regions'];
  const startsAt = metadata['availability.starts_at'];
  const endsAt = metadata['availability.ends_at'];
  if (!configurations && !regions && !startsAt && !endsAt) return undefined;
  return {
    ...(configurations ? { assistantConfigurations: listFromMetadata(configurations) } : {}),
    ...(regions ? { regions: listFromMetadata(regions).map((region) => region.toUpperCase()) } : {}),
    ...(startsAt || endsAt
      ? { window: { ...(startsAt ? { startsAt } : {}), ...(endsAt ? { endsAt } : {}) } }
      : {}),
  };
}
