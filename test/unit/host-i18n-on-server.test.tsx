// @vitest-environment node
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { PlanCard, SubscriptionKitProvider } from 'subscription-kit';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

const [firstPlan] = demoPlans;
if (firstPlan === undefined) throw new Error('The demo catalog is empty.');

describe("given the host's own i18next instance on the server", () => {
  it("renders our strings with the host's wording, and writes nothing into the instance during render", () => {
    const hostI18n = createInstance();
    void hostI18n.init({
      lng: 'en',
      initAsync: false,
      resources: { en: { 'subscription-kit': { planCard: { cta: { select: 'Pick' } } } } },
    });
    const html = renderToString(
      <SubscriptionKitProvider i18n={hostI18n}>
        <PlanCard plan={firstPlan} />
      </SubscriptionKitProvider>,
    );
    expect(html).toContain('Pick');
    expect(html).toContain('excl. tax');
    expect(hostI18n.getResource('en', 'subscription-kit', 'planCard.cta.selected')).toBeUndefined();
  });
});
