import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactElement, type ReactNode, type Ref } from 'react';
import {
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
  PlanModalContent,
  PlanModalTrigger,
  RecommendationBanner,
  ScheduledChangeNotice,
  SubscriptionKitProvider,
  UsageMeters,
  usePlanChange,
} from 'subscription-kit';
import { recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoInvoices, demoNow, demoPlans, demoSubscriptions } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';

/* Every public part takes a host's ref, id, aria-*, data-* and handlers on its root element. */

const recommendation = recommendPlans({
  catalog: demoPlans,
  account: demoAccounts.ecommerceTrial,
  now: demoNow,
});
const [firstPlan] = demoPlans;
const [firstInvoice] = demoInvoices;
if (firstPlan === undefined || firstInvoice === undefined) throw new Error('The demo data is empty.');

function renderIn(ui: ReactNode) {
  return render(
    <SubscriptionKitProvider dataProvider={demoProvider(basicSubscriberData())} now={demoClock}>
      {ui}
    </SubscriptionKitProvider>,
  );
}

/** The review of an upgrade to the first plan, as the modal shows it after "Select". */
function Review({ hostRef, ...props }: { hostRef: Ref<HTMLElement> } & HostProps) {
  const flow = usePlanChange({ initialIntent: { planId: 'ecommerce-scale', interval: 'month' } });
  return (
    <PlanChangeReview
      ref={hostRef}
      flow={flow}
      catalog={demoPlans}
      subscription={demoSubscriptions.supportTemplate ?? null}
      onFinish={() => undefined}
      {...props}
    />
  );
}

interface HostProps {
  id: string;
  'aria-describedby': string;
  'data-testid': string;
  onKeyDown: () => void;
}

type Part = [
  name: string,
  className: string,
  slot: string | null,
  make: (ref: Ref<never>, host: HostProps) => ReactElement,
];

const parts: Part[] = [
  ['PlanCard', 'sk-PlanCard', 'plan-card', (ref, host) => <PlanCard ref={ref} plan={firstPlan} {...host} />],
  [
    'RecommendationBanner',
    'sk-RecommendationBanner',
    'recommendation-banner',
    (ref, host) => <RecommendationBanner ref={ref} recommendation={recommendation} {...host} />,
  ],
  [
    'PlanCatalog',
    'sk-PlanCatalog',
    'plan-catalog',
    (ref, host) => <PlanCatalog ref={ref} catalog={demoPlans} {...host} />,
  ],
  [
    'EnterpriseContact',
    'sk-EnterpriseContact',
    'enterprise-contact',
    (ref, host) => <EnterpriseContact ref={ref} {...host} />,
  ],
  ['PlanChangeReview', 'sk-Review', 'plan-change-review', (ref, host) => <Review hostRef={ref} {...host} />],
  [
    'ScheduledChangeNotice',
    'sk-Notice',
    'scheduled-change',
    (ref, host) => (
      <ScheduledChangeNotice
        ref={ref}
        subscription={demoSubscriptions.supportTemplate ?? null}
        catalog={demoPlans}
        {...host}
      />
    ),
  ],
  [
    'BillingIntervalSwitch',
    'sk-IntervalSwitch',
    'interval-switch',
    (ref, host) => (
      <BillingIntervalSwitch ref={ref} value="month" onValueChange={() => undefined} {...host} />
    ),
  ],
  [
    'BillingErrorMessage',
    'sk-ErrorMessage',
    'error',
    (ref, host) => <BillingErrorMessage ref={ref} code="card_expired" {...host} />,
  ],
  ['InvoiceList', 'sk-InvoiceList', 'invoice-list', (ref, host) => <InvoiceList ref={ref} {...host} />],
  [
    'InvoiceView',
    'sk-InvoiceView',
    'invoice-view',
    (ref, host) => <InvoiceView ref={ref} invoice={firstInvoice} {...host} />,
  ],
  [
    'InvoiceView (loading)',
    'sk-InvoiceView',
    'invoice-view',
    (ref, host) => <InvoiceView ref={ref} invoiceId={firstInvoice.id} {...host} />,
  ],
  [
    'InvoiceStatusBadge',
    'sk-InvoiceStatus',
    null,
    (ref, host) => <InvoiceStatusBadge ref={ref} status="paid" {...host} />,
  ],
  [
    'PaymentMethods',
    'sk-PaymentMethods',
    'payment-methods',
    (ref, host) => <PaymentMethods ref={ref} {...host} />,
  ],
  [
    'BillingSummary',
    'sk-BillingSummary',
    'billing-summary',
    (ref, host) => <BillingSummary ref={ref} {...host} />,
  ],
  ['UsageMeters', 'sk-UsageMeters', 'usage-meters', (ref, host) => <UsageMeters ref={ref} {...host} />],
  [
    'PlanModalTrigger',
    'sk-PlanModalTrigger',
    null,
    (ref, host) => (
      <PlanModal>
        <PlanModalTrigger ref={ref} {...host} />
      </PlanModal>
    ),
  ],
];

