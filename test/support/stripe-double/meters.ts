import type Stripe from 'stripe';

import { invalidRequest, resourceMissing } from './errors.ts';
import { fixture } from './fixtures.ts';
import { type FormParams, integer, record, requiredText, strings, text } from './form.ts';
import { listPage, newestFirst } from './lists.ts';
import { type Route, route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';

// Billing meters: meters, meter events (v1 `billing.meterEvents.create`) and event summaries
// aggregated (sum, count or last) over [start_time, end_time), optionally by hour or day.

function findMeter(context: Context, id: string): Stripe.Billing.Meter {
  return findOrThrow(context.state.meters, id, () => resourceMissing('billing.meter', id));
}

function createMeter(context: Context, params: FormParams): Stripe.Billing.Meter {
  const formula = text(record(params, 'default_aggregation') ?? {}, 'formula') ?? 'sum';
  if (!['sum', 'count', 'last'].includes(formula)) {
    throw invalidRequest(`Invalid default_aggregation[formula]: ${formula}`, 'default_aggregation[formula]');
  }
  const eventName = requiredText(params, 'event_name');
  if ([...context.state.meters.values()].some((meter) => meter.event_name === eventName)) {
    throw invalidRequest(`A meter with event_name ${eventName} already exists.`, 'event_name');
  }
  const meter: Stripe.Billing.Meter = {
    ...fixture('billing.meter'),
    id: context.newId('mtr'),
    created: context.now,
    updated: context.now,
    livemode: false,
    display_name: requiredText(params, 'display_name'),
    event_name: eventName,
    default_aggregation: { formula: formula as Stripe.Billing.Meter.DefaultAggregation.Formula },
    customer_mapping: {
      type: 'by_id',
      event_payload_key:
        text(record(params, 'customer_mapping') ?? {}, 'event_payload_key') ?? 'stripe_customer_id',
    },
    value_settings: {
      event_payload_key: text(record(params, 'value_settings') ?? {}, 'event_payload_key') ?? 'value',
    },
    status: 'active',
  } satisfies Stripe.Billing.Meter;
  context.state.meters.set(meter.id, meter);
  return meter;
}

function createMeterEvent(context: Context, params: FormParams): Stripe.Billing.MeterEvent {
  const eventName = requiredText(params, 'event_name');
  const payload = strings(params, 'payload');
  const meter = [...context.state.meters.values()].find((candidate) => candidate.event_name === eventName);
  const customerKey = meter?.customer_mapping.event_payload_key ?? 'stripe_customer_id';
  const valueKey = meter?.value_settings.event_payload_key ?? 'value';
  const customer = payload[customerKey];
  if (customer === undefined)
    throw invalidRequest(`Missing payload[${customerKey}].`, `payload[${customerKey}]`);
  const identifier = text(params, 'identifier') ?? context.newId('evt');
  if (context.state.meterEvents.some((event) => event.identifier === identifier)) {
    throw invalidRequest(`An event with identifier ${identifier} already exists.`, 'identifier');
  }
  const timestamp = integer(params, 'timestamp') ?? context.now;
  context.state.meterEvents.push({
    eventName,
    customer,
    value: Number(payload[valueKey] ?? 1),
    timestamp,
    identifier,
  });
  return {
    object: 'billing.meter_event',
    created: context.now,
    event_name: eventName,
    identifier,
    livemode: false,
    payload,
    timestamp,
  } satisfies Stripe.Billing.MeterEvent;
}

const windows: Record<string, number> = { hour: 3600, day: 86_400 };

function listEventSummaries(context: Context, params: FormParams, meterId: string) {
  const meter = findMeter(context, meterId);
  const customer = requiredText(params, 'customer');
  const start = integer(params, 'start_time') ?? 0;
  const end = integer(params, 'end_time') ?? 0;
  if (end <= start) throw invalidRequest('end_time must be after start_time.', 'end_time');
  const grouping = text(params, 'value_grouping_window');
  const size = grouping === undefined ? end - start : windows[grouping];
  if (size === undefined)
    throw invalidRequest(`Invalid value_grouping_window: ${grouping}`, 'value_grouping_window');
  const summaries: Stripe.Billing.MeterEventSummary[] = [];
  for (let from = start; from < end; from += size) {
    const to = Math.min(end, from + size);
    const values = context.state.meterEvents
      .filter((event) => event.eventName === meter.event_name && event.customer === customer)
      .filter((event) => event.timestamp >= from && event.timestamp < to)
      .map((event) => event.value);
    summaries.push({
      ...fixture('billing.meter_event_summary'),
      id: `mtrusg_${meter.id.slice(4)}_${from}`,
      meter: meter.id,
      start_time: from,
      end_time: to,
      aggregated_value: aggregate(meter.default_aggregation.formula, values),
    } satisfies Stripe.Billing.MeterEventSummary);
  }
  return listPage(`/v1/billing/meters/${meter.id}/event_summaries`, summaries, params);
}

function aggregate(formula: string, values: number[]): number {
  if (formula === 'count') return values.length;
  if (formula === 'last') return values.at(-1) ?? 0;
  return values.reduce((sum, value) => sum + value, 0);
}

export const meterRoutes: Route[] = [
  route('POST', '/v1/billing/meters', createMeter),
  route('GET', '/v1/billing/meters', (context, params) => {
    const status = text(params, 'status');
    const meters = newestFirst(context.state.meters).filter(
      (meter) => status === undefined || meter.status === status,
    );
    return listPage('/v1/billing/meters', meters, params);
  }),
  route('GET', '/v1/billing/meters/:id', (context, _params, id) => findMeter(context, id ?? '')),
  route('GET', '/v1/billing/meters/:id/event_summaries', (context, params, id) =>
    listEventSummaries(context, params, id ?? ''),
  ),
  route('POST', '/v1/billing/meter_events', createMeterEvent),
];
