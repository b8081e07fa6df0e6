import type { Instant } from './time';
import type { Plan, Usage } from './types';
import { measureUsage, type UsageMeasure } from './usage';

/** What a move to a lower plan takes away: headroom this period's pace needs, features, integrations. */
export interface DowngradeLosses {
  /** Metrics whose projected usage this period goes past the target's limit (measured against it). */
  overPace: UsageMeasure[];
  /** Feature codes of the current plan that the target does not include. */
  features: string[];
  /** Integration codes of the current plan that the target does not include. */
  integrations: string[];
}

/**
 * What the customer gives up by moving from `current` to `target`: the metrics whose pace this
 * period (`projectUsage`) would pass the target's limits, and the features and integrations of
 * the current plan the target lacks, in the current plan's order. A warning, not a blocker: the
 * change waits for the end of the period, and the pace of the next one is not known yet.
 */
export function downgradeLosses(input: {
  current: Plan;
  target: Plan;
  usage: Usage;
  period: { start: Instant; end: Instant };
  now: Instant;
}): DowngradeLosses {
  const { current, target } = input;
  const measures = measureUsage({ plan: target, usage: input.usage, period: input.period, now: input.now });
  return {
    overPace: measures.filter((measure) => measure.exceedsLimit),
    features: current.features.filter((feature) => !target.features.includes(feature)),
    integrations: current.integrations.filter((integration) => !target.integrations.includes(integration)),
  };
}
