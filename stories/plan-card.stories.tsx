import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PlanCard } from 'subscription-kit';
import { planNamed } from './scenarios';

const basic = planNamed('Ecommerce Basic');
const scale = planNamed('Ecommerce Scale');
const enterprise = planNamed('Enterprise');

const meta = {
  title: 'Plans/PlanCard',
  component: PlanCard,
  args: { plan: basic, onSelect: fn() },
  decorators: [
    (Story, { parameters }) => (
      <div className={parameters.wide ? 'sb-Grid' : 'sb-Narrow'}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PlanCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Ecommerce Basic/ }));
    await expect(args.onSelect).toHaveBeenCalledWith(basic);
  },
};

export const Recommended: Story = {
  args: { plan: scale, recommended: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Recommended')).toBeVisible();
  },
};

export const CurrentPlan: Story = {
  args: { plan: basic, current: true },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

export const Enterprise: Story = {
  args: { plan: enterprise },
};

/** The seed's three tiers side by side, as in the change-plan modal. */
export const Tiers: Story = {
  parameters: { wide: true },
  render: (args) => (
    <>
      <PlanCard plan={basic} current onSelect={args.onSelect} />
      <PlanCard plan={scale} recommended onSelect={args.onSelect} />
      <PlanCard plan={enterprise} onSelect={args.onSelect} />
    </>
  ),
};
