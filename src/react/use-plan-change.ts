export { isOutcomeUncertain, type UsePlanChangeOptions, usePlanChange } from '../query';
