import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import * as kit from 'subscription-kit';
import {
  BillingError,
  BillingErrorMessage,
  BillingIntervalSwitch,
  BillingSummary,
  EnterpriseContact,
  InvoiceList,
  InvoiceStatusBadge,
  InvoiceView,
  PaymentMethods,
  PlanCard,
  PlanCatalog,
  PlanChangeReview,
  PlanModal,
  PlanModalCatalog,
  PlanModalContent,
  PlanModalEnterpriseContact,
  PlanModalIntervalSwitch,
  PlanModalRecommendationBanner,
  PlanModalRecommendedPlans,
  PlanModalReview,
  PlanModalScheduledChange,
  PlanModalToolbar,
  PlanModalTrigger,
  RecommendationBanner,
  ScheduledChangeNotice,
  SubscriptionKitProvider,
  type Theme,
  UsageMeters,
  usePlanChange,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import { recommendPlans } from 'subscription-kit/core';
import {
  demoAccounts,
  demoInvoices,
  demoNow,
  demoPlans,
  demoSubscriptions,
  type MemoryBillingData,
} from 'subscription-kit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accountData, basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';

/*
 * A host may place any exported component on its own page, with nothing of ours around it: it must
 * still look like the kit (the kit's font and colours, in the provider's theme), not like bare HTML.
 */

const TEST_ID = 'standalone';

/** How to render one exported component alone: the data its provider needs and the element. */
interface Standalone {
  data?: MemoryBillingData;
  element: () => ReactElement;
  /** A button to press first, when the component shows only after it. */
  reveal?: string;
}

const supportTemplate = demoSubscriptions.supportTemplate ?? null;
const [firstPlan] = demoPlans;
const [firstInvoice] = demoInvoices;
if (firstPlan === undefined || firstInvoice === undefined || supportTemplate === null) {
  throw new Error('The demo data is empty.');
}
const recommendation = recommendPlans({
  catalog: demoPlans,
  account: demoAccounts.ecommerceTrial,
  now: demoNow,
});

/** The review of an upgrade, with the flow a host gets from `usePlanChange`. */
function UpgradeReview() {
  const flow = usePlanChange({ initialIntent: { planId: 'ecommerce-scale', interval: 'month' } });
  return (
    <PlanChangeReview
      data-testid={TEST_ID}
      flow={flow}
      catalog={demoPlans}
      subscription={supportTemplate}
      onFinish={() => undefined}
    />
  );
}

/** A part of the plan modal, in the open modal: that is where it goes, and the modal is its root. */
function inOpenModal(part: ReactElement, initialPlan?: kit.PlanChangeIntent): () => ReactElement {
  return () => (
    <PlanModal defaultOpen>
      <PlanModalContent initialPlan={initialPlan}>{part}</PlanModalContent>
    </PlanModal>
  );
}

/** Every component of the main entry, by its export name. A new export without an entry fails. */
const STANDALONE: Record<string, Standalone | 'draws nothing'> = {
  SubscriptionKitProvider: 'draws nothing',
  BillingErrorMessage: { element: () => <BillingErrorMessage data-testid={TEST_ID} code="card_expired" /> },
  BillingIntervalSwitch: {
    element: () => (
      <BillingIntervalSwitch data-testid={TEST_ID} value="month" onValueChange={() => undefined} />
    ),
  },
  BillingSummary: { element: () => <BillingSummary data-testid={TEST_ID} /> },
  EnterpriseContact: { element: () => <EnterpriseContact data-testid={TEST_ID} /> },
  InvoiceList: { data: accountData('supportTemplate'), element: () => <InvoiceList data-testid={TEST_ID} /> },
  InvoiceStatusBadge: { element: () => <InvoiceStatusBadge data-testid={TEST_ID} status="paid" /> },
  InvoiceView: { element: () => <InvoiceView data-testid={TEST_ID} invoice={firstInvoice} /> },
  PaymentMethods: { element: () => <PaymentMethods data-testid={TEST_ID} /> },
  PlanCard: { element: () => <PlanCard data-testid={TEST_ID} plan={firstPlan} /> },
  PlanCatalog: { element: () => <PlanCatalog data-testid={TEST_ID} catalog={demoPlans} /> },
  PlanChangeReview: { element: () => <UpgradeReview /> },
  PlanModal: {
    element: () => (
      <PlanModal defaultOpen>
        <PlanModalContent data-testid={TEST_ID} />
      </PlanModal>
    ),
  },
  PlanModalTrigger: {
    element: () => (
      <PlanModal>
        <PlanModalTrigger data-testid={TEST_ID} />
      </PlanModal>
    ),
  },
  PlanModalContent: {
    element: () => (
      <PlanModal defaultOpen>
        <PlanModalContent data-testid={TEST_ID} />
      </PlanModal>
    ),
  },
  PlanModalCatalog: {
    element: inOpenModal(<PlanModalCatalog data-testid={TEST_ID} />),
    reveal: 'See all plans',
  },
  PlanModalEnterpriseContact: { element: inOpenModal(<PlanModalEnterpriseContact data-testid={TEST_ID} />) },
  PlanModalIntervalSwitch: { element: inOpenModal(<PlanModalIntervalSwitch data-testid={TEST_ID} />) },
  PlanModalRecommendationBanner: {
    element: inOpenModal(<PlanModalRecommendationBanner data-testid={TEST_ID} />),
  },
  PlanModalRecommendedPlans: { element: inOpenModal(<PlanModalRecommendedPlans data-testid={TEST_ID} />) },
  PlanModalReview: {
    element: inOpenModal(<PlanModalReview data-testid={TEST_ID} />, {
      planId: 'ecommerce-scale',
      interval: 'month',
    }),
  },
  PlanModalScheduledChange: {
    data: accountData('supportTemplate'),
    element: inOpenModal(<PlanModalScheduledChange data-testid={TEST_ID} />),
  },
  PlanModalToolbar: { element: inOpenModal(<PlanModalToolbar data-testid={TEST_ID} />) },
  RecommendationBanner: {
    element: () => <RecommendationBanner data-testid={TEST_ID} recommendation={recommendation} />,
  },
  ScheduledChangeNotice: {
    element: () => (
      <ScheduledChangeNotice data-testid={TEST_ID} subscription={supportTemplate} catalog={demoPlans} />
    ),
  },
  UsageMeters: { element: () => <UsageMeters data-testid={TEST_ID} /> },
};

/** React components among the main entry's exports: capitalised, and a function or a forwardRef. */
function exportedComponents(): string[] {
  return Object.entries(kit)
    .filter(([name, value]) => /^[A-Z][a-z]/.test(name) && isComponent(value))
    .map(([name]) => name)
    .sort();
}

function isComponent(value: unknown): boolean {
  if (typeof value === 'object' && value !== null) return '$$typeof' in value;
  // Classes (`BillingError`) are exported too; a component here is a plain function.
  return typeof value === 'function' && !Function.prototype.toString.call(value).startsWith('class');
}

/** What the shipped tokens say for the text colour, per theme. */
const FOREGROUND: Record<Theme, string> = { light: '#0f172a', dark: '#e2e8f0' };

function renderAlone({ data, element }: Standalone, theme: Theme) {
  render(
    <div>
      <SubscriptionKitProvider
        dataProvider={demoProvider(data ?? basicSubscriberData())}
        now={demoClock}
        theme={theme}
      >
        {element()}
      </SubscriptionKitProvider>
    </div>,
  );
}

afterEach(cleanup);

describe('given a host that places one exported component alone on its page', () => {
  it('has a way to render every component of the main entry alone', () => {
    expect(exportedComponents()).toEqual(Object.keys(STANDALONE).sort());
  });

  const cases = exportedComponents()
    .filter((name) => STANDALONE[name] !== 'draws nothing')
    .flatMap((name) => (['light', 'dark'] as const).map((theme) => [name, theme] as const));

  it.each(cases)('draws %s with the kit’s font and %s colours', async (name, theme) => {
    const standalone = STANDALONE[name];
    if (standalone === undefined || standalone === 'draws nothing') throw new Error(`${name} draws nothing.`);
    renderAlone(standalone, theme);
    if (standalone.reveal)
      await userEvent.click(await screen.findByRole('button', { name: standalone.reveal }));
    const root = await screen.findByTestId(TEST_ID);
    const style = getComputedStyle(root);
    expect(style.getPropertyValue('--sk-foreground').trim()).toBe(FOREGROUND[theme]);
    expect(style.getPropertyValue('--sk-font-family')).toContain('ui-sans-serif');
    expect(style.fontFamily).toContain('ui-sans-serif');
    expect(root.closest('[data-sk-theme]')?.getAttribute('data-sk-theme')).toBe(theme);
  });
});

/** The classes of the parts that scope themselves only when placed alone. */
const SELF_SCOPING = ['sk-ErrorMessage', 'sk-IntervalSwitch', 'sk-InvoiceStatus', 'sk-Review', 'sk-Notice'];

/** Every such part on the page that sits inside another root, and whether it scoped itself again. */
function nestedParts() {
  const parts = [...document.querySelectorAll<HTMLElement>(SELF_SCOPING.map((name) => `.${name}`).join(','))];
  return parts
    .filter((part) => part.parentElement?.closest('.sk-Root'))
    .map((part) => ({
      part: SELF_SCOPING.find((name) => part.classList.contains(name)),
      root: part.classList.contains('sk-Root'),
      theme: part.getAttribute('data-sk-theme'),
    }));
}

describe('given those parts inside another of the kit’s components', () => {
  it('leaves them as plain parts of the dashboard panels around them', async () => {
    render(
      <SubscriptionKitProvider
        dataProvider={demoProvider(accountData('supportTemplate'))}
        now={demoClock}
        theme="dark"
      >
        <BillingSummary />
        <InvoiceList />
      </SubscriptionKitProvider>,
    );
    await screen.findByText(/Your plan changes to Support Basic/);
    await screen.findAllByText('Paid');
    const parts = nestedParts();
    expect(new Set(parts.map(({ part }) => part))).toEqual(new Set(['sk-Notice', 'sk-InvoiceStatus']));
    expect(parts.filter(({ root, theme }) => root || theme !== null)).toEqual([]);
  });

  it('leaves them as plain parts of the plan modal', async () => {
    render(
      <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock} theme="dark">
        <PlanModal defaultOpen>
          <PlanModalContent>
            <PlanModalIntervalSwitch data-testid="switch" />
            <PlanModalCatalog />
            <PlanModalReview />
          </PlanModalContent>
        </PlanModal>
      </SubscriptionKitProvider>,
    );
    await screen.findByTestId('switch');
    const choosing = nestedParts();
    await userEvent.click(await screen.findByRole('button', { name: 'See all plans' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    await screen.findByRole('heading', { name: 'Review your upgrade' });
    const parts = [...choosing, ...nestedParts()];
    expect(new Set(parts.map(({ part }) => part))).toEqual(new Set(['sk-IntervalSwitch', 'sk-Review']));
    expect(parts.filter(({ root, theme }) => root || theme !== null)).toEqual([]);
  });

  it('scopes a standalone review once, not again for the error message inside it', async () => {
    const failingPreview = {
      ...demoProvider(),
      previewChange: async () => {
        throw new BillingError('plan_unavailable');
      },
    };
    render(
      <SubscriptionKitProvider dataProvider={failingPreview} now={demoClock}>
        <UpgradeReview />
      </SubscriptionKitProvider>,
    );
    const message = await screen.findByRole('alert');
    expect(message.classList).not.toContain('sk-Root');
    expect(screen.getByTestId(TEST_ID).classList).toContain('sk-Root');
    expect(message.parentElement?.closest('.sk-Root')).toBe(screen.getByTestId(TEST_ID));
  });
});
