import {
  effectivePrice,
  type Invoice,
  type InvoiceLine,
  type InvoiceParty,
  type Money,
  money,
  type Plan,
  type Subscription,
} from '../../core';
import { buildInvoice, subscriptionLineName } from '../memory/build-invoice';
import { demoCustomers, demoSeller } from './demo-parties';
import { euros } from './demo-plans';

type DemoLine = Omit<InvoiceLine, 'amount'>;

function line(
  id: string,
  kind: InvoiceLine['kind'],
  description: string,
  quantity: number,
  unitAmount: Money,
  period?: { start: string; end: string },
): DemoLine {
  return period
    ? { id, kind, description, quantity, unitAmount, period }
    : { id, kind, description, quantity, unitAmount };
}

/** An invoice from the demo seller, due two weeks after it is issued. */
function demoInvoice(
  id: string,
  number: string,
  status: Invoice['status'],
  issuedAt: string,
  customer: InvoiceParty,
  lines: DemoLine[],
): Invoice {
  const currency = lines[0]?.unitAmount.currency ?? 'EUR';
  const dueAt = addDays(issuedAt, 14);
  return buildInvoice({ id, number, status, issuedAt, dueAt, currency, seller: demoSeller, customer, lines });
}

const blockedDowngrade = demoCustomers.blockedDowngrade;

/** The `blockedDowngrade` account's invoices, newest first: a plain month, an overage, an upgrade (19 % VAT). */
export const demoInvoices: Invoice[] = [
  demoInvoice('in_0003', 'SK-2026-0003', 'open', '2026-02-28T08:00:00.000Z', blockedDowngrade, [
    line('il_0031', 'subscription', 'Ecommerce Scale, monthly', 1, euros(490)),
  ]),
  demoInvoice('in_0002', 'SK-2026-0002', 'paid', '2026-01-31T08:00:00.000Z', blockedDowngrade, [
    line('il_0021', 'subscription', 'Ecommerce Scale, monthly', 1, euros(490)),
    line('il_0022', 'overage', 'Conversations above 100,000 (per 1,000)', 4, euros(10)),
  ]),
  demoInvoice('in_0001', 'SK-2026-0001', 'paid', '2026-01-15T12:00:00.000Z', blockedDowngrade, [
    line('il_0011', 'proration', 'Unused time on Ecommerce Basic', 1, money(-9_704, 'EUR')),
    line('il_0012', 'proration', 'Remaining time on Ecommerce Scale', 1, money(25_027, 'EUR')),
  ]),
];

/**
 * `count` invoices of a subscription, newest first, one per billing period back from the current
 * one (every fifth with an overage line when the plan has an overage rate); the newest is open.
 */
export function demoInvoiceHistory(
  subscription: Subscription,
  plan: Plan,
  customer: InvoiceParty,
  count: number,
): Invoice[] {
  const { interval, currentPeriod } = subscription;
  const months = interval === 'year' ? 12 : 1;
  const overage = plan.overage?.conversations;
  const invoices: Invoice[] = [];
  let periodEnd = currentPeriod.end;
  for (let index = 0; index < count; index += 1) {
    const sequence = String(count - index).padStart(4, '0');
    const start = addMonths(currentPeriod.start, -index * months);
    const price = effectivePrice(plan, interval, start).price;
    const name = subscriptionLineName(plan, interval);
    const lines = [line(`il_${sequence}_1`, 'subscription', name, 1, price, { start, end: periodEnd })];
    if (overage && index % 5 === 3) {
      const description = 'Conversations above the limit (per 1,000)';
      lines.push(line(`il_${sequence}_2`, 'overage', description, (index % 7) + 1, overage.unitAmount));
    }
    const number = `SK-${start.slice(0, 4)}-${sequence}`;
    const status = index === 0 ? 'open' : 'paid';
    invoices.push(demoInvoice(`in_${sequence}`, number, status, start, customer, lines));
    periodEnd = start;
  }
  return invoices;
}

function addDays(instant: string, days: number): string {
  return new Date(Date.parse(instant) + days * 86_400_000).toISOString();
}

/** The same day of month `months` away (clamped to the month's end), at the same time, in UTC. */
function addMonths(instant: string, months: number): string {
  const date = new Date(instant);
  const target = new Date(date);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString();
}
