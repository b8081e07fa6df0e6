import type { Decorator, StoryObj } from '@storybook/react-vite';
import { type JSXElementConstructor, type ReactNode, useMemo } from 'react';
import { expect, waitFor } from 'storybook/test';
import { type AvailabilityReason, type Campaign, type Plan, SubscriptionKitProvider } from 'subscription-kit';
import {
  type DemoAccountName,
  demoAccounts,
  demoPlans,
  type MemoryBillingData,
} from 'subscription-kit/testing';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { shippedTranslations } from './locales';
import {
  accountData,
  annualBasicData,
  basicSubscriberData,
  demoClock,
  demoProvider,
  expiringCardData,
  invoiceHistoryData,
  pastDueData,
  readOnlyProvider,
  supportScaleData,
  usageData,
  usageScenarios,
} from './scenarios';

/*
 * Scenario knobs for the Controls panel: each picks demo data from `subscription-kit/testing` and
 * `scenarios.ts` by name (`options` + `mapping`), so a designer switches the account, the usage,
 * the subscription's status or a failing card without editing JSON.
 */

/** A backend for a story: the memory provider on some demo data, or a provider built another way. */
export type DataScenario = () => ReturnType<typeof demoProvider>;

function withStatus(status: NonNullable<MemoryBillingData['subscription']>['status']): MemoryBillingData {
  const data = basicSubscriberData();
  return { ...data, subscription: data.subscription && { ...data.subscription, status } };
}

/** The backends the data components' scenario knob picks from. */
export const dataScenarios = {
  'Ecommerce Basic, monthly': () => demoProvider(),
  'Ecommerce Basic, yearly': () => demoProvider(annualBasicData()),
  'Support Scale, downgrade scheduled': () => demoProvider(accountData('supportTemplate')),
  'Support Scale, nothing scheduled': () => demoProvider(supportScaleData()),
  'Ecommerce Scale, downgrade blocked': () => demoProvider(accountData('blockedDowngrade')),
  'Enterprise-sized usage': () => demoProvider(accountData('needsEnterprise')),
  'Usage: low': () => demoProvider(usageData(usageScenarios.low)),
  'Usage: near the limit': () => demoProvider(usageData(usageScenarios.near)),
  'Usage: heading past the limit': () => demoProvider(usageData(usageScenarios.overLimit)),
  'Usage: over the limit already': () => demoProvider(usageData(usageScenarios.overNow)),
  'Usage: hard limit': () => demoProvider(usageData(usageScenarios.hardLimit)),
  'Usage: unlimited': () => demoProvider(usageData(usageScenarios.unlimited)),
  'Status: trialing': () => demoProvider(withStatus('trialing')),
  'Status: past due': () => demoProvider(pastDueData()),
  'Status: canceled': () => demoProvider(withStatus('canceled')),
  'No subscription': () => demoProvider({ ...basicSubscriberData(), subscription: null }),
  'Card expiring soon': () => demoProvider(expiringCardData()),
  'Card expired, 24 invoices': () => demoProvider(invoiceHistoryData()),
  'Card declined on change': () =>
    demoProvider(basicSubscriberData(), { faults: { changePlan: 'payment_declined' } }),
  'Insufficient funds on change': () =>
    demoProvider(basicSubscriberData(), { faults: { changePlan: 'insufficient_funds' } }),
  'Card expired on change': () =>
    demoProvider(basicSubscriberData(), { faults: { changePlan: 'card_expired' } }),
  'Read-only provider': () => readOnlyProvider(),
  'Loading forever': () => demoProvider(basicSubscriberData(), { delay: 3_600_000 }),
  'Not signed in': () =>
    demoProvider(basicSubscriberData(), {
      faults: {
        getCatalog: 'unauthorized',
        getAccount: 'unauthorized',
        getSubscription: 'unauthorized',
        listInvoices: 'unauthorized',
        listPaymentMethods: 'unauthorized',
      },
    }),
} satisfies Record<string, DataScenario>;

export type DataScenarioName = keyof typeof dataScenarios;

/** The arg a data component's scenario story adds to its props. */
export interface ScenarioArgs {
  scenario: DataScenarioName;
}

/** `argTypes.scenario`: a select over `dataScenarios`, mapped to the backend it builds. */
export const scenarioArgType = {
  scenario: {
    name: 'Scenario',
    description: 'The demo backend the component reads: account, usage, subscription status, a failing card.',
    options: Object.keys(dataScenarios) as DataScenarioName[],
    mapping: dataScenarios,
    control: { type: 'select' as const },
    table: { category: 'Scenario' },
  },
};

