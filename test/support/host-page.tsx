import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SubscriptionKitProvider, type SubscriptionKitProviderProps } from 'subscription-kit';
import { demoClock } from '../../stories/scenarios';

/**
 * `children` in a `SubscriptionKitProvider` at the demo clock, between a host page's own heading
 * ("Host dashboard") and footer ("Host footer"): what must stay whatever the parts go through.
 */
export function renderOnHostPage(children: ReactNode, props: Omit<SubscriptionKitProviderProps, 'children'>) {
  return render(
    <main>
      <h1>Host dashboard</h1>
      <SubscriptionKitProvider now={demoClock} {...props}>
        {children}
      </SubscriptionKitProvider>
      <p>Host footer</p>
    </main>,
  );
}
