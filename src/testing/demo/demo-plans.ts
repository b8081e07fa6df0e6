import { type Money, money, type Plan } from '../../core';

/** A price in euros (the demo catalog's currency), in minor units. */
export function euros(major: number): Money {
  return money(major * 100, 'EUR');
}

/** Two months free: ten monthly prices for a year. */
function monthAndYear(major: number): Plan['prices'] {
  return { month: euros(major), year: euros(major * 10) };
}

/** A plan whose name and family follow from its id: `support-scale` is Support Scale, of `support`. */
function plan(
  id: string,
  tierRank: number,
  monthlyEuros: number,
  details: Pick<Plan, 'limits' | 'features' | 'integrations'> & Partial<Plan>,
): Plan {
  const words = id.split('-');
  const name = words.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join(' ');
  return { id, name, family: words[0] ?? id, tierRank, prices: monthAndYear(monthlyEuros), ...details };
}

const conversationOverage = { conversations: { unitAmount: euros(10), perUnits: 1_000 } };

/** The catalog, smallest first within each family. */
export const demoPlans: Plan[] = [
  plan('ecommerce-basic', 1, 190, {
    limits: { conversations: 50_000, documents: 1_000, assistants: 3, seats: 5, aiTokens: 10_000_000 },
    features: ['analytics', 'product_recommendations'],
    integrations: ['shopify', 'woocommerce'],
    overage: conversationOverage,
  }),
  plan('ecommerce-scale', 2, 490, {
    limits: { conversations: 100_000, documents: 10_000, assistants: 3, seats: 10, aiTokens: 25_000_000 },
    features: ['analytics', 'product_recommendations', 'abandoned_cart_recovery', 'priority_support'],
    integrations: ['shopify', 'woocommerce', 'magento'],
    overage: conversationOverage,
    campaigns: [
      {
        id: 'spring-annual-2026',
        discountPercent: 20,
        intervals: ['year'],
        startsAt: '2026-03-01T00:00:00.000Z',
        endsAt: '2026-04-01T00:00:00.000Z',
      },
    ],
  }),
  plan('support-basic', 1, 190, {
    limits: { conversations: 40_000, documents: 5_000, assistants: 3, seats: 5, aiTokens: 10_000_000 },
    features: ['analytics', 'ticket_handoff'],
    integrations: ['zendesk', 'intercom', 'freshdesk'],
    overage: conversationOverage,
  }),
  plan('support-scale', 2, 490, {
    limits: { conversations: 100_000, documents: 20_000, assistants: 5, seats: 15, aiTokens: 25_000_000 },
    features: ['analytics', 'ticket_handoff', 'sla_reporting', 'priority_support'],
    integrations: ['zendesk', 'intercom', 'freshdesk', 'salesforce'],
    overage: conversationOverage,
  }),
  // Unavailable to every demo account: they run chat assistants, and it is sold in the Nordics only.
  plan('support-voice', 2, 690, {
    limits: { conversations: 60_000, documents: 20_000, assistants: 5, seats: 15, aiTokens: 40_000_000 },
    features: ['analytics', 'ticket_handoff', 'voice_calls', 'priority_support'],
    integrations: ['zendesk', 'intercom', 'freshdesk'],
    availability: { assistantConfigurations: ['voice'], regions: ['DK', 'SE', 'NO', 'FI'] },
  }),
  plan('enterprise', 3, 1890, {
    // Priced on AI tokens (~200M), so conversations are not limited.
    limits: { conversations: null, documents: 100_000, assistants: 5, seats: null, aiTokens: 200_000_000 },
    features: [
      'analytics',
      'product_recommendations',
      'abandoned_cart_recovery',
      'ticket_handoff',
      'sla_reporting',
      'priority_support',
      'dedicated_support',
      'custom_integrations',
      'sla',
      'on_premise',
    ],
    integrations: ['shopify', 'woocommerce', 'magento', 'zendesk', 'intercom', 'freshdesk', 'salesforce'],
  }),
];