function hostProps(name: string): HostProps {
  return {
    id: `host-${name}`,
    'aria-describedby': 'host-help',
    'data-testid': `part-${name}`,
    onKeyDown: vi.fn(),
  };
}

function expectHostOn(
  root: HTMLElement,
  ref: { current: unknown },
  host: HostProps,
  className: string,
  slot: string | null,
) {
  expect(ref.current).toBe(root);
  expect(root.id).toBe(host.id);
  expect(root.getAttribute('aria-describedby')?.split(' ')).toContain('host-help');
  expect(root.classList).toContain(className);
  if (slot !== null) expect(root.getAttribute('data-slot')).toBe(slot);
}

describe('given a host that adds a ref, an id, aria-*, data-* and a handler to a part', () => {
  it.each(parts)('puts them on the root of %s', async (name, className, slot, make) => {
    const ref = createRef<never>();
    const host = hostProps(name.replace(/\W/g, ''));
    renderIn(make(ref, host));
    const root = await screen.findByTestId(host['data-testid']);
    expectHostOn(root, ref, host, className, slot);
    fireEvent.keyDown(root, { key: 'a' });
    expect(host.onKeyDown).toHaveBeenCalled();
  });

  it.each([
    [
      'InvoiceList',
      (ref: Ref<HTMLElement>, host: HostProps) => <InvoiceList ref={ref} className="host" {...host} />,
    ],
    [
      'BillingSummary',
      (ref: Ref<HTMLElement>, host: HostProps) => <BillingSummary ref={ref} className="host" {...host} />,
    ],
    [
      'UsageMeters',
      (ref: Ref<HTMLElement>, host: HostProps) => <UsageMeters ref={ref} className="host" {...host} />,
    ],
    [
      'PaymentMethods',
      (ref: Ref<HTMLElement>, host: HostProps) => <PaymentMethods ref={ref} className="host" {...host} />,
    ],
  ])('keeps them on the one root of %s from loading to ready', async (name, make) => {
    const ref = createRef<HTMLElement>();
    const host = hostProps(name);
    renderIn(make(ref, host));
    const loading = screen.getByTestId(host['data-testid']);
    expect(loading.getAttribute('data-status')).toBe('loading');
    await waitFor(() => expect(loading.getAttribute('data-status')).not.toBe('loading'));
    expect(screen.getByTestId(host['data-testid'])).toBe(loading);
    expect(ref.current).toBe(loading);
    expect(loading.classList).toContain('host');
  });

  it('puts them on the dialog of PlanModalContent once it opens', async () => {
    const ref = createRef<HTMLDivElement>();
    const host = hostProps('PlanModalContent');
    renderIn(
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent ref={ref} {...host} />
      </PlanModal>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Change plan' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toBe(screen.getByTestId(host['data-testid']));
    expectHostOn(dialog, ref, host, 'sk-PlanModal', 'plan-modal');
    await userEvent.keyboard('a');
    expect(host.onKeyDown).toHaveBeenCalled();
  });

  it('lets the library state attributes win over the host', () => {
    renderIn(<PlanCard plan={firstPlan} current data-current="no" data-slot="mine" data-testid="card" />);
    const card = screen.getByTestId('card');
    expect(card.getAttribute('data-slot')).toBe('plan-card');
    expect(card.hasAttribute('data-current')).toBe(true);
    expect(card.getAttribute('data-current')).not.toBe('no');
  });
});
