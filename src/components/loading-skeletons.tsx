import type { ReactNode } from 'react';
import { billingErrorCodeOf } from '../core';
import type { useBillingData } from '../react/use-billing-queries';
import { useLibraryTranslation } from '../react/use-library-translation';
import { BillingErrorMessage } from './billing-error-message';

interface LoadingSkeletonsProps {
  className: string;
  kind: 'fact' | 'meter';
}

/** "Loading…" for screen readers, and three placeholders shaped like what is coming. */
export function LoadingSkeletons({ className, kind }: LoadingSkeletonsProps) {
  const { t } = useLibraryTranslation('LoadingSkeletons');
  return (
    <>
      <p className="sk-VisuallyHidden" role="status">
        {t('common.loading')}
      </p>
      <div className={className}>
        <div className={`sk-Skeleton sk-Skeleton--${kind}`} />
        <div className={`sk-Skeleton sk-Skeleton--${kind}`} />
        <div className={`sk-Skeleton sk-Skeleton--${kind}`} />
      </div>
    </>
  );
}

/**
 * What a panel fed by `useBillingData` shows before its data is in: the failure with "Try again"
 * (`loadError` says what could not be loaded), or the skeletons. `null` once the data is in.
 */
export function billingDataFallback(
  billing: ReturnType<typeof useBillingData>,
  loadError: string,
  skeletons: LoadingSkeletonsProps,
): ReactNode {
  if (billing.error) {
    return (
      <BillingErrorMessage
        code={billingErrorCodeOf(billing.error)}
        context={loadError}
        onRetry={billing.retry}
      />
    );
  }
  return billing.data ? null : <LoadingSkeletons {...skeletons} />;
}
