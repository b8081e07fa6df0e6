import * as Dialog from '@radix-ui/react-dialog';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  type Plan,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  SubscriptionKitProvider,
  subscriptionKitKeys,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import { createMemoryDataProvider } from 'subscription-kit/testing';
import { basicSubscriberData, catalogOfSize, demoClock } from '../../stories/scenarios';

/*
 * In-page measurements, driven by scripts/bench-browser.mjs. Each returns raw samples in
 * milliseconds; the script takes medians. "Open" is click on the trigger → the dialog's plan cards
 * are in the DOM, styled and laid out (paint itself waits for the next frame and is left out: it is
 * quantised to the display's frame rate and would hide every difference).
 */

const container = document.getElementById('root') as HTMLElement;
const root = createRoot(container);

function catalogOf(size: number): Plan[] {
  const base = basicSubscriberData().plans;
  return Array.from({ length: size }, (_, index) => {
    const plan = base[index % base.length] as Plan;
    return index < base.length ? plan : { ...plan, id: `${plan.id}-${index}`, name: `${plan.name} ${index}` };
  });
}

function nextPaint() {
  return new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function mount(ui: ReactNode) {
  root.render(ui);
  await until(() => document.querySelector('[aria-haspopup="dialog"]') !== null);
}

async function measureOpen(ui: ReactNode, iterations: number, expectedCards: number): Promise<number[]> {
  await mount(ui);
  const samples: number[] = [];
  for (let run = 0; run < iterations; run += 1) {
    const trigger = document.querySelector<HTMLElement>('[aria-haspopup="dialog"]') as HTMLElement;
    const started = performance.now();
    trigger.click();
    await until(() => document.querySelectorAll('[role="dialog"] article').length >= expectedCards);
    // Style and layout of what was rendered count too: force them before reading the clock.
    document.body.getBoundingClientRect();
    samples.push(performance.now() - started);
    await nextPaint();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    (document.activeElement as HTMLElement | null)?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await until(() => document.querySelector('[role="dialog"]') === null);
  }
  root.render(null);
  return samples;
}

/** The library's modal with catalog, account and subscription already cached. */
function planModal(planCount: number, catalog = catalogOf) {
  const data = { ...basicSubscriberData(), plans: catalog(planCount) };
  const provider = createMemoryDataProvider({ data, now: demoClock });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
  queryClient.setQueryData(subscriptionKitKeys.catalog(provider), data.plans);
  queryClient.setQueryData(subscriptionKitKeys.account(provider), data.account);
  queryClient.setQueryData(subscriptionKitKeys.subscription(provider), data.subscription);
  return (
    <SubscriptionKitProvider dataProvider={provider} queryClient={queryClient} now={demoClock}>
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </SubscriptionKitProvider>
  );
}

/**
 * "See all plans" in an open modal: click → the catalog's cards and comparison table are in the DOM,
 * styled and laid out. The modal opens once, untimed; each run hides the catalog again.
 */
async function measureSeeAll(planCount: number, iterations: number): Promise<number[]> {
  await mount(planModal(planCount, catalogOfSize));
  (document.querySelector('[aria-haspopup="dialog"]') as HTMLElement).click();
  const toggle = () => document.querySelector<HTMLElement>('[role="dialog"] [aria-expanded]');
  await until(() => toggle() !== null);
  const catalog = () => document.querySelector('[role="dialog"] [data-slot="plan-catalog"]');
  const samples: number[] = [];
  for (let run = 0; run < iterations; run += 1) {
    const started = performance.now();
    toggle()?.click();
    await until(() => catalog()?.querySelector('[data-slot="comparison"] td') != null);
    document.body.getBoundingClientRect();
    samples.push(performance.now() - started);
    await nextPaint();
    toggle()?.click();
    await until(() => catalog() === null);
  }
  root.render(null);
  await nextPaint();
  return samples;
}

/** The floor: a bare Radix dialog holding static cards of the same shape, no data, no strings. */
function bareDialog(planCount: number) {
  const plans = catalogOf(planCount).slice(0, 3);
  return (
    <Dialog.Root>
      <Dialog.Trigger>Change plan</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="sk-Overlay" />
        <Dialog.Content className="sk-Root sk-PlanModal" aria-describedby={undefined}>
          <Dialog.Title>Choose your plan</Dialog.Title>
          <div className="sk-PlanGrid">
            {plans.map((plan) => (
              <article key={plan.id} className="sk-PlanCard">
                <h3>{plan.name}</h3>
                <p>€{plan.prices.month.amount / 100}/month excl. tax</p>
                <dl>
                  <dt>conversations/month</dt>
                  <dd>~{plan.limits.conversations}</dd>
                </dl>
                <ul>
                  <li>{plan.limits.documents} documents</li>
                </ul>
                <button type="button">Select</button>
              </article>
            ))}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The provider calls an uncached opening makes, in order, and whether they overlap. */
async function providerCalls() {
  const events: { method: string; at: number; kind: 'start' | 'end' }[] = [];
  const data = basicSubscriberData();
  const provider = createMemoryDataProvider({
    data,
    now: demoClock,
    delay: 40,
    onCall: ({ method }) => events.push({ method, at: performance.now(), kind: 'start' }),
  });
  const wrapped = Object.fromEntries(
    Object.entries(provider).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            const result = await value(...args);
            events.push({ method: name, at: performance.now(), kind: 'end' });
            return result;
          }
        : value,
    ]),
  ) as typeof provider;
  await mount(
    <SubscriptionKitProvider dataProvider={wrapped} now={demoClock}>
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </SubscriptionKitProvider>,
  );
  (document.querySelector('[aria-haspopup="dialog"]') as HTMLElement).click();
  await until(() => document.querySelectorAll('[role="dialog"] article').length > 0);
  root.render(null);
  const starts = events.filter((event) => event.kind === 'start');
  const firstEnd = Math.min(...events.filter((event) => event.kind === 'end').map((event) => event.at));
  return {
    order: starts.map((event) => event.method),
    parallel: starts.every((event) => event.at < firstEnd),
  };
}

Object.assign(window, {
  bench: {
    planModal: (planCount: number, iterations: number) => measureOpen(planModal(planCount), iterations, 1),
    bareDialog: (planCount: number, iterations: number) => measureOpen(bareDialog(planCount), iterations, 1),
    seeAllPlans: measureSeeAll,
    providerCalls,
    /** `production` when React and every dependency run their production builds. */
    mode: process.env.NODE_ENV,
  },
});
document.body.dataset.ready = 'true';
