import { render } from '@testing-library/react';
import {
  type BillingDataProvider,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  SubscriptionKitProvider,
  type SubscriptionKitProviderProps,
} from 'subscription-kit';
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
