import { useMemo } from 'react';
import {
  type AccountContext,
  estimateOverage,
  type MeasureUsageOptions,
  measureUsage,
  type Plan,
  periodPosition,
  type Subscription,
  usagePeriodAt,
} from '../../core';
import { recommendationFor } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';

interface UsageInputs {
  catalog: Plan[] | undefined;
  account: AccountContext | undefined;
  current: Subscription | null;
  plan: Plan | undefined;
  warningAt: number | undefined;
  nudge: boolean;
}

/** The meters at this moment, the overage so far, and the engine's pick when a limit will be passed. */
function useUsage({ catalog, account, current, plan, warningAt, nudge }: UsageInputs) {
  const { now } = useSubscriptionKitContext('UsageMeters');
  const usage = useMemo(() => {
    if (!catalog || !account || !current || !plan) return null;
    const at = now();
    const period = usagePeriodAt(current, at);
    const projection = {
      usage: account.usage ?? {},
      period,
      now: at,
      previousPeriod: account.previousPeriodUsage,
      trial: account.trialUsage,
    };
    const options: MeasureUsageOptions = warningAt === undefined ? {} : { warningAt };
    const measures = measureUsage({ ...projection, plan, options });
    const exceeding = measures.filter((measure) => measure.exceedsLimit);
    return {
      at,
      period,
      position: periodPosition(period, at),
      measures,
      exceeding,
      overage: estimateOverage({ ...projection, plan }),
      recommendation:
        nudge && exceeding.length > 0
          ? recommendationFor({ catalog, account, subscription: current }, at)
          : null,
    };
  }, [catalog, account, current, plan, now, warningAt, nudge]);
  return usage;
}

type Usage = NonNullable<ReturnType<typeof useUsage>>;

export type { Usage };
export { useUsage };
