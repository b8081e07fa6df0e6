import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { type Recommendation, RecommendationBanner } from 'subscription-kit';
import { recommendPlans } from 'subscription-kit/core';
import { type DemoAccountName, demoAccounts, demoNow, demoPlans } from 'subscription-kit/testing';
import { usageDocs } from './usage-docs';

/** The engine's recommendation for each demo account, on the demo catalog at the demo clock. */
const recommendations = Object.fromEntries(
  Object.entries(demoAccounts).map(([name, account]) => [
    name,
    recommendPlans({ catalog: demoPlans, account, now: demoNow }),
  ]),
) as Record<DemoAccountName, Recommendation>;

function recommendationFor(account: DemoAccountName): Recommendation {
  return recommendations[account];
}

const meta = {
  title: 'Plans/RecommendationBanner',
  component: RecommendationBanner,
  args: { recommendation: recommendationFor('ecommerceTrial') },
  argTypes: {
    recommendation: {
      description:
        "The engine's output (`recommendPlans` or `useRecommendations`); pick the demo account it is computed for.",
      options: Object.keys(recommendations),
      mapping: recommendations,
      control: { type: 'select' },
    },
  },
  parameters: {
    docs: usageDocs(
      'RecommendationBanner',
      '"Recommended for you" with the reasons behind the engine\'s pick: the template, the integrations, the projected usage — or, when nothing in the catalog fits, enterprise.',
    ),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '40rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof RecommendationBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The banner's reasons, one list item each. */
async function expectReasons(canvasElement: HTMLElement, outcome: Recommendation['outcome']) {
  const banner = within(canvasElement).getByRole('region');
  await expect(banner).toHaveAttribute('data-outcome', outcome);
  const reasons = within(banner).getAllByRole('listitem');
  await expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) await expect(reason.textContent).not.toMatch(/recommendations\./);
  return reasons;
}

/** An e-commerce trial with Shopify: template, integration and projected usage. */
export const EcommerceTrial: Story = {
  play: async ({ canvasElement }) => {
    await expect(await expectReasons(canvasElement, 'plan')).toHaveLength(
      recommendationFor('ecommerceTrial').reasons.length,
    );
  },
};

/** A support template with Slack. */
export const SupportTemplate: Story = {
  args: { recommendation: recommendationFor('supportTemplate') },
  play: ({ canvasElement }) => expectReasons(canvasElement, 'plan').then(() => undefined),
};

/** No template match and no usage: the cheapest plan, and why. */
export const NoUsageData: Story = {
  args: { recommendation: recommendationFor('unknownTemplate') },
  play: ({ canvasElement }) => expectReasons(canvasElement, 'plan').then(() => undefined),
};

/** More than any plan holds: the enterprise outcome. */
export const Enterprise: Story = {
  args: { recommendation: recommendationFor('beyondCatalog') },
  play: ({ canvasElement }) => expectReasons(canvasElement, 'enterprise').then(() => undefined),
};

const OVERVIEW: DemoAccountName[] = [
  'ecommerceTrial',
  'supportTemplate',
  'unknownTemplate',
  'needsEnterprise',
  'beyondCatalog',
];

/** The banner for each kind of account, side by side. */
export const Overview: Story = {
  render: (args) => (
    <div className="sb-Gallery">
      {OVERVIEW.map((account) => (
        <figure key={account} className="sb-GalleryItem">
          <figcaption id={`banner-${account}`}>
            <code>{account}</code>
          </figcaption>
          {/* Five banners on one page: each is named by its caption, so the landmarks stay distinct. */}
          <RecommendationBanner
            {...args}
            recommendation={recommendationFor(account)}
            aria-labelledby={`banner-${account}`}
          />
        </figure>
      ))}
    </div>
  ),
  decorators: [(Story) => <div style={{ maxWidth: '72rem' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('region')).toHaveLength(OVERVIEW.length);
    await expect(canvasElement.querySelectorAll('[data-outcome="enterprise"]').length).toBeGreaterThan(0);
  },
};
