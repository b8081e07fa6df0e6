import { render, screen } from '@testing-library/react';
import {
  type BillingDataProvider,
  PlanModal,
  PlanModalContent,
  type PlanModalContentProps,
  PlanModalTrigger,
  SubscriptionKitProvider,
  type SubscriptionKitProviderProps,
} from 'subscription-kit';
import { shippedTranslations } from '../../stories/locales';
import { demoClock } from '../../stories/scenarios';

/** The plan modal with its trigger, closed, in a provider on `dataProvider` at the demo clock. */
export function renderPlanModal(
  dataProvider: BillingDataProvider,
  props: Omit<SubscriptionKitProviderProps, 'dataProvider' | 'children'> = {},
) {
  return render(
    <SubscriptionKitProvider dataProvider={dataProvider} now={demoClock} {...props}>
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </SubscriptionKitProvider>,
  );
}

/**
 * The plan modal open from the start, in `locale` with every shipped translation, on `dataProvider`
 * at the demo clock; resolves with the dialog.
 */
export function renderOpenPlanModal(
  dataProvider: BillingDataProvider,
  locale: string,
  content: PlanModalContentProps = {},
) {
  render(
    <SubscriptionKitProvider
      dataProvider={dataProvider}
      now={demoClock}
      locale={locale}
      translations={shippedTranslations}
    >
      <PlanModal defaultOpen>
        <PlanModalContent {...content} />
      </PlanModal>
    </SubscriptionKitProvider>,
  );
  return screen.findByRole('dialog');
}