/** A provider of its own on a scenario's backend, with the toolbar's locale and theme. */
export function ScenarioProvider({
  scenario,
  globals,
  children,
}: {
  scenario: DataScenario;
  globals: Record<string, unknown>;
  children: ReactNode;
}) {
  // A fresh backend per pick: the provider object scopes the query cache, so nothing carries over.
  const dataProvider = useMemo(() => scenario(), [scenario]);
  return (
    <SubscriptionKitProvider
      dataProvider={dataProvider}
      now={demoClock}
      locale={String(globals.locale ?? 'en')}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      translations={shippedTranslations}
    >
      {children}
    </SubscriptionKitProvider>
  );
}

/** Puts the story under a provider on the scenario the knob picked (mapped to its backend). */
export const withScenario: Decorator = (Story, context) => {
  const picked: unknown = context.args.scenario;
  const scenario =
    typeof picked === 'function' ? (picked as DataScenario) : dataScenarios[picked as DataScenarioName];
  return (
    <ScenarioProvider
      scenario={scenario ?? dataScenarios['Ecommerce Basic, monthly']}
      globals={context.globals}
    >
      <Story />
    </ScenarioProvider>
  );
};

/** Props without the story-only knobs, for a render that spreads args onto a component. */
export function withoutKnobs<Args extends object>(
  args: Args,
): Omit<Args, 'scenario' | 'campaign' | 'account'> {
  const {
    scenario: _scenario,
    campaign: _campaign,
    account: _account,
    ...props
  } = args as Args & {
    scenario?: unknown;
    campaign?: unknown;
    account?: unknown;
  };
  return props;
}

/* -------------------------------------------------------------------------------------------------
 * Plans, accounts, campaigns and availability
 * -----------------------------------------------------------------------------------------------*/

/** `argTypes` entry picking a plan of the demo catalog by name. */
export function planArgType(description: string) {
  return {
    description,
    options: demoPlans.map((plan) => plan.name),
    mapping: Object.fromEntries(demoPlans.map((plan) => [plan.name, plan])) as Record<string, Plan>,
    control: { type: 'select' as const },
  };
}

/** `argTypes` entry picking a demo account by its name. */
export function accountArgType(description: string) {
  return {
    description,
    options: Object.keys(demoAccounts) as DemoAccountName[],
    mapping: demoAccounts,
    control: { type: 'select' as const },
  };
}

/** Campaigns a story can put on a plan, around the demo clock (March 15th, 2026). */
export const campaignOptions: Record<string, Campaign[] | undefined> = {
  'As in the catalog': undefined,
  None: [],
  '20 % off annual, until April 1st': [
    {
      id: 'spring-annual-2026',
      discountPercent: 20,
      intervals: ['year'],
      startsAt: '2026-03-01T00:00:00.000Z',
      endsAt: '2026-04-01T00:00:00.000Z',
    },
  ],
  '10 % off monthly, no end date': [
    { id: 'welcome-2026', discountPercent: 10, intervals: ['month'], startsAt: '2026-01-01T00:00:00.000Z' },
  ],
};

/** `argTypes.campaign`: the campaign the card's plan runs (a story knob merged into `plan`). */
export const campaignArgType = {
  campaign: {
    name: 'Campaign',
    description: "Replaces the plan's campaigns; a running one shows its badge and discounted price.",
    options: Object.keys(campaignOptions),
    mapping: campaignOptions,
    control: { type: 'select' as const },
    table: { category: 'Scenario' },
  },
};

