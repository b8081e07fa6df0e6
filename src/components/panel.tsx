import { type ReactNode, type RefObject, useId } from 'react';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';

interface PanelProps {
  /** The root class, e.g. `sk-BillingSummary`; the header's and title's classes derive from it. */
  name: string;
  slot: string;
  status: 'loading' | 'error' | 'empty' | 'ready';
  title: string;
  /** Under the title, e.g. the period the panel covers. */
  subtitle?: ReactNode;
  actions?: ReactNode;
  className?: string | undefined;
  /** Makes the heading focusable from script (where focus goes when what had it is gone). */
  headingRef?: RefObject<HTMLHeadingElement | null>;
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
