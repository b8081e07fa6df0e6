import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { subscriptionKitKeys } from '../query';
import { createIdempotencyKey } from './create-idempotency-key';
import { useBillingContext } from './subscription-kit-context';

/**
 * Cancels the scheduled change. `null` when the provider cannot (the action is then hidden).
 * One key per attempt until it succeeds, so a double click cancels once.
 */
export function useCancelScheduledChange() {
  const { dataProvider, queryClient, onEvent } = useBillingContext('useCancelScheduledChange');
  const [idempotencyKey, setIdempotencyKey] = useState(createIdempotencyKey);
  const cancelScheduledChange = dataProvider.cancelScheduledChange;
  const mutation = useMutation(
    {
      mutationFn: () => {
        if (!cancelScheduledChange) throw new Error('cancelScheduledChange is not available');
        return cancelScheduledChange({ idempotencyKey });
      },
      onSuccess: (subscription) => {
        queryClient.setQueryData(subscriptionKitKeys.subscription(dataProvider), subscription);
        setIdempotencyKey(createIdempotencyKey());
        onEvent({ type: 'scheduled_change_cancelled' });
      },
    },
    queryClient,
  );
  return cancelScheduledChange ? mutation : null;
}
