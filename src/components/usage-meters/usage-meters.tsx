import { type ComponentPropsWithoutRef, type ReactNode, type RefObject, useRef, useState } from 'react';
import type { Plan, PlanChangeIntent, Subscription } from '../../core';
import { useBillingData } from '../../query';
import { PlanModal, PlanModalContent, type PlanModalContentProps } from '../plan-modal';
import { formatDateRange, formatNumber } from '../shared/format';
import { Panel, panelStatus } from '../shared/panel';
import { publicPart } from '../shared/render-boundary';
import { useKit, useTranslate } from '../shared/translate';
import { UsageMeter, UsageNudge } from './usage-meter';
import { type Usage, useUsage } from './use-usage';

/* -------------------------------------------------------------------------------------------------
 * UsageMeters
 * -----------------------------------------------------------------------------------------------*/

const USAGE_METERS_NAME = 'UsageMeters';

interface UsageMetersProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * The share of a limit from which a meter warns (`data-state="warning"`), as a fraction.
   * @default 0.8
   */
  warningAt?: number | undefined;
  /**
   * Say when usage is heading past a limit, with the engine's plan for it.
   * @default true
   */
  nudge?: boolean | undefined;
  /** Passed to the change-plan dialog the nudge opens (checkout, payment method, contact sales). */
  planModal?: Omit<PlanModalContentProps, 'initialPlan' | 'onCloseAutoFocus' | 'className'> | undefined;
  /** Placed in the header, e.g. a link to a usage report. */
  actions?: ReactNode | undefined;
  /** Classes added after the part's own `sk-UsageMeters`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * Usage this period against the plan's limits: one meter per metric (unlimited ones say so), the
 * projection to the end of the period, and, when a limit will be passed, a nudge with the plan the
 * recommendation engine picks for the projected usage (or the overage it will cost).
 *
 * @selector [data-slot="usage-meters"] - the root
 * @selector [data-status="loading|error|empty|ready"] - the state of the data
 * @selector [data-slot="period"] - the period and the day it is on
 * @selector .sk-Meter[data-metric] - a meter, by its metric (`conversations`, `aiTokens` …)
 * @selector .sk-Meter[data-state="ok|warning|over|unlimited"] - a meter's level now
 * @selector .sk-Meter[data-projected-state="ok|warning|over"] - its level by the end of the period
 * @selector .sk-Tag[data-variant="warning|over|unlimited"] - the level in words
 * @selector [data-slot="usage-nudge"][data-variant="overage|limit"] - the nudge: overage is billed, or not
 * @selector [data-slot="nudge-overage|nudge-offer"] - the overage it will cost; the plan it offers
 */
const UsageMeters = /* @__PURE__ */ publicPart<HTMLElement, UsageMetersProps>(function UsageMeters(
  { warningAt, nudge = true, planModal, actions, ...props },
  ref,
) {
  if (warningAt !== undefined && !(warningAt > 0 && warningAt <= 1)) {
    throw new RangeError(`UsageMeters: warningAt is a fraction of the limit, e.g. 0.8; got ${warningAt}`);
  }
  const { locale, t } = useKit(USAGE_METERS_NAME);
  const billing = useBillingData();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { catalog, account } = billing.data ?? {};
  const current = billing.data?.subscription ?? null;
  const plan = current ? catalog?.find((candidate) => candidate.id === current.planId) : undefined;
  const usage = useUsage({ catalog, account, current, plan, warningAt, nudge });

  return (
    <Panel
      name="sk-UsageMeters"
      slot="usage-meters"
      strings="usageMeters"
      status={panelStatus(billing.error, billing.data === null, current === null || plan === undefined)}
      subtitle={
        usage && (
          <p className="sk-UsageMeters-period" data-slot="period">
            {t('usageMeters.period', {
              range: formatDateRange(usage.period.start, usage.period.end, locale),
              day: formatNumber(usage.position.day, locale),
              days: formatNumber(usage.position.days, locale),
            })}
          </p>
        )
      }
      actions={actions}
      headingRef={headingRef}
      skeleton={{ className: 'sk-UsageMeters-list', kind: 'meter', count: 3 }}
      read={billing}
      rootRef={ref}
      rootAttributes={props}
    >
      {!billing.error && usage && plan && current && (
        <UsageMetersContent
          usage={usage}
          plan={plan}
          subscription={current}
          catalog={catalog ?? []}
          planModal={planModal}
          headingRef={headingRef}
        />
      )}
    </Panel>
  );
}, USAGE_METERS_NAME);

/* -----------------------------------------------------------------------------------------------*/

interface UsageMetersContentProps extends Pick<UsageMetersProps, 'planModal'> {
  usage: Usage;
  plan: Plan;
  subscription: Subscription;
  catalog: Plan[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function UsageMetersContent({
  usage,
  plan,
  subscription: current,
  catalog,
  planModal,
  headingRef,
}: UsageMetersContentProps) {
  const t = useTranslate(USAGE_METERS_NAME);
  // The change-plan dialog the nudge opens lives above the nudge, so that it stays open (and shows
  // the outcome) when a successful change makes the nudge go away.
  const [dialogOpen, setDialogOpen] = useState(false);
  const [initialPlan, setInitialPlan] = useState<PlanChangeIntent | null>(null);
  const nudgeButtonRef = useRef<HTMLButtonElement>(null);
  const toPaymentMethods = useRef(false);
  const noUsage = usage.measures.every((measure) => measure.used === 0);
  const updatePaymentMethod = planModal?.onUpdatePaymentMethod;
  return (
    <PlanModal open={dialogOpen} onOpenChange={setDialogOpen}>
      {usage.recommendation && (
        <UsageNudge
          plan={plan}
          interval={current?.interval ?? 'month'}
          usage={usage}
          recommendation={usage.recommendation}
          catalog={catalog}
          buttonRef={nudgeButtonRef}
          onReview={setInitialPlan}
        />
      )}
      {noUsage && <p className="sk-UsageMeters-note">{t('usageMeters.noUsage')}</p>}
      <ul className="sk-UsageMeters-list">
        {usage.measures.map((measure) => (
          <UsageMeter key={measure.metric} measure={measure} periodEnd={usage.period.end} />
        ))}
      </ul>
      <PlanModalContent
        {...planModal}
        {...(initialPlan && { initialPlan })}
        {...(updatePaymentMethod && {
          // Out of the dialog first; the host is called once it has closed, to take the customer
          // (and focus) to their payment methods.
          onUpdatePaymentMethod: () => {
            toPaymentMethods.current = true;
            setDialogOpen(false);
          },
        })}
        onCloseAutoFocus={(event) => {
          if (toPaymentMethods.current && updatePaymentMethod) {
            toPaymentMethods.current = false;
            event.preventDefault();
            updatePaymentMethod();
            return;
          }
          // After a change the nudge (and its button) may be gone: land on the panel's heading.
          if (nudgeButtonRef.current?.isConnected) return;
          event.preventDefault();
          headingRef.current?.focus();
        }}
      />
    </PlanModal>
  );
}

export type { UsageMetersProps };
export { UsageMeters };
