export { UsageMeters, type UsageMetersProps } from './usage-meters';
