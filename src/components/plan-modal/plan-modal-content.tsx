import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import type { PlanChangeIntent } from '../../core';
import { DialogContent } from '../shared/dialog';
import { CloseIcon } from '../shared/icons';
import { useTranslate } from '../shared/translate';
import { PlanModalBody } from './plan-modal-body';

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
      name="sk-PlanModal"
      className={className}
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
      <PlanModalBody processing={processing} onCheckout={onCheckout} {...bodyProps} />
    </DialogContent>
  );
}

export type { PlanModalContentProps };
export { PlanModalContent };
