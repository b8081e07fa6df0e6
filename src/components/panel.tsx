import { type ReactNode, type RefObject, useId } from 'react';
import { billingErrorCodeOf } from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import type { useBillingData } from '../react/use-billing-queries';
import { useLibraryTranslation } from '../react/use-library-translation';
import { BillingErrorMessage } from './billing-error-message';

interface PanelProps {
  /** The root class, e.g. `sk-BillingSummary`; the header's and title's classes derive from it. */
  name: string;
  slot: string;
  status: 'loading' | 'error' | 'empty' | 'ready';
  title: string;
  /** Under the title, e.g. the period the panel covers. */
  subtitle?: ReactNode | undefined;
  actions?: ReactNode | undefined;
  className?: string | undefined;
  /** Makes the heading focusable from script (where focus goes when what had it is gone). */
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  children: ReactNode;
}

/** A dashboard card titled by its heading, with its state on `data-status` and busy while loading. */
export function Panel({
  name,
  slot,
  status,
  title,
  subtitle,
  actions,
  className,
  headingRef,
  children,
}: PanelProps) {
  const { theme } = useSubscriptionKitContext(name);
  const headingId = useId();
  return (
    <section
      className={['sk-Root', name, className].filter(Boolean).join(' ')}
      data-slot={slot}
      data-sk-theme={theme}
      data-status={status}
      aria-labelledby={headingId}
      aria-busy={status === 'loading' || undefined}
    >
      <header className={`sk-Panel-header ${name}-header`}>
        <div className="sk-Panel-heading">
          <h2
            className={`sk-SectionHeading ${name}-title`}
            id={headingId}
            ref={headingRef}
            tabIndex={headingRef ? -1 : undefined}
          >
            {title}
          </h2>
          {subtitle}
        </div>
        {actions && <div className="sk-Actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

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
