import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ScheduledChangeNotice } from 'subscription-kit';
import { demoPlans, demoSubscriptions } from 'subscription-kit/testing';
import { backend, ScenarioProvider, withKitRoot } from './scenario-controls';
import { accountData, demoProvider, withOverrides } from './scenarios';
import { usageDocs } from './usage-docs';

/** Support Scale with a downgrade to Support Basic scheduled for the end of the period. */
const scheduled = demoSubscriptions.supportTemplate;

const meta = {
  title: 'Plans/ScheduledChangeNotice',
  component: ScheduledChangeNotice,
  args: { subscription: scheduled, catalog: demoPlans },
  argTypes: {
    subscription: {
      description: "The subscription (`useSubscription`); pick a demo account's.",
      options: Object.keys(demoSubscriptions),
      mapping: demoSubscriptions,
      control: { type: 'select' },
    },
    catalog: { control: false },
  },
  parameters: {
    ...backend(() => demoProvider(accountData('supportTemplate'))),
    docs: usageDocs(
      'ScheduledChangeNotice',
      'A scheduled downgrade: the plan it changes to and the date, with "Cancel scheduled change" when the provider has `cancelScheduledChange`. Renders nothing when nothing is scheduled.',
    ),
  },
  decorators: [
    withKitRoot,
    (Story) => (
      <div style={{ maxWidth: '40rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ScheduledChangeNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

function cannotCancel() {
  return withOverrides(demoProvider(accountData('supportTemplate')), { cancelScheduledChange: undefined });
}

function noticeIn(canvasElement: HTMLElement) {
  return canvasElement.querySelector<HTMLElement>('[data-slot="scheduled-change"]');
}

/** The downgrade and its date, with the button that cancels it. */
export const Scheduled: Story = {
  play: async ({ canvasElement }) => {
    const notice = noticeIn(canvasElement);
    await expect(notice).not.toBeNull();
    await expect(within(notice as HTMLElement).getByRole('button')).toBeEnabled();
  },
};

/** "Cancel scheduled change" pressed: it waits for the provider, and a second press sends nothing. */
export const Cancelling: Story = {
  parameters: backend(() => demoProvider(accountData('supportTemplate'), { delay: 3_600_000 })),
  play: async ({ canvasElement }) => {
    const button = within(noticeIn(canvasElement) as HTMLElement).getByRole('button');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(within(canvasElement).getByRole('status')).toBeInTheDocument();
  },
};

/** A provider without `cancelScheduledChange`: the notice alone. */
export const CannotCancel: Story = {
  parameters: backend(cannotCancel),
  play: async ({ canvasElement }) => {
    await expect(noticeIn(canvasElement)).not.toBeNull();
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

/** Nothing scheduled: nothing rendered. */
export const NothingScheduled: Story = {
  args: { subscription: demoSubscriptions.blockedDowngrade },
  play: async ({ canvasElement }) => {
    await expect(noticeIn(canvasElement)).toBeNull();
  },
};

/** With cancel, and from a provider that cannot cancel, one above the other. */
export const Overview: Story = {
  render: (args, context) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ScheduledChangeNotice {...args} />
      <ScenarioProvider scenario={cannotCancel} globals={context.globals}>
        <ScheduledChangeNotice {...args} />
      </ScenarioProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="scheduled-change"]')).toHaveLength(2);
    await expect(within(canvasElement).getAllByRole('button')).toHaveLength(1);
  },
};
