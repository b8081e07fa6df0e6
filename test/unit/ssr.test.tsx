// @vitest-environment node
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  BillingErrorMessage,
  BillingIntervalSwitch,
  BillingSummary,
  EnterpriseContact,
  InvoiceList,
  InvoiceView,
  PaymentMethods,
  PlanCard,
  PlanCatalog,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  RecommendationBanner,
  ScheduledChangeNotice,
  SubscriptionKitProvider,
  UsageMeters,
} from 'subscription-kit';
import { recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoInvoices, demoNow, demoPlans, demoSubscriptions } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { demoClock, demoProvider } from '../../stories/scenarios';

/* Server rendering: every public component renders to a string in Node, where there is no DOM. */

function renderOnServer(ui: ReactNode) {
  return renderToString(
    <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock}>
      {ui}
    </SubscriptionKitProvider>,
  );
}

const recommendation = recommendPlans({
  catalog: demoPlans,
  account: demoAccounts.ecommerceTrial,
  now: demoNow,
});
const [firstPlan] = demoPlans;
const [firstInvoice] = demoInvoices;
if (firstPlan === undefined || firstInvoice === undefined) throw new Error('The demo data is empty.');

describe('given Node without a DOM', () => {
  it('has no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each<[string, ReactNode, string]>([
    ['PlanCard', <PlanCard key="card" plan={firstPlan} recommended />, 'Ecommerce Basic'],
    [
      'RecommendationBanner',
      <RecommendationBanner key="banner" recommendation={recommendation} />,
      'Recommended for you',
    ],
    ['PlanCatalog', <PlanCatalog key="catalog" catalog={demoPlans} />, 'Compare plans'],
    ['EnterpriseContact', <EnterpriseContact key="enterprise" />, 'Need more?'],
    ['BillingErrorMessage', <BillingErrorMessage key="error" code="card_expired" />, 'Your card has expired'],
    [
      'BillingIntervalSwitch',
      <BillingIntervalSwitch
        key="switch"
        value="year"
        onValueChange={() => undefined}
        annualSavingsPercent={16}
      />,
      'Save 16%',
    ],
    [
      'ScheduledChangeNotice',
      <ScheduledChangeNotice
        key="notice"
        subscription={demoSubscriptions.supportTemplate}
        catalog={demoPlans}
      />,
      'Your plan changes to Support Basic',
    ],
    ['InvoiceView', <InvoiceView key="invoice" invoice={firstInvoice} />, firstInvoice.number],
    // Data components render their loading state on the server; the data arrives on the client.
    ['InvoiceList', <InvoiceList key="invoices" />, 'data-status="loading"'],
    ['PaymentMethods', <PaymentMethods key="methods" />, 'data-status="loading"'],
    ['BillingSummary', <BillingSummary key="summary" />, 'data-status="loading"'],
    ['UsageMeters', <UsageMeters key="usage" />, 'data-status="loading"'],
    [
      'PlanModal',
      <PlanModal key="modal">
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>,
      'Change plan',
    ],
  ])('renders %s to a string', (_name, ui, expected) => {
    expect(renderOnServer(ui)).toContain(expected.replace(/&/g, '&amp;'));
  });
});
