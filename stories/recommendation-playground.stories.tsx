import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RecommendationBanner } from 'subscription-kit';
import { type AccountContext, recommendPlans } from 'subscription-kit/core';
import { demoNow, demoPlans } from 'subscription-kit/testing';
import { playIn } from './play';

/*
 * The engine, live: change the agent template, the connected integrations and the trial usage in
 * the controls and watch the ranking, the scores and the reasons move. Nothing here is stored; the
 * recommendation is recomputed from the demo catalog on every change.
 */

const INTEGRATIONS = [
  'shopify',
  'woocommerce',
  'magento',
  'zendesk',
  'intercom',
  'freshdesk',
  'salesforce',
  'slack',
];
const DAY = 86_400_000;

interface PlaygroundProps {
  /** The installed agent template ('' for none). */
  template: string;
  integrations: string[];
  /** Conversations during the trial. */
  trialConversations: number;
  /** How long the trial ran, in days. */
  trialDays: number;
  assistants: number;
  documents: number;
  /** Spare capacity required on conversations and AI tokens, in percent. */
  headroomPercent: number;
}

function RecommendationPlayground(props: PlaygroundProps) {
  const account: AccountContext = {
    agentTemplate: props.template || null,
    integrations: props.integrations,
    country: 'DK',
    assistantConfiguration: 'chat',
    trialUsage:
      props.trialDays > 0
        ? {
            start: new Date(demoNow.getTime() - props.trialDays * DAY).toISOString(),
            end: demoNow.toISOString(),
            usage: {
              conversations: props.trialConversations,
              assistants: props.assistants,
              documents: props.documents,
            },
          }
        : null,
  };
  const recommendation = recommendPlans({
    catalog: demoPlans,
    account,
    now: demoNow,
    options: { headroom: props.headroomPercent / 100 },
  });
  const names = new Map(demoPlans.map((plan) => [plan.id, plan.name]));

  return (
    <div className="sb-Playground">
      <RecommendationBanner recommendation={recommendation} />
      <p className="sb-Outcome" data-testid="outcome">
        {recommendation.outcome === 'plan'
          ? `Recommended: ${names.get(recommendation.planId) ?? recommendation.planId}`
          : 'Recommended: talk to sales (enterprise)'}
      </p>
      <table className="sb-Ranking">
        <caption>Ranking of the demo catalog</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Plan</th>
            <th scope="col">Score</th>
            <th scope="col">Fits</th>
            <th scope="col">Reasons</th>
          </tr>
        </thead>
        <tbody>
          {recommendation.ranked.map((ranked, index) => (
            <tr key={ranked.planId} data-fits={ranked.fits || undefined}>
              <td>{index + 1}</td>
              <th scope="row">{names.get(ranked.planId)}</th>
              <td>{ranked.score}</td>
              <td>{ranked.fits ? 'yes' : 'no'}</td>
              <td>
                <code>
                  {ranked.reasons
                    .map((reason) => `${reason.code} ${JSON.stringify(reason.params)}`)
                    .join('\n')}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Engine/Recommendation playground',
  component: RecommendationPlayground,
  args: {
    template: 'ecommerce',
    integrations: ['shopify'],
    trialConversations: 9_800,
    trialDays: 7,
    assistants: 2,
    documents: 420,
    headroomPercent: 15,
  },
  argTypes: {
    template: { control: 'select', options: ['', 'ecommerce', 'support', 'legal'] },
    integrations: { control: 'check', options: INTEGRATIONS },
    trialConversations: { control: { type: 'range', min: 0, max: 200_000, step: 200 } },
    trialDays: { control: { type: 'range', min: 0, max: 30, step: 1 } },
    assistants: { control: { type: 'range', min: 0, max: 10, step: 1 } },
    documents: { control: { type: 'range', min: 0, max: 150_000, step: 100 } },
    headroomPercent: { control: { type: 'range', min: 0, max: 50, step: 5 } },
  },
} satisfies Meta<typeof RecommendationPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's example: 9,800 conversations in a 7-day trial ≈ 42,000 a month, Shopify connected. */
export const EcommerceTrial: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('outcome')).toHaveTextContent(
      'Recommended: Ecommerce Basic',
    );
  },
};

export const SupportTemplate: Story = {
  args: { template: 'support', integrations: ['zendesk'], trialConversations: 8_000 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('outcome')).toHaveTextContent(
      'Recommended: Support Basic',
    );
  },
};

export const BeyondTheCatalog: Story = {
  args: { assistants: 8, trialConversations: 150_000 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('outcome')).toHaveTextContent('talk to sales');
  },
};

/**
 * 90,000 conversations a month: 103,500 with headroom is past Ecommerce Scale's 100,000, but four
 * blocks of overage (€40) keep it at €530 a month, far below Enterprise's €1,890.
 */
export const OverageCostsLess: Story = {
  args: { trialConversations: 90_000, trialDays: 30 },
  play: async (context) => {
    const { screen, matching } = playIn(context);
    await expect(screen.getByTestId('outcome')).toHaveTextContent('Recommended: Ecommerce Scale');
    await expect(
      screen.getByText(
        matching('recommendations.reasons.overage_cheaper', {
          plan: 'Ecommerce Scale',
          alternative: 'Enterprise',
        }),
      ),
    ).toBeVisible();
  },
};

/**
 * 200,000 conversations a month with 20 % headroom: 240,000, 140 blocks of overage on Ecommerce
 * Scale (€1,400) bring it to Enterprise's €1,890, so the bigger plan is recommended.
 */
export const NextPlanCostsLess: Story = {
  args: { trialConversations: 200_000, trialDays: 30, headroomPercent: 20 },
  play: async (context) => {
    const { screen, matching } = playIn(context);
    await expect(screen.getByTestId('outcome')).toHaveTextContent('Recommended: Enterprise');
    await expect(
      screen.getByText(
        matching('recommendations.reasons.overage_costlier', {
          plan: 'Ecommerce Scale',
          alternative: 'Enterprise',
        }),
      ),
    ).toBeVisible();
  },
};
