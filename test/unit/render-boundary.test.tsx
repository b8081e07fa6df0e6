import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance, type i18n as I18nInstance } from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import {
  type BillingDataProvider,
  BillingErrorMessage,
  BillingIntervalSwitch,
  BillingSummary,
  EnterpriseContact,
  InvoiceList,
  InvoiceStatusBadge,
  InvoiceView,
  PaymentMethods,
  type Plan,
  PlanCard,
  PlanCatalog,
  PlanChangeReview,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  RecommendationBanner,
  ScheduledChangeNotice,
  type Subscription,
  SubscriptionKitProvider,
  type SubscriptionKitProviderProps,
  subscriptionKitKeys,
  UsageMeters,
  usePlanChange,
} from 'subscription-kit';
import { recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoInvoices, demoNow, demoPlans } from 'subscription-kit/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { basicSubscriberData, demoClock, demoProvider, supportScaleData } from '../../stories/scenarios';

/*
 * A value a component cannot render — from the host's props, the host's own i18next, or a cache the
 * host filled (a persisted cache from an older release) — never takes the host's page down: the
 * component shows the localised "Something went wrong" with "Try again" in its place, reports
 * `render_failed` to `onEvent`, and renders again once the cause is gone.
 */

const [plan] = demoPlans;
const [invoice] = demoInvoices;
if (plan === undefined || invoice === undefined) throw new Error('The demo data is empty.');
const recommendation = recommendPlans({
  catalog: demoPlans,
  account: demoAccounts.ecommerceTrial,
  now: demoNow,
});
const scheduled: Subscription = {
  ...(basicSubscriberData().subscription as Subscription),
  scheduledChange: { planId: plan.id, interval: 'month', effectiveAt: '2026-04-01T00:00:00.000Z' },
};

const FALLBACK_CONTEXT = "This part of the page couldn't be shown.";

function renderInHostPage(children: ReactNode, props: Partial<SubscriptionKitProviderProps> = {}) {
  const onEvent = vi.fn();
  const host = (content: ReactNode) => (
    <main>
      <h1>Host dashboard</h1>
      <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock} onEvent={onEvent} {...props}>
        {content}
      </SubscriptionKitProvider>
      <p>Host footer</p>
    </main>
  );
  const view = render(host(children));
  return { onEvent, rerender: (next: ReactNode) => view.rerender(host(next)) };
}

/** The fallback in the failed component's place, with the host's page around it. */
async function expectFallback(onEvent: ReturnType<typeof vi.fn>, component: string) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Something went wrong');
  expect(alert).toHaveTextContent(FALLBACK_CONTEXT);
  expect(screen.getByText('Host dashboard')).toBeInTheDocument();
  expect(screen.getByText('Host footer')).toBeInTheDocument();
  expect(onEvent).toHaveBeenCalledWith({ type: 'render_failed', component, message: expect.any(String) });
  return within(alert).getByRole('button', { name: 'Try again' });
}

