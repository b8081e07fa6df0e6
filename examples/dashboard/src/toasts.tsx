import { type Ref, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubscriptionKitEvent } from 'subscription-kit';
import { useCatalog, useSubscription } from 'subscription-kit';
import { classifyChange } from 'subscription-kit/core';

/*
 * The dashboard's own notifications, fed by SubscriptionKitProvider's `onEvent` (which a host would
 * also send to its analytics). Whether a change applies now or at the end of the period is decided
 * with the same rule the backend uses, `classifyChange` from subscription-kit/core.
 */

export interface ToastsHandle {
  report(event: SubscriptionKitEvent): void;
}

interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

const TOAST_MS = 6_000;

export function Toasts({ ref }: { ref: Ref<ToastsHandle> }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const subscription = useSubscription();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);
  // The handle reads the latest data when an event arrives (before the subscription is refetched).
  const latest = useRef({ catalog: catalog.data, subscription: subscription.data, t });
  latest.current = { catalog: catalog.data, subscription: subscription.data, t };

  const dismiss = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id));

  useImperativeHandle(ref, () => ({
    report(event) {
      const { catalog: plans = [], subscription: current, t: translate } = latest.current;
      let toast: Omit<Toast, 'id'> | null = null;
      if (event.type === 'plan_change_completed') {
        const target = plans.find((plan) => plan.id === event.planId);
        const from = plans.find((plan) => plan.id === current?.planId);
        const kind =
          target && from && current
            ? classifyChange(
                { plan: from, interval: current.interval },
                { plan: target, interval: event.interval },
              )
            : 'upgrade';
        const later = kind === 'downgrade' || (kind === 'interval_change' && event.interval === 'month');
        toast = {
          tone: 'success',
          text: translate(later ? 'toast.scheduled' : 'toast.changed', {
            plan: target?.name ?? event.planId,
          }),
        };
      } else if (event.type === 'scheduled_change_cancelled') {
        toast = { tone: 'success', text: translate('toast.cancelled') };
      } else if (event.type === 'plan_change_failed') {
        toast = { tone: 'error', text: translate('toast.failed') };
      }
      if (!toast) return;
      nextId.current += 1;
      const id = nextId.current;
      setToasts((current) => [...current.slice(-2), { ...toast, id }]);
      setTimeout(() => dismiss(id), TOAST_MS);
    },
  }));

  return (
    <section className="toasts" aria-live="polite" aria-label={t('toast.region')}>
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-tone={toast.tone} data-testid="toast">
          <span className="toast-dot" aria-hidden="true" />
          <p>{toast.text}</p>
          <button
            type="button"
            className="icon-button toast-close"
            aria-label={t('toast.dismiss')}
            onClick={() => dismiss(toast.id)}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      ))}
    </section>
  );
}
