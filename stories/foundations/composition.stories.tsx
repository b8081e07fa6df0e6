import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { SubscriptionKitParameters } from '../../.storybook/preview';
import { basicSubscriberData, demoClock, demoProvider } from '../scenarios';
import { CodeBlock } from './code-block';
import { ChangePlan } from './examples/change-plan';
import changePlanCode from './examples/change-plan.tsx?raw';
import { YourPlanCard } from './examples/your-plan-card';
import yourPlanCardCode from './examples/your-plan-card.tsx?raw';
import './foundations.css';

const SETUP_CODE = `import { QueryClient } from '@tanstack/react-query';
import { SubscriptionKitProvider } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { billingDataProvider } from './billing-data-provider'; // yours: see docs/PROVIDER.md

const queryClient = new QueryClient();

export function Billing({ locale }: { locale: string }) {
  return (
    <SubscriptionKitProvider dataProvider={billingDataProvider} queryClient={queryClient} locale={locale}>
      {/* the parts below */}
    </SubscriptionKitProvider>
  );
}`;

interface CompositionPageProps {
  example: 'rearranged' | 'custom-card';
  locale: string;
}

/** How the parts compose: the provider once, then the modal's sections or hooks under it. */
function CompositionPage({ example, locale }: CompositionPageProps) {
  return (
    <main className="sk-Root sb-Page">
      <h1>Composition</h1>
      <p>
        Put <code>SubscriptionKitProvider</code> once around your billing pages, with your data provider and,
        if you have one, your own <code>QueryClient</code> and i18next instance. Under it, use whole
        components, rearrange the change-plan dialog from its sections (<code>docs/PARTS.md</code> lists each
        part, its classes and state attributes), or build your own markup on the hooks.
      </p>
      <CodeBlock caption="Provider code" code={SETUP_CODE} />
      {example === 'rearranged' ? (
        <>
          <h2>The dialog, rearranged</h2>
          <p>
            <code>PlanModalContent</code> without children shows every section in the default order; with
            children it shows those, in your order. Keep <code>PlanModalReview</code>: it is where a chosen
            plan is previewed and confirmed.
          </p>
          <ChangePlan />
          <CodeBlock caption="Rearranged dialog code" code={changePlanCode} />
        </>
      ) : (
        <>
          <h2>A card of your own, on the hooks</h2>
          <p>
            The hooks (<code>useSubscription</code>, <code>useCatalog</code>, <code>useAccount</code>,{' '}
            <code>useRecommendations</code>, <code>usePlanChange</code> …) return TanStack Query results over
            your data provider, cached with the components&apos; own data: a plan changed in the dialog
            updates your card too. Money is formatted with <code>formatMoney</code> from{' '}
            <code>subscription-kit/core</code>.
          </p>
          <YourPlanCard locale={locale} />
          <CodeBlock caption="Custom card code" code={yourPlanCardCode} />
        </>
      )}
    </main>
  );
}

const parameters: { subscriptionKit: SubscriptionKitParameters } = {
  subscriptionKit: { now: demoClock, dataProvider: () => demoProvider(basicSubscriberData()) },
};

const meta = {
  title: 'Foundations/Composition',
  component: CompositionPage,
  tags: ['!autodocs'],
  parameters: { ...parameters, a11y: { context: 'body' }, controls: { disable: true } },
  args: { example: 'rearranged', locale: 'en' },
  render: (args, context) => <CompositionPage {...args} locale={String(context.globals.locale ?? 'en')} />,
} satisfies Meta<typeof CompositionPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog with the interval first and no full catalogue; the play opens it. */
export const RearrangedModal: Story = {
  args: { example: 'rearranged' },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await userEvent.click(await page.findByRole('button', { name: /./, expanded: false }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(await within(dialog).findAllByRole('article')).not.toHaveLength(0);
    const switchAt = dialog.querySelector('[data-slot="interval-switch"]');
    const plansAt = dialog.querySelector('[data-slot="recommended-plans"]');
    await expect(switchAt?.compareDocumentPosition(plansAt as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await expect(dialog.querySelector('[data-slot="plan-catalog"]')).toBeNull();
  },
};

/** The customer's plan, its price and renewal in the host's own markup, with the dialog to change it. */
export const CustomCard: Story = {
  args: { example: 'custom-card' },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article');
    await expect(await within(card).findByRole('heading', { name: 'Ecommerce Basic' })).toBeVisible();
    await expect(card).toHaveTextContent(/2026/);
  },
};