beforeEach(() => {
  // React reports every error a boundary catches on the console.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/* -------------------------------------------------------------------------------------------------
 * Props the host passes
 * -----------------------------------------------------------------------------------------------*/

/** Plans from a host's own API, before it sent limits and feature lists. */
const planWithoutLimits = { ...plan, limits: undefined } as unknown as Plan;
const planWithoutFeatures = { ...plan, features: null } as unknown as Plan;

function Review({ catalog }: { catalog: Plan[] }) {
  const flow = usePlanChange({ initialIntent: { planId: 'ecommerce-scale', interval: 'month' } });
  return <PlanChangeReview flow={flow} catalog={catalog} subscription={null} onFinish={() => undefined} />;
}

type PropCase = [
  component: string,
  cause: string,
  make: (broken: boolean) => ReactElement,
  recovered: () => Promise<HTMLElement>,
];

const propCases: PropCase[] = [
  [
    'PlanCard',
    'a plan without limits',
    (broken) => <PlanCard plan={broken ? planWithoutLimits : plan} />,
    () => screen.findByRole('article', { name: plan.name }),
  ],
  [
    'PlanCatalog',
    'a plan whose features are null',
    (broken) => <PlanCatalog catalog={broken ? [planWithoutFeatures] : [plan]} />,
    () => screen.findByRole('table', { name: 'Compare plans' }),
  ],
  [
    'RecommendationBanner',
    'a recommendation without reasons',
    (broken) => (
      <RecommendationBanner
        recommendation={broken ? ({ ...recommendation, reasons: undefined } as never) : recommendation}
      />
    ),
    () => screen.findByText('Recommended for you'),
  ],
  [
    'ScheduledChangeNotice',
    'a scheduled change dated "end of month"',
    (broken) => (
      <ScheduledChangeNotice
        subscription={
          broken
            ? {
                ...scheduled,
                scheduledChange: { ...scheduled.scheduledChange, effectiveAt: 'end of month' } as never,
              }
            : scheduled
        }
        catalog={demoPlans}
      />
    ),
    () => screen.findByText(/April 1, 2026/),
  ],
  [
    'PlanChangeReview',
    'no catalog yet',
    (broken) => <Review catalog={broken ? (undefined as never) : demoPlans} />,
    () => screen.findByRole('heading', { name: 'Review your upgrade' }),
  ],
  [
    'InvoiceView',
    'an invoice issued "last Tuesday"',
    (broken) => <InvoiceView invoice={broken ? { ...invoice, issuedAt: 'last Tuesday' } : invoice} />,
    () => screen.findByRole('article', { name: `Invoice ${invoice.number}` }),
  ],
  [
    'UsageMeters',
    'a warning threshold of 80 (not a fraction)',
    (broken) => <UsageMeters warningAt={broken ? 80 : 0.8} />,
    () => screen.findByRole('meter', { name: 'Conversations' }),
  ],
];

describe.each(propCases)('given %s with %s', (component, _cause, make, recovered) => {
  it('shows the fallback in its place, keeps the page, reports it, and recovers on Try again', async () => {
    const { onEvent, rerender } = renderInHostPage(make(true));
    const retry = await expectFallback(onEvent, component);

    rerender(make(false));
    await userEvent.click(retry);
    expect(await recovered()).toBeInTheDocument();
    expect(screen.queryByText(FALLBACK_CONTEXT)).toBeNull();
  });
});

describe.each([
  ['da', 'Noget gik galt', 'Denne del af siden kunne ikke vises.', 'Prøv igen'],
  [
    'de',
    'Etwas ist schiefgelaufen',
    'Dieser Teil der Seite konnte nicht angezeigt werden.',
    'Erneut versuchen',
  ],
  ['es', 'Algo ha salido mal', 'No se ha podido mostrar esta parte de la página.', 'Reintentar'],
  ['fr', 'Une erreur s’est produite', "Cette partie de la page n'a pas pu s'afficher.", 'Réessayer'],
])('given the %s locale', (locale, title, context, retry) => {
  it('says so in that language', async () => {
    renderInHostPage(<PlanCard plan={planWithoutLimits} />, { locale, translations: shippedTranslations });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(context);
    expect(within(alert).getByRole('button', { name: retry })).toBeInTheDocument();
  });
});

describe('given focus on the host page, outside the component that fails', () => {
  it('leaves focus where it is', async () => {
    const { onEvent, rerender } = renderInHostPage(<PlanCard plan={plan} />);
    const hostButton = document.createElement('button');
    document.body.append(hostButton);
    hostButton.focus();
    rerender(<PlanCard plan={planWithoutLimits} />);
    await expectFallback(onEvent, 'PlanCard');
    expect(document.activeElement).toBe(hostButton);
    hostButton.remove();
  });
});

describe('given a host onEvent that throws', () => {
  it('still keeps the failure inside the component', async () => {
    const onEvent = () => {
      throw new Error('analytics is down');
    };
    renderInHostPage(<PlanCard plan={planWithoutLimits} />, { onEvent });
    expect(await screen.findByRole('alert')).toHaveTextContent(FALLBACK_CONTEXT);
    expect(screen.getByText('Host footer')).toBeInTheDocument();
  });
});

/* -------------------------------------------------------------------------------------------------
 * The host's own i18next
 * -----------------------------------------------------------------------------------------------*/

/**
 * A host's i18next whose message formatter (say, ICU) throws on a malformed string, here the one
 * of `key`; `fix()` stands for the host correcting it.
 */
async function hostI18nFailingOn(key: string): Promise<{ i18n: I18nInstance; fix: () => void }> {
  let malformed: string | null = key;
  const i18n = createInstance();
  i18n.use({
    type: 'postProcessor',
    name: 'strict-messages',
    process(value: string, keys: string | string[]) {
      if ([keys].flat().includes(malformed ?? '')) throw new SyntaxError(`Malformed message: ${value}`);
      return value;
    },
  });
  await i18n.init({ lng: 'en', postProcess: ['strict-messages'] });
  return { i18n, fix: () => (malformed = null) };
}

type TranslationCase = [
  component: string,
  key: string,
  ui: ReactElement,
  recovered: () => Promise<HTMLElement>,
];

const translationCases: TranslationCase[] = [
  [
    'BillingErrorMessage',
    'errors.card_expired.title',
    <BillingErrorMessage key="message" code="card_expired" />,
    () => screen.findByText('Your card has expired'),
  ],
  [
    'BillingIntervalSwitch',
    'interval.year',
    <BillingIntervalSwitch key="switch" value="month" onValueChange={() => undefined} />,
    () => screen.findByRole('radio', { name: 'Annual' }),
  ],
  [
    'InvoiceStatusBadge',
    'invoices.status.paid',
    <InvoiceStatusBadge key="badge" status="paid" />,
    () => screen.findByText('Paid'),
  ],
  [
    'EnterpriseContact',
    'enterprise.title',
    <EnterpriseContact key="contact" contactUrl="https://example.com/sales" />,
    () => screen.findByRole('link', { name: 'Contact sales' }),
  ],
  [
    'PlanModalTrigger',
    'planModal.trigger',
    <PlanModal key="modal">
      <PlanModalTrigger />
    </PlanModal>,
    () => screen.findByRole('button', { name: 'Change plan' }),
  ],
];

describe.each(translationCases)(
  'given %s and a host formatter that fails on %s',
  (component, key, ui, recovered) => {
    it('shows the fallback in its place, keeps the page, reports it, and recovers on Try again', async () => {
      const { i18n, fix } = await hostI18nFailingOn(key);
      const { onEvent } = renderInHostPage(ui, { i18n });
      const retry = await expectFallback(onEvent, component);
      expect(onEvent).toHaveBeenCalledWith(
        expect.objectContaining({ message: expect.stringMatching(/^Malformed/) }),
      );

      fix();
      await userEvent.click(retry);
      expect(await recovered()).toBeInTheDocument();
      expect(screen.queryByText(FALLBACK_CONTEXT)).toBeNull();
    });
  },
);

describe('given a host formatter that fails on the fallback too', () => {
  it('leaves the component out and the rest of the page in place', async () => {
    const { i18n } = await hostI18nFailingOn('common.renderFailed');
    const { onEvent } = renderInHostPage(<RecommendationBanner recommendation={undefined as never} />, {
      i18n,
    });
    await waitFor(() =>
      expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'render_failed' })),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Host dashboard' })).toBeInTheDocument();
    expect(screen.getByText('Host footer')).toBeInTheDocument();
  });
});

