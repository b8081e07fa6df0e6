import { type Instant, toTime, windowState } from './time';
import type { AccountContext, Plan } from './types';

/** Why a plan cannot be chosen by this account now; the UI shows it on the disabled card. */
export type AvailabilityReason =
  | { code: 'assistant_config'; params: { configuration: string | null; supported: string[] } }
  | { code: 'region'; params: { country: string | null; allowed: string[] } }
  | {
      code: 'campaign_window';
      params: { state: 'not_started' | 'ended'; startsAt: string | null; endsAt: string | null };
    };

export interface AvailabilityCheck {
  available: boolean;
  reasons: AvailabilityReason[];
}

/**
 * Checks a plan's availability rules against the account and the time. An account whose country
 * or assistant configuration is unknown does not pass a rule that needs it: offering a plan the
 * backend then refuses is worse than asking the user to contact support.
 */
export function checkAvailability(
  plan: Plan,
  context: Pick<AccountContext, 'country' | 'assistantConfiguration'>,
  now: Instant,
): AvailabilityCheck {
  const reasons: AvailabilityReason[] = [];
  const rules = plan.availability;
  if (rules) {
    const configuration = context.assistantConfiguration ?? null;
    if (rules.assistantConfigurations && !rules.assistantConfigurations.includes(configuration as string)) {
      reasons.push({
        code: 'assistant_config',
        params: { configuration, supported: rules.assistantConfigurations },
      });
    }
    const country = context.country?.toUpperCase() ?? null;
    if (rules.regions && !rules.regions.some((region) => region.toUpperCase() === country)) {
      reasons.push({ code: 'region', params: { country, allowed: rules.regions } });
    }
    const salesWindow = rules.window;
    const state = salesWindow ? windowState(salesWindow, toTime(now)) : 'open';
    if (salesWindow && state !== 'open') {
      reasons.push({
        code: 'campaign_window',
        params: { state, startsAt: salesWindow.startsAt ?? null, endsAt: salesWindow.endsAt ?? null },
      });
    }
  }
  return { available: reasons.length === 0, reasons };
}
