export { PlanChangeReview, type PlanChangeReviewProps } from './plan-change-review';
