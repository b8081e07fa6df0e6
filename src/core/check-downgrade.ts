import { type AccountContext, type Plan, type UsageMetric, usageMetrics } from './types';

/** Something the user must change before the downgrade can be scheduled. */
export type DowngradeBlocker =
  | { code: 'over_usage_limits'; params: { metric: UsageMetric; used: number; limit: number } }
  | { code: 'feature_in_use'; params: { feature: string; kind: 'feature' | 'integration' } };

export interface DowngradeCheck {
  allowed: boolean;
  blockers: DowngradeBlocker[];
}

/**
 * Lists what stands in the way of moving to `target`: every metric whose usage exceeds the
 * target's limit (with used and limit, so the UI can say how much to reduce), and every feature
 * or connected integration in use that the target does not include. Pass `current` so that
 * integrations no plan gates (ones the current plan does not list either) do not block.
 */
export function checkDowngrade(
  target: Plan,
  account: Pick<AccountContext, 'usage' | 'featuresInUse' | 'integrations'>,
  current?: Plan,
): DowngradeCheck {
  const blockers: DowngradeBlocker[] = [];
  for (const metric of usageMetrics) {
    const used = account.usage?.[metric] ?? 0;
    const limit = target.limits[metric];
    if (limit !== null && used > limit)
      blockers.push({ code: 'over_usage_limits', params: { metric, used, limit } });
  }
  for (const feature of account.featuresInUse ?? []) {
    if (!target.features.includes(feature)) {
      blockers.push({ code: 'feature_in_use', params: { feature, kind: 'feature' } });
    }
  }
  for (const integration of account.integrations ?? []) {
    if (
      !target.integrations.includes(integration) &&
      (!current || current.integrations.includes(integration))
    ) {
      blockers.push({ code: 'feature_in_use', params: { feature: integration, kind: 'integration' } });
    }
  }
  return { allowed: blockers.length === 0, blockers };
}