/** Reasons a plan is unavailable, as `checkAvailability` gives them. */
export const unavailableReasonOptions: Record<string, AvailabilityReason[]> = {
  Available: [],
  'Voice assistants only': [
    { code: 'assistant_config', params: { configuration: 'chat', supported: ['voice'] } },
  ],
  'Nordic countries only': [{ code: 'region', params: { country: 'DE', allowed: ['DK', 'SE', 'NO', 'FI'] } }],
  'Campaign ended': [
    {
      code: 'campaign_window',
      params: { state: 'ended', startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-02-28T00:00:00.000Z' },
    },
  ],
  'Campaign not started': [
    {
      code: 'campaign_window',
      params: { state: 'not_started', startsAt: '2026-05-01T00:00:00.000Z', endsAt: null },
    },
  ],
  'Voice only, and Nordic only': [
    { code: 'assistant_config', params: { configuration: 'chat', supported: ['voice'] } },
    { code: 'region', params: { country: 'DE', allowed: ['DK', 'SE', 'NO', 'FI'] } },
  ],
};

/** `argTypes.unavailableReasons`: a select over `unavailableReasonOptions`. */
export const unavailableReasonsArgType = {
  unavailableReasons: {
    options: Object.keys(unavailableReasonOptions),
    mapping: unavailableReasonOptions,
    control: { type: 'select' as const },
  },
};

/* -------------------------------------------------------------------------------------------------
 * Overviews
 * -----------------------------------------------------------------------------------------------*/

/**
 * One data component on several scenarios side by side, each under its own provider and captioned
 * with the scenario's name. `children` gets the caption's id: a section named by it stays a
 * distinct landmark among its copies.
 */
export function ScenarioGallery({
  scenarios,
  globals,
  minWidth = '26rem',
  children,
}: {
  scenarios: DataScenarioName[];
  globals: Record<string, unknown>;
  minWidth?: string;
  children: (captionId: string) => ReactNode;
}) {
  return (
    <div
      className="sb-Gallery"
      style={{ gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${minWidth}), 1fr))` }}
    >
      {scenarios.map((name, index) => (
        <figure key={name} className="sb-GalleryItem" data-state-name={name}>
          <figcaption id={`scenario-${index}`}>{name}</figcaption>
          <ScenarioProvider scenario={dataScenarios[name]} globals={globals}>
            {children(`scenario-${index}`)}
          </ScenarioProvider>
        </figure>
      ))}
    </div>
  );
}

/** Waits until every data component in `element` has left its loading state. */
export async function settled(element: HTMLElement, count: number) {
  await waitFor(
    () => {
      const roots = element.querySelectorAll('[data-status]:not([data-status="loading"])');
      expect(roots.length).toBeGreaterThanOrEqual(count);
    },
    { timeout: 8_000 },
  );
}

/**
 * `parameters` of an overview: copies of one component side by side hold landmarks of one name,
 * as no page does, so that axe rule is off there (and only there).
 */
export const galleryParameters = {
  a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
};

/* -------------------------------------------------------------------------------------------------
 * The scenario knob and the overview, as stories
 * -----------------------------------------------------------------------------------------------*/

/** A data component: every prop optional, its root `[data-slot]` labelled by `aria-labelledby`. */
type DataComponent = JSXElementConstructor<{ 'aria-labelledby'?: string }>;

/** A story of `Component` under the Scenario knob, starting on `scenario`. */
export function scenarioStory(
  Component: DataComponent,
  scenario: DataScenarioName,
  maxWidth: string,
): StoryObj<ScenarioArgs> {
  return {
    args: { scenario },
    argTypes: { ...scenarioArgType },
    decorators: [withScenario],
    render: (args) => (
      <main style={{ maxWidth }}>
        <Component {...withoutKnobs(args)} />
      </main>
    ),
    play: async ({ canvasElement }) => {
      await settled(canvasElement, 1);
    },
  };
}

/**
 * `Component` (whose root is `[data-slot="slot"]`) on each scenario side by side: the page a
 * designer reviews in one look.
 */
export function overviewStory(
  Component: DataComponent,
  slot: string,
  scenarios: DataScenarioName[],
  minWidth: string,
): StoryObj<Record<string, unknown>> {
  return {
    parameters: galleryParameters,
    render: (args, context) => (
      <main style={{ maxWidth: '110rem' }}>
        <ScenarioGallery scenarios={scenarios} globals={context.globals} minWidth={minWidth}>
          {(captionId) => <Component {...args} aria-labelledby={captionId} />}
        </ScenarioGallery>
      </main>
    ),
    play: async ({ canvasElement }) => {
      await settled(canvasElement, scenarios.filter((name) => name !== 'Loading forever').length);
      await expect(canvasElement.querySelectorAll(`[data-slot="${slot}"]`)).toHaveLength(scenarios.length);
    },
  };
}

/** `parameters` putting a story on its own backend at the demo clock. */
export function backend(dataProvider: DataScenario) {
  const subscriptionKit: SubscriptionKitParameters = { now: demoClock, dataProvider };
  return { subscriptionKit };
}

/**
 * BillingErrorMessage, BillingIntervalSwitch, InvoiceStatusBadge, PlanChangeReview and
 * ScheduledChangeNotice take the library's styles and theme from an enclosing part's root
 * (`sk-Root`, as inside PlanModal); on their own they carry none, so their stories give them one.
 */
export const withKitRoot: Decorator = (Story, context) => (
  <div className="sk-Root" data-sk-theme={context.globals.theme === 'dark' ? 'dark' : 'light'}>
    <Story />
  </div>
);
