import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError, Subscription } from '../core';
import type { WriteParams } from '../provider';
import { cancelScheduledChangeMutationOptions } from './mutation-options';
import { useBillingContext } from './subscription-kit-data-context';
import { useIntentMutation } from './use-intent-mutation';

/**
 * Cancels the scheduled change: `mutate()`. `null` when the provider cannot (the action is then
 * hidden). One key until it succeeds, so a double click or a retry cancels once.
 */
export function useCancelScheduledChange(): UseMutationResult<Subscription, BillingError, void> | null {
  const { dataProvider, queryClient, onEvent } = useBillingContext('useCancelScheduledChange');
  const mutation = useIntentMutation<Subscription, WriteParams, void>({
    options: cancelScheduledChangeMutationOptions(dataProvider, queryClient),
    queryClient,
    intentOf,
    paramsOf: (_, idempotencyKey) => ({ idempotencyKey }),
    onSuccess: () => onEvent({ type: 'scheduled_change_cancelled' }),
  });
  return dataProvider.cancelScheduledChange ? mutation : null;
}

function intentOf() {
  return 'cancel-scheduled-change';
}