/* -------------------------------------------------------------------------------------------------
 * A cache the host filled (e.g. persisted by an older release): Try again reads the provider afresh
 * -----------------------------------------------------------------------------------------------*/

type CacheCase = [
  component: string,
  cause: string,
  ui: ReactElement,
  seed: (queryClient: QueryClient, provider: BillingDataProvider) => void,
  recovered: () => Promise<HTMLElement>,
];

const cacheCases: CacheCase[] = [
  [
    'InvoiceList',
    'an invoice issued "last Tuesday"',
    <InvoiceList key="invoices" />,
    (queryClient, provider) =>
      queryClient.setQueryData(subscriptionKitKeys.invoiceList(provider, 20), {
        pages: [{ data: [{ ...invoice, issuedAt: 'last Tuesday' }], nextCursor: null }],
        pageParams: [null],
      }),
    () => screen.findByRole('table', { name: 'Recent invoices' }),
  ],
  [
    'PaymentMethods',
    'a payment method of a type it does not know',
    <PaymentMethods key="methods" />,
    (queryClient, provider) =>
      queryClient.setQueryData(subscriptionKitKeys.paymentMethods(provider), [
        { id: 'pm_old', type: 'paypal', isDefault: true },
      ]),
    () => screen.findByRole('list', { name: 'Payment methods' }),
  ],
  [
    'BillingSummary',
    'a subscription without its current period',
    <BillingSummary key="summary" />,
    (queryClient, provider) =>
      queryClient.setQueryData(subscriptionKitKeys.subscription(provider), {
        ...scheduled,
        currentPeriod: undefined,
      }),
    () => screen.findByText('Next billing date'),
  ],
  [
    'PlanModalContent',
    'a plan without prices',
    <PlanModal key="modal" defaultOpen>
      <PlanModalContent />
    </PlanModal>,
    (queryClient, provider) =>
      queryClient.setQueryData(subscriptionKitKeys.catalog(provider), [{ ...plan, prices: undefined }]),
    async () => {
      // The dialog stayed open around the fallback, title and Close included.
      const dialog = screen.getByRole('dialog', { name: 'Choose your plan' });
      expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
      return (await within(dialog).findAllByRole('article'))[0] as HTMLElement;
    },
  ],
];

/** A host's client that keeps what it holds: without a fresh read, the same data would fail again. */
function keepingQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
  });
}

describe.each(cacheCases)(
  'given %s and a cached answer with %s',
  (component, _cause, ui, seed, recovered) => {
    it('shows the fallback in its place, keeps the page, reports it, and reads afresh on Try again', async () => {
      const provider = demoProvider(invoiceAndMethodsData());
      const queryClient = keepingQueryClient();
      seed(queryClient, provider);
      const { onEvent } = renderInHostPage(ui, { dataProvider: provider, queryClient });
      const retry = await expectFallback(onEvent, component);

      await userEvent.click(retry);
      expect(await recovered()).toBeInTheDocument();
      expect(screen.queryByText(FALLBACK_CONTEXT)).toBeNull();
    });
  },
);

function invoiceAndMethodsData() {
  return { ...supportScaleData(), invoices: structuredClone(demoInvoices) };
}
