import type Stripe from 'stripe';

import { invalidRequest, resourceMissing } from './errors.ts';
import { decimalString, fixture } from './fixtures.ts';
import {
  boolean,
  type FormParams,
  integer,
  metadata,
  record,
  records,
  requiredText,
  text,
  texts,
} from './form.ts';
import { listPage, newestFirst } from './lists.ts';
import { type Route, route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';

// Products and prices: the catalog a provider reads (active products, recurring prices with
// `lookup_key` and `metadata`).

export function findProduct(context: Context, id: string): Stripe.Product {
  return findOrThrow(context.state.products, id, () => resourceMissing('product', id));
}

export function findPrice(context: Context, id: string, param = 'price'): Stripe.Price {
  return findOrThrow(context.state.prices, id, () => resourceMissing('price', id, param));
}

function createProduct(context: Context, params: FormParams): Stripe.Product {
  const id = text(params, 'id') ?? context.newId('prod');
  if (context.state.products.has(id)) {
    throw invalidRequest(`Product already exists.`, 'id', 'resource_already_exists');
  }
  const product = {
    ...fixture('product'),
    id,
    name: requiredText(params, 'name'),
    description: text(params, 'description') ?? null,
    active: boolean(params, 'active') ?? true,
    created: context.now,
    updated: context.now,
    default_price: null,
    metadata: metadata(params),
    marketing_features: records(params, 'marketing_features').map((feature) => ({
      name: text(feature, 'name') ?? '',
    })),
    package_dimensions: null,
    images: [],
    url: null,
  } satisfies Stripe.Product;
  context.state.products.set(id, product);
  return product;
}

function updateProduct(context: Context, params: FormParams, id: string): Stripe.Product {
  const product = findProduct(context, id);
  product.name = text(params, 'name') ?? product.name;
  product.description = text(params, 'description') ?? product.description;
  product.active = boolean(params, 'active') ?? product.active;
  product.metadata = metadata(params, product.metadata);
  product.updated = context.now;
  return product;
}

function listProducts(context: Context, params: FormParams): Stripe.ApiList<Stripe.Product> {
  const active = boolean(params, 'active');
  const ids = texts(params, 'ids');
  const products = newestFirst(context.state.products).filter(
    (product) =>
      (active === undefined || product.active === active) && (ids.length === 0 || ids.includes(product.id)),
  );
  return listPage('/v1/products', products, params);
}

function createPrice(context: Context, params: FormParams): Stripe.Price {
  const productId = text(params, 'product') ?? productFromData(context, params);
  findProduct(context, productId);
  const lookupKey = text(params, 'lookup_key') ?? null;
  if (lookupKey !== null)
    releaseLookupKey(context, lookupKey, boolean(params, 'transfer_lookup_key') ?? false);
  const unitAmount = integer(params, 'unit_amount');
  if (unitAmount === undefined) throw invalidRequest('Missing required param: unit_amount.', 'unit_amount');
  const price = {
    ...fixture('price'),
    id: context.newId('price'),
    product: productId,
    active: boolean(params, 'active') ?? true,
    created: context.now,
    currency: requiredText(params, 'currency').toLowerCase(),
    unit_amount: unitAmount,
    unit_amount_decimal: decimalString(unitAmount),
    lookup_key: lookupKey,
    nickname: text(params, 'nickname') ?? null,
    metadata: metadata(params),
    recurring: recurring(params),
    type: record(params, 'recurring') ? 'recurring' : 'one_time',
    custom_unit_amount: null,
    transform_quantity: null,
    tax_behavior: 'unspecified',
  } satisfies Stripe.Price;
  context.state.prices.set(price.id, price);
  return price;
}

function productFromData(context: Context, params: FormParams): string {
  const data = record(params, 'product_data');
  if (data === undefined) throw invalidRequest('Missing required param: product.', 'product');
  return createProduct(context, data).id;
}

function recurring(params: FormParams): Stripe.Price.Recurring | null {
  const given = record(params, 'recurring');
  if (given === undefined) return null;
  const interval = requiredText(given, 'interval');
  if (!['day', 'week', 'month', 'year'].includes(interval)) {
    throw invalidRequest(`Invalid recurring[interval]: ${interval}`, 'recurring[interval]');
  }
  return {
    interval: interval as Stripe.Price.Recurring.Interval,
    interval_count: integer(given, 'interval_count') ?? 1,
    meter: text(given, 'meter') ?? null,
    usage_type: text(given, 'usage_type') === 'metered' ? 'metered' : 'licensed',
    trial_period_days: null,
  };
}

/** A lookup key belongs to one price; `transfer_lookup_key` moves it, as at Stripe. */
function releaseLookupKey(context: Context, lookupKey: string, transfer: boolean): void {
  const holder = [...context.state.prices.values()].find((price) => price.lookup_key === lookupKey);
  if (holder === undefined) return;
  if (!transfer) {
    throw invalidRequest(
      `A price (\`${holder.id}\`) already uses that lookup key.`,
      'lookup_key',
      'resource_already_exists',
    );
  }
  holder.lookup_key = null;
}

function updatePrice(context: Context, params: FormParams, id: string): Stripe.Price {
  const price = findPrice(context, id, 'id');
  const lookupKey = text(params, 'lookup_key');
  if (lookupKey !== undefined && lookupKey !== price.lookup_key) {
    releaseLookupKey(context, lookupKey, boolean(params, 'transfer_lookup_key') ?? false);
    price.lookup_key = lookupKey;
  }
  price.active = boolean(params, 'active') ?? price.active;
  price.nickname = text(params, 'nickname') ?? price.nickname;
  price.metadata = metadata(params, price.metadata);
  return price;
}

function listPrices(context: Context, params: FormParams): Stripe.ApiList<Stripe.Price> {
  const active = boolean(params, 'active');
  const product = text(params, 'product');
  const type = text(params, 'type');
  const currency = text(params, 'currency');
  const lookupKeys = texts(params, 'lookup_keys');
  const interval = text(record(params, 'recurring') ?? {}, 'interval');
  const prices = newestFirst(context.state.prices).filter(
    (price) =>
      (active === undefined || price.active === active) &&
      (product === undefined || price.product === product) &&
      (type === undefined || price.type === type) &&
      (currency === undefined || price.currency === currency) &&
      (lookupKeys.length === 0 || lookupKeys.includes(price.lookup_key ?? '')) &&
      (interval === undefined || price.recurring?.interval === interval),
  );
  return listPage('/v1/prices', prices, params);
}

export const catalogRoutes: Route[] = [
  route('POST', '/v1/products', createProduct),
  route('GET', '/v1/products', listProducts),
  route('GET', '/v1/products/:id', (context, _params, id) => findProduct(context, id ?? '')),
  route('POST', '/v1/products/:id', (context, params, id) => updateProduct(context, params, id ?? '')),
  route('POST', '/v1/prices', createPrice),
  route('GET', '/v1/prices', listPrices),
  route('GET', '/v1/prices/:id', (context, _params, id) => findPrice(context, id ?? '', 'id')),
  route('POST', '/v1/prices/:id', (context, params, id) => updatePrice(context, params, id ?? '')),
];
