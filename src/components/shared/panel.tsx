import type { ComponentPropsWithoutRef, ReactNode, Ref, RefObject } from 'react';
import { useId } from 'react';
import { billingErrorCodeOf } from '../../core';
import { BillingErrorMessage } from '../billing-error-message';
import { rootProps } from './part-props';
import { InsideRoot } from './root-scope';
import { useKit, useTranslate } from './translate';

/* -------------------------------------------------------------------------------------------------
 * Panel: the dashboard card every data component is drawn in, with its four states.
 * -----------------------------------------------------------------------------------------------*/

type PanelStatus = 'loading' | 'error' | 'empty' | 'ready';

/** The one order of precedence: a failure first, then "not loaded yet", then "nothing to show". */
function panelStatus(error: unknown, pending: boolean, empty: boolean): PanelStatus {
  if (error) return 'error';
  if (pending) return 'loading';
  return empty ? 'empty' : 'ready';
}

interface SkeletonsProps {
  /** The class of the container the content will have, so the placeholders take its shape. */
  className: string;
  kind: 'fact' | 'meter' | 'row';
  count: number;
}

interface PanelProps {
  /** The root class, e.g. `sk-BillingSummary`; the header's and title's classes derive from it. */
  name: string;
  slot: string;
  status: PanelStatus;
  /**
   * The section of the strings the panel says itself: its `title`, `loadError` (what could not be
   * loaded, before the error's resolution) and `empty` (what the empty state says).
   */
  strings: 'billingSummary' | 'usageMeters' | 'invoices' | 'paymentMethods';
  /** Under the title, e.g. the period the panel covers. */
  subtitle?: ReactNode | undefined;
  actions?: ReactNode | undefined;
  /** Makes the heading focusable from script (where focus goes when what had it is gone). */
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  /** Shown above the state, whatever it is: guidance that holds while the data loads. */
  notice?: ReactNode | undefined;
  /** Placeholders shown while loading. */
  skeleton: SkeletonsProps;
  /**
   * The read behind the panel: its `error`, shown in the error state with "Try again" (`retry`);
   * `null` while what is on screen still holds (a later page failed).
   */
  read: { error: unknown; retry: () => void };
  /** The content; rendered in every state, so stale data stays on screen beside a failure. */
  children?: ReactNode;
  /** The host's ref to the root, the same element in every state. */
  rootRef?: Ref<HTMLElement> | undefined;
  /** The host's attributes, class and handlers for the root; the panel's own state attributes win. */
  rootAttributes: ComponentPropsWithoutRef<'section'>;
}

/**
 * A dashboard card titled by its heading, with its state on `data-status`, busy while loading, and
 * the loading, error and empty states drawn the same way everywhere.
 */
function Panel({
  name,
  slot,
  status,
  strings,
  subtitle,
  actions,
  headingRef,
  notice,
  skeleton,
  read: { error, retry },
  children,
  rootRef,
  rootAttributes,
}: PanelProps) {
  const { theme, t } = useKit(name);
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      {...rootProps(name, slot, theme, rootAttributes, rootRef)}
      data-status={status}
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
            {t(`${strings}.title`)}
          </h2>
          {subtitle}
        </div>
        {actions && <div className="sk-Actions">{actions}</div>}
      </header>
      <InsideRoot>
        {notice}
        {status === 'loading' && <Skeletons {...skeleton} />}
        {status === 'error' && error ? (
          <BillingErrorMessage
            code={billingErrorCodeOf(error)}
            context={t(`${strings}.loadError`)}
            onRetry={retry}
          />
        ) : null}
        {status === 'empty' && <p className="sk-Empty">{t(`${strings}.empty`)}</p>}
        {children}
      </InsideRoot>
    </section>
  );
}

/** "Loading…" for screen readers, and placeholders shaped like what is coming. */
function Skeletons({ className, kind, count }: SkeletonsProps) {
  const t = useTranslate('Skeletons');
  return (
    <div className={className}>
      <p className="sk-VisuallyHidden" role="status">
        {t('common.loading')}
      </p>
      {Array.from({ length: count }, (_, index) => `${kind}-${index}`).map((key) => (
        <div key={key} className={`sk-Skeleton sk-Skeleton--${kind}`} />
      ))}
    </div>
  );
}

export type { PanelStatus };
export { Panel, panelStatus };
