import { render, screen } from '@testing-library/react';
import { type SubscriptionKitEvent, SubscriptionKitProvider, UsageMeters } from 'subscription-kit';
import { describe, expect, it, vi } from 'vitest';
import { demoClock, demoProvider, usageData, usageScenarios } from '../../stories/scenarios';

function renderMeters(warningAt?: number, onEvent?: (event: SubscriptionKitEvent) => void) {
  return render(
    <SubscriptionKitProvider
      dataProvider={demoProvider(usageData(usageScenarios.near))}
      now={demoClock}
      onEvent={onEvent}
    >
      <UsageMeters {...(warningAt === undefined ? {} : { warningAt })} />
    </SubscriptionKitProvider>,
  );
}

describe('given a warning threshold', () => {
  it('warns from it: at 95 %, 84 % of conversations is no warning', async () => {
    renderMeters(0.95);
    const meter = await screen.findByRole('meter', { name: 'Conversations' });
    expect(meter.closest('li')).toHaveAttribute('data-state', 'ok');
    expect(screen.queryByText('Near the limit')).toBeNull();
  });

  it.each([80, 0, -0.2, Number.NaN])('refuses %s, which is not a fraction of the limit', (warningAt) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onEvent = vi.fn();
    renderMeters(warningAt, onEvent);
    expect(onEvent).toHaveBeenCalledWith({
      type: 'render_failed',
      component: 'UsageMeters',
      message: `UsageMeters: warningAt is a fraction of the limit, e.g. 0.8; got ${warningAt}`,
    });
    expect(screen.getByText("This part of the page couldn't be shown.")).toBeInTheDocument();
    expect(screen.queryByRole('meter')).toBeNull();
    vi.restoreAllMocks();
  });
});

describe('given the nudge turned off', () => {
  it('shows the projection past the limit on the meter, without the nudge', async () => {
    render(
      <SubscriptionKitProvider
        dataProvider={demoProvider(usageData(usageScenarios.overLimit))}
        now={demoClock}
      >
        <UsageMeters nudge={false} />
      </SubscriptionKitProvider>,
    );
    const meter = await screen.findByRole('meter', { name: 'Conversations' });
    expect(meter.closest('li')).toHaveAttribute('data-projected-state', 'over');
    expect(screen.queryByRole('region', { name: "You're heading past your plan's limits" })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
