import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  PlanModal,
  PlanModalContent,
  PlanModalEnterpriseContact,
  PlanModalIntervalSwitch,
  PlanModalRecommendationBanner,
  PlanModalRecommendedPlans,
  PlanModalReview,
  PlanModalScheduledChange,
  PlanModalTrigger,
  useCatalog,
  useSubscription,
} from 'subscription-kit';
import { formatMoney } from 'subscription-kit/core';
import type { SubscriptionKitParameters } from '../../.storybook/preview';
import { basicSubscriberData, demoClock, demoProvider } from '../scenarios';
import { CodeBlock } from './code-block';
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

const REARRANGED_CODE = `import {
  PlanModal, PlanModalContent, PlanModalEnterpriseContact, PlanModalIntervalSwitch,
  PlanModalRecommendationBanner, PlanModalRecommendedPlans, PlanModalReview,
  PlanModalScheduledChange, PlanModalTrigger,
} from 'subscription-kit';

// The interval first, the recommended plans, then why they are recommended; no full catalogue.
export function ChangePlan() {
  return (
    <PlanModal>
      <PlanModalTrigger />
      <PlanModalContent>
        <PlanModalScheduledChange />
        <PlanModalIntervalSwitch />
        <PlanModalRecommendedPlans />
        <PlanModalRecommendationBanner />
        <PlanModalEnterpriseContact />
        <PlanModalReview />
      </PlanModalContent>
    </PlanModal>
  );
}`;

const CUSTOM_CARD_CODE = `import { PlanModal, PlanModalContent, PlanModalTrigger, useCatalog, useSubscription } from 'subscription-kit';
import { formatMoney } from 'subscription-kit/core';

// Your own markup and strings over the kit's data; the dialog does the change.
export function YourPlanCard({ locale }: { locale: string }) {
  const subscription = useSubscription();
  const catalog = useCatalog();
  if (subscription.isPending || catalog.isPending) return <p aria-busy="true">Loading…</p>;
  if (subscription.isError || catalog.isError) return <p role="alert">Billing is unavailable.</p>;
  const plan = catalog.data.find((candidate) => candidate.id === subscription.data?.planId);
  if (subscription.data === null || plan === undefined) return <p>No subscription.</p>;
  const renews = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article aria-labelledby="your-plan">
      <h3 id="your-plan">{plan.name}</h3>
      <p>{formatMoney(plan.prices.month, locale)} per month</p>
      <p>Renews on {renews.format(new Date(subscription.data.currentPeriod.end))}</p>
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </article>
  );
}`;

/** The host's own strings of the custom card: a host writes its own, in every language it ships. */
const HOST_STRINGS: Record<
  string,
  { loading: string; failed: string; none: string; month: string; renews: string }
> = {
  en: {
    loading: 'Loading…',
    failed: 'Billing is unavailable.',
    none: 'No subscription.',
    month: 'per month',
    renews: 'Renews on',
  },
  da: {
    loading: 'Indlæser…',
    failed: 'Fakturering er ikke tilgængelig.',
    none: 'Intet abonnement.',
    month: 'pr. måned',
    renews: 'Fornyes den',
  },
  de: {
    loading: 'Wird geladen…',
    failed: 'Die Abrechnung ist nicht verfügbar.',
    none: 'Kein Abonnement.',
    month: 'pro Monat',
    renews: 'Verlängert sich am',
  },
  es: {
    loading: 'Cargando…',
    failed: 'La facturación no está disponible.',
    none: 'Sin suscripción.',
    month: 'al mes',
    renews: 'Se renueva el',
  },
  fr: {
    loading: 'Chargement…',
    failed: 'La facturation est indisponible.',
    none: 'Aucun abonnement.',
    month: 'par mois',
    renews: 'Renouvelé le',
  },
};

function YourPlanCard({ locale }: { locale: string }) {
  const strings = HOST_STRINGS[locale] ?? HOST_STRINGS.en;
  const subscription = useSubscription();
  const catalog = useCatalog();
  if (strings === undefined) return null;
  if (subscription.isPending || catalog.isPending) return <p aria-busy="true">{strings.loading}</p>;
  if (subscription.isError || catalog.isError) return <p role="alert">{strings.failed}</p>;
  const plan = catalog.data.find((candidate) => candidate.id === subscription.data?.planId);
  if (subscription.data === null || plan === undefined) return <p>{strings.none}</p>;
  const renews = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article className="sb-HostCard" aria-labelledby="your-plan">
      <h3 id="your-plan">{plan.name}</h3>
      <p>
        {formatMoney(plan.prices.month, locale)} {strings.month}
      </p>
      <p>
        {strings.renews} {renews.format(new Date(subscription.data.currentPeriod.end))}
      </p>
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </article>
  );
}

function RearrangedPlanModal() {
  return (
    <PlanModal>
      <PlanModalTrigger />
      <PlanModalContent>
        <PlanModalScheduledChange />
        <PlanModalIntervalSwitch />
        <PlanModalRecommendedPlans />
        <PlanModalRecommendationBanner />
        <PlanModalEnterpriseContact />
        <PlanModalReview />
      </PlanModalContent>
    </PlanModal>
  );
}

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
          <RearrangedPlanModal />
          <CodeBlock caption="Rearranged dialog code" code={REARRANGED_CODE} />
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
          <CodeBlock caption="Custom card code" code={CUSTOM_CARD_CODE} />
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
