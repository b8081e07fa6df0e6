export { PlanModal, type PlanModalProps, PlanModalTrigger, type PlanModalTriggerProps } from './plan-modal';
export { PlanModalContent, type PlanModalContentProps } from './plan-modal-content';
