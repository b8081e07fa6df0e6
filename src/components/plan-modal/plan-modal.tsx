import * as Dialog from '@radix-ui/react-dialog';
import {
  type ComponentPropsWithoutRef,
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useState,
} from 'react';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { BoltIcon } from '../shared/icons';
import { rootProps } from '../shared/part-props';
import { publicPart } from '../shared/render-boundary';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * PlanModal
 * -----------------------------------------------------------------------------------------------*/

interface PlanModalProps {
  /** `PlanModalTrigger` and `PlanModalContent`, where the host places them. */
  children?: ReactNode | undefined;
  /** The controlled open state. */
  open?: boolean | undefined;
  /**
   * The open state when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean | undefined;
  /** Called with the new open state when the customer opens or closes the modal. */
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

interface PlanModalTriggerProps extends ComponentPropsWithoutRef<'button'> {
  /**
   * The button's label.
   * @default "Change plan", after a lightning icon
   */
  children?: ReactNode | undefined;
  /** Classes added after the part's own `sk-PlanModalTrigger`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * "Change plan": opens the modal.
 *
 * @selector .sk-PlanModalTrigger[data-variant="primary"] - the button
 * @selector [data-state="open|closed"] - the modal's state (Radix's)
 */
const PlanModalTrigger = /* @__PURE__ */ publicPart<HTMLButtonElement, PlanModalTriggerProps>(
  function PlanModalTrigger({ children, ...props }, ref) {
    const { theme, t } = useKit(TRIGGER_NAME);
    return (
      <Dialog.Trigger
        {...rootProps('sk-Button sk-PlanModalTrigger', undefined, theme, props, ref)}
        data-variant="primary"
      >
        {children ?? (
          <>
            <BoltIcon />
            {t('planModal.trigger')}
          </>
        )}
      </Dialog.Trigger>
    );
  },
  TRIGGER_NAME,
);

const PLAN_MODAL_NAME = 'PlanModal';

interface PlanModalContextValue {
  setOpen: (open: boolean) => void;
}

const PlanModalContext = createContext<PlanModalContextValue | null>(null);

function usePlanModalContext(consumerName: string): PlanModalContextValue {
  const context = useContext(PlanModalContext);
  if (context === null) throw new Error(`\`${consumerName}\` must be used within \`${PLAN_MODAL_NAME}\`.`);
  return context;
}

export type { PlanModalProps, PlanModalTriggerProps };
export { PlanModal, PlanModalTrigger, usePlanModalContext };
