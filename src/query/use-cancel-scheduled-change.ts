import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError, Subscription } from '../core';
import type { WriteParams } from '../provider';
import { cancelScheduledChangeMutationOptions } from './mutation-options';
import { useSubscriptionKitData } from './subscription-kit-data-context';
import { useCapabilityWrite } from './use-intent-mutation';

/**
 * Cancels the scheduled change: `mutate()`. `null` when the provider cannot (the action is then
 * hidden). One key until it succeeds, so a double click or a retry cancels once.
 */
export function useCancelScheduledChange(): UseMutationResult<Subscription, BillingError, void> | null {
  const { onEvent } = useSubscriptionKitData('useCancelScheduledChange');
  return useCapabilityWrite<Subscription, WriteParams, void>(
    'useCancelScheduledChange',
    'cancelScheduledChange',
    cancelScheduledChangeMutationOptions,
    intentOf,
    (_, idempotencyKey) => ({ idempotencyKey }),
    () => onEvent({ type: 'scheduled_change_cancelled' }),
  );
}

function intentOf() {
  return 'cancel-scheduled-change';
}
