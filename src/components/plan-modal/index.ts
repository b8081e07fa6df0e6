export {
  PlanModal,
  PlanModalContent,
  type PlanModalContentProps,
  type PlanModalProps,
  PlanModalTrigger,
  type PlanModalTriggerProps,
} from './plan-modal';
