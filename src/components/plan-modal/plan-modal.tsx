import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { PlanChangeIntent } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { rootClassName } from '../shared/class-names';
import { CloseIcon } from '../shared/icons';
import { useTranslate } from '../shared/translate';
import { PlanModalBody } from './plan-modal-body';
import { PLAN_MODAL_NAME, PlanModalContext } from './plan-modal-context';

/* -------------------------------------------------------------------------------------------------
 * PlanModal
 * -----------------------------------------------------------------------------------------------*/

interface PlanModalProps {
  children?: ReactNode | undefined;
  /** The controlled open state. */
  open?: boolean | undefined;
  /**
   * The open state when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
}

/** The "Change plan" modal: a Radix dialog holding `PlanModalTrigger` and `PlanModalContent`. */
function PlanModal({ children, open: openProp, defaultOpen = false, onOpenChange }: PlanModalProps) {
  const { onEvent } = useSubscriptionKitContext(PLAN_MODAL_NAME);
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const setOpen = useCallback(
    (next: boolean) => {
      if (openProp === undefined) setUncontrolledOpen(next);
      if (next) onEvent({ type: 'plan_modal_opened' });
      onOpenChange?.(next);
    },
    [openProp, onEvent, onOpenChange],
  );
  return (
    <PlanModalContext.Provider value={{ setOpen }}>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {children}
      </Dialog.Root>
    </PlanModalContext.Provider>
  );
}

/* -------------------------------------------------------------------------------------------------
 * PlanModalTrigger
 * -----------------------------------------------------------------------------------------------*/

const TRIGGER_NAME = 'PlanModalTrigger';

interface PlanModalTriggerProps {
  /** @default "⚡ Change plan" */
  children?: ReactNode | undefined;
  className?: string | undefined;
}

function PlanModalTrigger({ children, className }: PlanModalTriggerProps) {
  const { theme } = useSubscriptionKitContext(TRIGGER_NAME);
  const t = useTranslate(TRIGGER_NAME);
  return (
    <Dialog.Trigger
      className={rootClassName('sk-Button sk-PlanModalTrigger', className)}
      data-variant="primary"
      data-sk-theme={theme}
    >
      {children ?? t('planModal.trigger')}
    </Dialog.Trigger>
  );
}

/* -------------------------------------------------------------------------------------------------
 * PlanModalContent
 * -----------------------------------------------------------------------------------------------*/

const CONTENT_NAME = 'PlanModalContent';

interface PlanModalContentProps {
  /**
   * Takes over when a payment needs the customer (3-D Secure …) with the provider's URL. Without it,
   * the review links to that URL.
   */
  onCheckout?: ((url: string) => void) | undefined;
  /** Offered on payment failures (declined, insufficient funds, expired card). */
  onUpdatePaymentMethod?: (() => void) | undefined;
  /** "Contact sales" link (`https:` or same-origin); otherwise `onContactSales`, otherwise the form. */
  contactUrl?: string | undefined;
  onContactSales?: (() => void) | undefined;
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
  className?: string | undefined;
}

/**
 * The dialog itself: header "Choose your plan" with close, the recommendations, the plan cards,
 * "See all plans", and enterprise contact; then the change flow.
 */
function PlanModalContent({ className, onCheckout, onCloseAutoFocus, ...bodyProps }: PlanModalContentProps) {
  const { theme } = useSubscriptionKitContext(CONTENT_NAME);
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
    <Dialog.Portal>
      <Dialog.Overlay className="sk-Root sk-Overlay" data-sk-theme={theme} />
      <Dialog.Content
        className={rootClassName('sk-PlanModal', className)}
        data-slot="plan-modal"
        data-sk-theme={theme}
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
        <PlanModalBody processing={processing} onCheckout={onCheckout} {...bodyProps} />
      </Dialog.Content>
    </Dialog.Portal>
  );
}

export type { PlanModalContentProps, PlanModalProps, PlanModalTriggerProps };
export { PlanModal, PlanModalContent, PlanModalTrigger };
