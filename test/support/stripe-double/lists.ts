import type Stripe from 'stripe';

import { invalidRequest } from './errors.ts';
import { type FormParams, integer, text } from './form.ts';

/**
 * One page of a Stripe list object from `items` (newest first): `limit` (1–100, default 10),
 * `starting_after` and `ending_before` cursors, `has_more`.
 */
export function listPage<Item extends { id?: string | null }>(
  url: string,
  items: Item[],
  params: FormParams,
): Stripe.ApiList<Item> {
  const limit = integer(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest('This value must be between 1 and 100.', 'limit');
  const after = text(params, 'starting_after');
  const before = text(params, 'ending_before');
  if (before !== undefined) {
    const end = cursorIndex(items, before, 'ending_before');
    const start = Math.max(0, end - limit);
    return { object: 'list', url, data: items.slice(start, end), has_more: start > 0 };
  }
  const start = after === undefined ? 0 : cursorIndex(items, after, 'starting_after') + 1;
  return {
    object: 'list',
    url,
    data: items.slice(start, start + limit),
    has_more: start + limit < items.length,
  };
}

function cursorIndex(items: Array<{ id?: string | null }>, id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidRequest(`No such object: '${id}'`, param, 'resource_missing');
  return index;
}

/** A map's values, newest first, as Stripe lists them. */
export function newestFirst<Item>(map: Map<string, Item>): Item[] {
  return [...map.values()].reverse();
}
