import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentPropsWithoutRef } from 'react';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { rootClassName } from './class-names';

interface DialogContentProps extends ComponentPropsWithoutRef<typeof Dialog.Content> {
  /** The content's own class, e.g. `sk-PlanModal`. */
  name: string;
}

/**
 * A Radix dialog's content with its overlay, portalled out of the host's page: both carry the
 * library's root class and theme, as nothing around them in `body` does.
 */
export function DialogContent({ name, className, ...props }: DialogContentProps) {
  const { theme } = useSubscriptionKitContext(name);
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="sk-Root sk-Overlay" data-sk-theme={theme} />
      <Dialog.Content className={rootClassName(name, className)} data-sk-theme={theme} {...props} />
    </Dialog.Portal>
  );
}
