import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, type RefObject, useRef } from 'react';
import { billingErrorCodeOf, type PlanChangeIntent } from '../../core';
import { usePlanChange, useRecommendations } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { CloseIcon } from '../shared/icons';
import { DialogContent } from '../shared/parts';
import { RenderBoundary } from '../shared/render-boundary';
import { useTranslate } from '../shared/translate';
import { usePlanModalContext } from './plan-modal';
import {
  PlanModalCatalog,
  PlanModalEnterpriseContact,
  PlanModalIntervalSwitch,
  PlanModalRecommendationBanner,
  PlanModalRecommendedPlans,
  PlanModalReview,
  PlanModalScheduledChange,
  type PlanModalSectionOptions,
  PlanModalSections,
  PlanModalToolbar,
} from './plan-modal-sections';

/* -------------------------------------------------------------------------------------------------
 * PlanModalContent
 * -----------------------------------------------------------------------------------------------*/

const CONTENT_NAME = 'PlanModalContent';

interface PlanModalContentProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    PlanModalSectionOptions {
  /**
   * The sections, in the order to show them: `PlanModalScheduledChange`, `PlanModalToolbar`,
   * `PlanModalRecommendationBanner`, `PlanModalIntervalSwitch`, `PlanModalRecommendedPlans`,
   * `PlanModalCatalog`, `PlanModalEnterpriseContact`, `PlanModalReview`, and anything of the host's.
   * Each shows itself at its step; one left out is not shown.
   * @default every section, in that order (the banner and the switch in the toolbar)
   */
  children?: ReactNode | undefined;
  /**
   * Takes over when a payment needs the customer (3-D Secure …) with the provider's URL. Without it,
   * the review links to that URL.
   */
  onCheckout?: ((url: string) => void) | undefined;
  /**
   * Opens on the review of this change (e.g. from a usage nudge) instead of the plan choice; Back
   * leads to the choice.
   */
  initialPlan?: PlanChangeIntent | undefined;
  /**
   * Called as the dialog closes, before focus returns to its trigger; `event.preventDefault()`
   * keeps focus from moving there (e.g. when the trigger is gone) so you can place it yourself.
   */
  onCloseAutoFocus?: ((event: Event) => void) | undefined;
  /** Classes added after the part's own `sk-PlanModal` (the dialog), e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * The dialog itself: header "Choose your plan" with close, then its sections (by default the
 * recommendations, the plan cards, "See all plans" and enterprise contact; then the change flow).
 *
 * @selector [data-slot="plan-modal"] - the dialog
 * @selector [data-state="open|closed"] - the dialog's state (Radix's)
 * @selector .sk-PlanModal-body[data-status="loading|error|empty|ready"] - the state of the data
 */
const PlanModalContent = /* @__PURE__ */ forwardRef<HTMLDivElement, PlanModalContentProps>(
  function PlanModalContent(
    {
      onCheckout,
      onUpdatePaymentMethod,
      contactUrl,
      onContactSales,
      initialPlan,
      onCloseAutoFocus,
      children,
      ...props
    },
    ref,
  ) {
    const t = useTranslate(CONTENT_NAME);
    // The flow lives inside the dialog's content, so each opening starts afresh; the content reports
    // here whether a change is being applied, so that a stray click or Escape cannot close the dialog
    // before the customer sees the outcome.
    const processing = useRef(false);
    const titleRef = useRef<HTMLHeadingElement>(null);
    const keepOpenWhileProcessing = (event: Event) => {
      if (processing.current) event.preventDefault();
    };
    return (
      <DialogContent
        {...props}
        ref={ref}
        name="sk-PlanModal"
        data-slot="plan-modal"
        onInteractOutside={keepOpenWhileProcessing}
        onEscapeKeyDown={keepOpenWhileProcessing}
        onCloseAutoFocus={onCloseAutoFocus}
        onOpenAutoFocus={(event) => {
          // The dialog is long: start at its title (read first by screen readers), not on Close.
          event.preventDefault();
          titleRef.current?.focus();
        }}
      >
        <header className="sk-PlanModal-header">
          <div>
            <Dialog.Title className="sk-PlanModal-title" ref={titleRef} tabIndex={-1}>
              {t('planModal.title')}
            </Dialog.Title>
            <Dialog.Description className="sk-PlanModal-description">
              {t('planModal.description')}
            </Dialog.Description>
          </div>
          <Dialog.Close className="sk-IconButton" aria-label={t('common.close')}>
            <CloseIcon />
          </Dialog.Close>
        </header>
        {/* Inside the dialog, so that a failure leaves its title and Close, and focus, in place. */}
        <RenderBoundary name={CONTENT_NAME}>
          <PlanModalBody
            processing={processing}
            onCheckout={onCheckout}
            onUpdatePaymentMethod={onUpdatePaymentMethod}
            contactUrl={contactUrl}
            onContactSales={onContactSales}
            initialPlan={initialPlan}
          >
            {children}
          </PlanModalBody>
        </RenderBoundary>
      </DialogContent>
    );
  },
);

interface PlanModalBodyProps
  extends Pick<PlanModalContentProps, 'onCheckout' | 'initialPlan' | 'children'>,
    PlanModalSectionOptions {
  processing: RefObject<boolean>;
}

function PlanModalBody({ processing, initialPlan, onCheckout, children, ...options }: PlanModalBodyProps) {
  const t = useTranslate(CONTENT_NAME);
  const { setOpen } = usePlanModalContext(CONTENT_NAME);
  const recommendations = useRecommendations();
  const flow = usePlanChange({ onCheckout, initialIntent: initialPlan });
  processing.current = flow.state.step === 'processing';

  if (recommendations.status === 'error') {
    return (
      <div className="sk-PlanModal-body" data-status="error">
        <BillingErrorMessage
          code={billingErrorCodeOf(recommendations.error)}
          context={t('planModal.loadError')}
          onRetry={recommendations.retry}
        />
      </div>
    );
  }
  if (recommendations.data === null) {
    return (
      <div className="sk-PlanModal-body" data-status="loading" aria-busy="true">
        <p className="sk-VisuallyHidden" role="status">
          {t('common.loading')}
        </p>
        <div className="sk-Skeleton sk-Skeleton--banner" />
        <div className="sk-PlanGrid">
          <div className="sk-Skeleton sk-Skeleton--card" />
          <div className="sk-Skeleton sk-Skeleton--card" />
          <div className="sk-Skeleton sk-Skeleton--card" />
        </div>
      </div>
    );
  }

  const { data } = recommendations;
  const choosing = flow.state.step === 'select';
  const empty = choosing && data.catalog.length === 0;
  return (
    <div className="sk-PlanModal-body" data-status={empty ? 'empty' : 'ready'}>
      {empty && <p className="sk-Empty">{t('planModal.empty')}</p>}
      <PlanModalSections
        // The choice starts afresh each time it shows (the subscription's interval, plans folded).
        key={String(choosing)}
        layout={children ?? DEFAULT_SECTIONS}
        options={options}
        data={data}
        flow={flow}
        onFinish={() => setOpen(false)}
      />
    </div>
  );
}

/** The sections `PlanModalContent` shows without children. */
const DEFAULT_SECTIONS = (
  <>
    <PlanModalScheduledChange />
    <PlanModalToolbar>
      <PlanModalRecommendationBanner />
      <PlanModalIntervalSwitch />
    </PlanModalToolbar>
    <PlanModalRecommendedPlans />
    <PlanModalCatalog />
    <PlanModalEnterpriseContact />
    <PlanModalReview />
  </>
);

export type { PlanModalContentProps };
export { PlanModalContent };
