import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import {
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
  SubscriptionKitProvider,
} from 'subscription-kit';
import { describe, expect, it, vi } from 'vitest';
import { basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';

function renderModal(sections?: ReactNode, data = basicSubscriberData()) {
  const provider = demoProvider(data);
  render(
    <SubscriptionKitProvider dataProvider={provider} now={demoClock}>
      <PlanModal defaultOpen>
        <PlanModalContent contactUrl="https://example.com/sales">{sections}</PlanModalContent>
      </PlanModal>
    </SubscriptionKitProvider>,
  );
  return provider;
}

/** The dialog's markup once the plans are in, with React's generated ids made alike. */
async function dialogMarkup() {
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findAllByRole('article');
  return dialog.innerHTML.replace(/_r_[0-9a-z]+_/g, 'id');
}

/** The data-slot (or, for the host's own elements, the tag) of what the body shows, in order. */
function sectionSlots(dialog: HTMLElement) {
  const body = dialog.querySelector('.sk-PlanModal-body') as HTMLElement;
  return Array.from(body.children, (child) => child.getAttribute('data-slot') ?? child.tagName.toLowerCase());
}

const everySection = (
  <>
    <PlanModalScheduledChange />
    <PlanModalToolbar>
      <PlanModalRecommendationBanner />
      <PlanModalIntervalSwitch />
    </PlanModalToolbar>
    <PlanModalRecommendedPlans />
    <PlanModalCatalog />
    <PlanModalEnterpriseContact />
    <PlanModalReview />
  </>
);

describe('given PlanModalContent without children', () => {
  it('shows the same as every section in the default order', async () => {
    renderModal();
    const byDefault = await dialogMarkup();
    cleanup();
    renderModal(everySection);
    expect(await dialogMarkup()).toBe(byDefault);
  });
});

describe('given a host that puts enterprise contact first and leaves out the banner, the switch and the catalog', () => {
  const sections = (
    <>
      <PlanModalEnterpriseContact />
      <PlanModalRecommendedPlans />
      <PlanModalReview />
    </>
  );

  it('shows only those sections, in its order', async () => {
    renderModal(sections);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findAllByRole('article');
    expect(sectionSlots(dialog)).toEqual(['enterprise-contact', 'recommended-plans']);
    expect(within(dialog).queryByText('Recommended for you')).toBeNull();
    expect(within(dialog).queryByRole('radiogroup')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'See all plans' })).toBeNull();
  });

  it('shows the review in place of the choice after Select, and Back brings the choice back', async () => {
    renderModal(sections);
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('heading', { name: 'Review your upgrade' })).toBeVisible();
    expect(sectionSlots(dialog)).toEqual(['plan-change-review']);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Back to plans' }));
    await within(dialog).findAllByRole('article');
    expect(sectionSlots(dialog)).toEqual(['enterprise-contact', 'recommended-plans']);
  });
});

describe('given sections without PlanModalReview', () => {
  it('shows the review after them, so a chosen plan can still be reviewed and confirmed', async () => {
    const provider = renderModal(
      <>
        <p>Questions? Call us.</p>
        <PlanModalRecommendedPlans />
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Confirm upgrade' }));
    expect(await within(dialog).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(sectionSlots(dialog)).toEqual(['p', 'plan-change-review']);
    expect(provider.calls.changePlan).toBe(1);
  });

  it('shows one review when PlanModalReview sits deeper than a direct child', async () => {
    renderModal(
      <>
        <PlanModalRecommendedPlans />
        <div>
          <PlanModalReview />
        </div>
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    expect(await screen.findAllByRole('heading', { name: 'Review your upgrade' })).toHaveLength(1);
  });
});

describe('given a host that adds a ref, an id and a class to a section', () => {
  it('puts them on the root of the component the section shows', async () => {
    const banner = createRef<HTMLElement>();
    const plans = createRef<HTMLDivElement>();
    renderModal(
      <>
        <PlanModalRecommendationBanner ref={banner} id="host-banner" className="host" />
        <PlanModalRecommendedPlans ref={plans} id="host-plans" />
      </>,
    );
    await screen.findAllByRole('article');
    expect(banner.current?.id).toBe('host-banner');
    expect(banner.current?.classList).toContain('sk-RecommendationBanner');
    expect(banner.current?.classList).toContain('host');
    expect(plans.current?.id).toBe('host-plans');
    expect(plans.current?.getAttribute('data-slot')).toBe('recommended-plans');
  });
});

describe('given a section outside PlanModalContent', () => {
  it('throws a message naming the section and PlanModalContent', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock}>
          <PlanModalReview />
        </SubscriptionKitProvider>,
      ),
    ).toThrow('`PlanModalReview` must be used within `PlanModalContent`.');
  });
});
