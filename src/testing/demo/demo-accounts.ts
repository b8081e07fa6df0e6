import type { AccountContext, TrialUsage, Usage } from '../../core';

/** The scenarios the demo accounts stand for. */
export type DemoAccountName =
  | 'ecommerceTrial'
  | 'supportTemplate'
  | 'unknownTemplate'
  | 'blockedDowngrade'
  | 'needsEnterprise'
  | 'beyondCatalog'
  | 'nearLimit';

/** An account whose assistant chats, as every demo account's does; `details` adds what it uses. */
function chatAccount(
  agentTemplate: string,
  integrations: string[],
  country: string,
  details: Partial<AccountContext> = {},
): AccountContext {
  return { agentTemplate, integrations, country, assistantConfiguration: 'chat', ...details };
}

/** A trial of `days` days from `start`, and what it used. */
function trial(start: string, days: number, usage: Usage): TrialUsage {
  return { start, end: new Date(Date.parse(start) + days * 86_400_000).toISOString(), usage };
}

const shopTrial = { conversations: 9_800, documents: 420, assistants: 2, seats: 3, aiTokens: 1_400_000 };
const supportTrial = { conversations: 12_000, documents: 800, assistants: 2, seats: 2, aiTokens: 3_000_000 };
const largeShopTrial = {
  conversations: 60_000,
  documents: 30_000,
  assistants: 4,
  seats: 12,
  aiTokens: 28_000_000,
};

/** Accounts that exercise every rule; the comment on each says what the engine should make of it. */
export const demoAccounts: Record<DemoAccountName, AccountContext> = {
  /** 9,800 conversations in a 7-day trial ≈ 42,000 a month, Shopify connected → Ecommerce Basic. */
  ecommerceTrial: chatAccount('ecommerce', ['shopify'], 'DK', {
    trialUsage: trial('2026-03-02T09:00:00.000Z', 7, shopTrial),
  }),
  /**
   * Fits Ecommerce Basic and Support Basic alike (same price); the support template decides.
   * Slack is in no plan, so it cannot tell plans apart and is ignored.
   */
  supportTemplate: chatAccount('support', ['slack'], 'SE', {
    trialUsage: trial('2026-02-16T09:00:00.000Z', 14, supportTrial),
  }),
  /** A template no family matches and no usage at all → the cheapest plan, with `no_usage_data`. */
  unknownTemplate: chatAccount('custom', [], 'FR'),
  /** On Ecommerce Scale; usage, a Scale-only feature and Magento block a downgrade to Basic. */
  blockedDowngrade: chatAccount('ecommerce', ['shopify', 'magento'], 'DE', {
    usage: { conversations: 61_000, documents: 4_200, assistants: 3, seats: 6, aiTokens: 9_000_000 },
    featuresInUse: ['analytics', 'abandoned_cart_recovery'],
  }),
  /** ≈ 257,000 conversations and 30,000 documents: only the Enterprise plan holds it. */
  needsEnterprise: chatAccount('ecommerce', ['shopify'], 'DK', {
    trialUsage: trial('2026-03-02T09:00:00.000Z', 7, largeShopTrial),
  }),
  /** Eight assistants: more than any plan offers → the `enterprise` outcome (contact sales). */
  beyondCatalog: chatAccount('support', ['zendesk'], 'NO', {
    usage: { conversations: 150_000, documents: 150_000, assistants: 8, seats: 40 },
  }),
  /**
   * On Ecommerce Basic, ten days into the period: 45,000 of 50,000 conversations, heading for
   * about 139,500 by its end (overage), documents at 85 % of the limit.
   */
  nearLimit: chatAccount('ecommerce', ['shopify'], 'DK', {
    usage: { conversations: 45_000, documents: 850, assistants: 2, seats: 3, aiTokens: 2_500_000 },
    featuresInUse: ['analytics'],
  }),
};
