// @vitest-environment node
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  BillingErrorMessage,
  BillingIntervalSwitch,
  EnterpriseContact,
  PlanCard,
  PlanCatalog,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  RecommendationBanner,
  ScheduledChangeNotice,
  SubscriptionKitProvider,
} from 'subscription-kit';
import { recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoNow, demoPlans, demoSubscriptions } from 'subscription-kit/testing';
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
if (firstPlan === undefined) throw new Error('The demo catalog is empty.');

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
    [
      'PlanModal',
      <PlanModal key="modal">
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>,
      '⚡ Change plan',
    ],
  ])('renders %s to a string', (_name, ui, expected) => {
    expect(renderOnServer(ui)).toContain(expected.replace(/&/g, '&amp;'));
  });
});
