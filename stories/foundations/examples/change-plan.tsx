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
}
