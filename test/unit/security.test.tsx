import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  InvoiceView,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  SubscriptionKitProvider,
} from 'subscription-kit';
import { demoInvoices, type MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';

/*
 * Text from a provider is data, never markup: names and features carrying HTML or script payloads
 * render as inert text, and URLs from a provider are followed only when they pass the allow-list.
 */

function renderOpenModal(provider: MemoryDataProvider) {
  render(
    <SubscriptionKitProvider dataProvider={provider} now={demoClock}>
      <PlanModal defaultOpen>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </SubscriptionKitProvider>,
  );
}

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('given plan names and features carrying HTML and script payloads', () => {
  it('renders them as text, creating no element and running no script', async () => {
    const data = basicSubscriberData();
    const plans = data.plans.map((plan) => ({
      ...plan,
      name: `${plan.name} ${PAYLOAD}`,
      features: [...plan.features, PAYLOAD],
    }));
    renderOpenModal(demoProvider({ ...data, plans }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findAllByRole('article');
    await userEvent.click(within(dialog).getByRole('button', { name: 'See all plans' }));
    expect(within(dialog).getAllByText(/<img src=x onerror=/).length).toBeGreaterThan(3);
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('given invoice lines, seller and customer carrying HTML and script payloads', () => {
  it('renders them as text in the web view', () => {
    const [invoice] = demoInvoices;
    if (invoice === undefined) throw new Error('No demo invoice');
    const hostile = {
      ...invoice,
      lines: invoice.lines.map((line) => ({ ...line, description: `${line.description} ${PAYLOAD}` })),
      seller: { ...invoice.seller, name: `Seller ${PAYLOAD}` },
      customer: { ...invoice.customer, addressLines: [PAYLOAD] },
    };
    render(
      <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock}>
        <InvoiceView invoice={hostile} />
      </SubscriptionKitProvider>,
    );
    expect(screen.getAllByText(/<img src=x onerror=/).length).toBeGreaterThanOrEqual(
      invoice.lines.length + 2,
    );
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('given a payment step whose URL is not https', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://evil.example/pay'])(
    'refuses %s at the boundary and offers no link to it',
    async (actionUrl) => {
      const provider = demoProvider(basicSubscriberData(), { faults: { changePlan: 'requires_action' } });
      const changePlan = provider.changePlan;
      provider.changePlan = async (params) => ({ ...(await changePlan(params)), actionUrl }) as never;
      renderOpenModal(provider);
      await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Confirm upgrade' }));
      expect(await screen.findByText('The billing service sent something unexpected')).toBeInTheDocument();
      expect(screen.getByText(/We couldn't confirm whether your plan changed/)).toBeInTheDocument();
      expect(screen.queryByRole('link')).toBeNull();
    },
  );

  it('links to an https payment page', async () => {
    const provider = demoProvider(basicSubscriberData(), { faults: { changePlan: 'requires_action' } });
    renderOpenModal(provider);
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm upgrade' }));
    const link = await screen.findByRole('link', { name: 'Continue to payment' });
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
  });
});
