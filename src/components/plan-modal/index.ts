export { PlanModal, type PlanModalProps, PlanModalTrigger, type PlanModalTriggerProps } from './plan-modal';
export { PlanModalContent, type PlanModalContentProps } from './plan-modal-content';
export {
  PlanModalCatalog,
  type PlanModalCatalogProps,
  PlanModalEnterpriseContact,
  type PlanModalEnterpriseContactProps,
  PlanModalIntervalSwitch,
  type PlanModalIntervalSwitchProps,
  PlanModalRecommendationBanner,
  type PlanModalRecommendationBannerProps,
  PlanModalRecommendedPlans,
  type PlanModalRecommendedPlansProps,
  PlanModalReview,
  type PlanModalReviewProps,
  PlanModalScheduledChange,
  type PlanModalScheduledChangeProps,
  PlanModalToolbar,
  type PlanModalToolbarProps,
} from './plan-modal-sections';
