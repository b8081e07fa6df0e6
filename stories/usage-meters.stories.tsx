import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  SUPPORTED_LOCALES,
  SubscriptionKitProvider,
  UsageMeters,
  type UsageMetersProps,
} from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { shippedTranslations } from './locales';
import { asShown, dialogOnDocsPage, playIn } from './play';
import {
  type DataScenarioName,
  galleryParameters,
  type ScenarioArgs,
  ScenarioGallery,
  scenarioArgType,
  settled,
  withoutKnobs,
  withScenario,
} from './scenario-controls';
import { demoClock, demoProvider, type UsageScenario, usageData, usageScenarios } from './scenarios';
import { usageDocs } from './usage-docs';

function withUsage(scenario: UsageScenario, options: Parameters<typeof demoProvider>[1] = {}) {
  const subscriptionKit: SubscriptionKitParameters = {
    now: demoClock,
    dataProvider: () => demoProvider(usageData(scenario), options),
  };
  return { subscriptionKit };
}

const meta = {
  title: 'Billing/UsageMeters',
  component: UsageMeters,
  parameters: {
    a11y: { context: 'body' },
    ...withUsage(usageScenarios.overLimit),
    docs: usageDocs(
      'UsageMeters',
      "Usage this period against the plan's limits, the projection to the period's end, and — when a limit will be passed — a nudge with the plan the engine picks (or the overage it will cost), opening the change-plan dialog on that review.",
    ),
  },
  render: (args) => (
    <main style={{ maxWidth: '60rem' }}>
      <UsageMeters {...args} />
    </main>
  ),
} satisfies Meta<typeof UsageMeters>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Well inside every limit: plain meters, the projection under each flow, no nudge. */
export const Low: Story = {
  parameters: withUsage(usageScenarios.low),
  play: async (context) => {
    const { screen, t, number, matching } = playIn(context);
    const conversations = await screen.findByRole('meter', { name: t('usageMeters.metrics.conversations') });
    await expect(asShown(conversations.getAttribute('aria-valuetext') ?? '')).toMatch(
      matching('usageMeters.valueText', { used: number(12_000), limit: number(50_000) }),
    );
    await expect(
      screen.getByText(matching('usageMeters.projection', { value: number(37_000) })),
    ).toBeVisible();
    await expect(screen.queryByRole('region', { name: t('usageMeters.nudge.title') })).toBeNull();
  },
};

/** Day 27 of 28 at 84 % of conversations and 90 % of documents: warnings, nothing projected over. */
export const Near: Story = {
  parameters: withUsage(usageScenarios.near),
  play: async (context) => {
    const { screen, t } = playIn(context);
    const documents = await screen.findByRole('meter', { name: t('usageMeters.metrics.documents') });
    await expect(documents.closest('[data-state]')).toHaveAttribute('data-state', 'warning');
    await expect(screen.getAllByText(t('usageMeters.level.warning'))).toHaveLength(2);
    await expect(screen.queryByRole('region', { name: t('usageMeters.nudge.title') })).toBeNull();
  },
};

/**
 * 45,000 of 50,000 conversations ten days in: heading for 139,500. The plan bills overage, so the
 * nudge says what it will cost, and offers the plan the engine picks for that usage: Ecommerce Scale,
 * whose own overage still costs less than Enterprise.
 */
export const OverLimit: Story = {
  play: async (context) => {
    const { screen, t, number, matching } = playIn(context);
    const nudge = await screen.findByRole('region', { name: t('usageMeters.nudge.title') });
    await expect(
      within(nudge).getByText(
        matching('usageMeters.nudge.metric', {
          metric: t('usageMeters.metrics.conversations'),
          projected: number(140_000),
          limit: number(50_000),
        }),
      ),
    ).toBeVisible();
    await expect(within(nudge).getByText(matching('usageMeters.nudge.overage'))).toBeVisible();
    await expect(
      within(nudge).getByText(t('usageMeters.nudge.recommended', { plan: 'Ecommerce Scale' })),
    ).toBeVisible();
    await expect(
      within(nudge).getByText(
        matching('recommendations.reasons.overage_cheaper', {
          plan: 'Ecommerce Scale',
          alternative: 'Enterprise',
        }),
      ),
    ).toBeVisible();
  },
};

