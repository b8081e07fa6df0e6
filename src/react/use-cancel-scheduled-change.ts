export { useCancelScheduledChange } from '../query';