/** "Review Ecommerce Scale" opens the change-plan dialog on the review of that upgrade. */
export const ReviewFromNudge: Story = {
  parameters: dialogOnDocsPage,
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(
      await screen.findByRole('button', { name: t('usageMeters.nudge.review', { plan: 'Ecommerce Scale' }) }),
    );
    const dialog = await screen.findByRole('dialog', { name: t('planModal.title') });
    const monthly = t('review.interval.month');
    await expect(
      within(dialog).getByText(
        `${t('review.selection', { plan: 'Ecommerce Basic', interval: monthly })} → ${t('review.selection', { plan: 'Ecommerce Scale', interval: monthly })}`,
      ),
    ).toBeVisible();
    await expect(
      await within(dialog).findByRole('button', { name: t('review.confirm.upgrade') }),
    ).toBeVisible();
  },
};

/** The same usage on a plan whose limits are hard: the nudge leads with the upgrade. */
export const OverHardLimit: Story = {
  parameters: withUsage(usageScenarios.hardLimit),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('usageMeters.nudge.hardLimit'))).toBeVisible();
    await expect(
      screen.getByRole('button', { name: t('usageMeters.nudge.review', { plan: 'Ecommerce Scale' }) }),
    ).toHaveAttribute('data-variant', 'primary');
  },
};

/** Enterprise: conversations and seats are unlimited and say so; the rest have meters. */
export const Unlimited: Story = {
  parameters: withUsage(usageScenarios.unlimited),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findAllByText(t('usageMeters.unlimited'))).toHaveLength(2);
    await expect(screen.getAllByRole('meter')).toHaveLength(3);
  },
};

/** The first day of the period: every meter at zero, and a line saying nothing is measured yet. */
export const NoUsageYet: Story = {
  parameters: withUsage(usageScenarios.noUsage),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('usageMeters.noUsage'))).toBeVisible();
    for (const meter of screen.getAllByRole('meter'))
      await expect(meter).toHaveAttribute('aria-valuenow', '0');
  },
};

export const Loading: Story = {
  parameters: withUsage(usageScenarios.overLimit, { delay: 3_600_000 }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-status="loading"]')).not.toBeNull();
  },
};

export const LoadError: Story = {
  parameters: withUsage(usageScenarios.overLimit, { faults: { getAccount: 'network' } }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    // A network failure is retried twice before it is shown.
    await expect(await screen.findByText(t('usageMeters.loadError'), {}, { timeout: 8_000 })).toBeVisible();
    await expect(screen.getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** In Danish, the long compound words wrap inside the meters. */
export const Danish: Story = {
  globals: { locale: 'da' },
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(
      await screen.findByRole('meter', { name: t('usageMeters.metrics.conversations') }),
    ).toBeVisible();
  },
};

/**
 * Day 1 of a period a plan change restarted, with 30,000 conversations counted: too early to
 * project, so the meters say so instead of multiplying the day by 31, and nothing is nudged.
 */
export const TooEarly: Story = {
  parameters: withUsage(usageScenarios.tooEarly),
  play: async (context) => {
    const { screen, t, number, matching } = playIn(context);
    const conversations = await screen.findByRole('meter', { name: t('usageMeters.metrics.conversations') });
    await expect(asShown(conversations.getAttribute('aria-valuetext') ?? '')).toMatch(
      matching('usageMeters.valueText', { used: number(30_000), limit: number(50_000) }),
    );
    await expect(screen.getAllByText(t('usageMeters.tooEarly'))).toHaveLength(2);
    await expect(screen.queryByRole('region', { name: t('usageMeters.nudge.title') })).toBeNull();
  },
};

/** Day 2, with the previous period's pace (30,000 in 20 days) carrying the rest of this one. */
export const LastPeriodPace: Story = {
  parameters: withUsage(usageScenarios.lastPeriodPace),
  play: async (context) => {
    const { screen, t, number, matching } = playIn(context);
    await expect(
      await screen.findByText(matching('usageMeters.projectionPreviousPeriod', { value: number(47_000) })),
    ).toBeVisible();
    await expect(screen.queryByRole('region', { name: t('usageMeters.nudge.title') })).toBeNull();
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(
      await screen.findByRole('meter', { name: t('usageMeters.metrics.conversations') }),
    ).toBeVisible();
  },
};

/** Heading past the limit in every shipped locale, side by side, each with its own provider. */
export const EveryLocale: Story = {
  render: (args, context) => (
    <main style={{ display: 'grid', gap: '1.5rem', maxWidth: '60rem' }}>
      {SUPPORTED_LOCALES.map((locale) => (
        <SubscriptionKitProvider
          key={locale}
          dataProvider={demoProvider(usageData(usageScenarios.overLimit))}
          now={demoClock}
          locale={locale}
          theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
          translations={shippedTranslations}
        >
          <UsageMeters {...args} />
        </SubscriptionKitProvider>
      ))}
    </main>
  ),
  play: async (context) => {
    const { screen } = playIn(context);
    for (const heading of [
      'Usage this period',
      'Forbrug i denne periode',
      'Utilisation sur cette période',
      'Nutzung in diesem Zeitraum',
      'Uso en este periodo',
    ]) {
      await expect(await screen.findByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(screen.getAllByRole('meter')).toHaveLength(25);
  },
};

/* -------------------------------------------------------------------------------------------------
 * Over the limit already, the scenario knob, and the states side by side
 * -----------------------------------------------------------------------------------------------*/

/** 62,000 of 50,000 conversations and 1,200 of 1,000 documents twenty days in: over already. */
export const OverLimitNow: Story = {
  parameters: withUsage(usageScenarios.overNow),
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 1);
    const over = canvasElement.querySelectorAll('.sk-Meter[data-state="over"]');
    await expect([...over].map((meter) => meter.getAttribute('data-metric'))).toEqual(
      expect.arrayContaining(['conversations', 'documents']),
    );
    await expect(canvasElement.querySelector('[data-slot="usage-nudge"]')).not.toBeNull();
  },
};

/** Every scenario of the demo data from the Scenario knob: usage, status, failing reads. */
export const Scenarios: StoryObj<UsageMetersProps & ScenarioArgs> = {
  args: { scenario: 'Usage: over the limit already' },
  argTypes: { ...scenarioArgType },
  decorators: [withScenario],
  render: (args) => (
    <main style={{ maxWidth: '60rem' }}>
      <UsageMeters {...withoutKnobs(args)} />
    </main>
  ),
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 1);
    await expect(canvasElement.querySelector('[data-slot="usage-meters"]')).toHaveAttribute(
      'data-status',
      'ready',
    );
  },
};

const OVERVIEW: DataScenarioName[] = [
  'Usage: low',
  'Usage: near the limit',
  'Usage: heading past the limit',
  'Usage: over the limit already',
  'Usage: hard limit',
  'Usage: unlimited',
];

/** Low, near, heading past, over already, a hard limit and unlimited, side by side. */
export const Overview: Story = {
  parameters: galleryParameters,
  render: (args, context) => (
    <main style={{ maxWidth: '110rem' }}>
      <ScenarioGallery scenarios={OVERVIEW} globals={context.globals} minWidth="32rem">
        {(captionId) => <UsageMeters {...args} aria-labelledby={captionId} />}
      </ScenarioGallery>
    </main>
  ),
  play: async ({ canvasElement }) => {
    await settled(canvasElement, OVERVIEW.length);
    const states = [...canvasElement.querySelectorAll('.sk-Meter[data-metric="conversations"]')].map(
      (meter) => meter.getAttribute('data-state'),
    );
    await expect(states).toEqual(['ok', 'warning', 'warning', 'over', 'warning', 'unlimited']);
  },
};
