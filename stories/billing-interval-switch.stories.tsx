import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { type BillingInterval, BillingIntervalSwitch } from 'subscription-kit';
import { withKitRoot } from './scenario-controls';
import { usageDocs } from './usage-docs';

const meta = {
  title: 'Plans/BillingIntervalSwitch',
  component: BillingIntervalSwitch,
  args: { value: 'month', onValueChange: fn(), annualSavingsPercent: 16 },
  argTypes: {
    value: { options: ['month', 'year'], control: { type: 'inline-radio' } },
    annualSavingsPercent: { control: { type: 'number', min: 0, max: 100, step: 1 } },
  },
  parameters: {
    docs: usageDocs(
      'BillingIntervalSwitch',
      'Monthly or annual prices, as two radio buttons; "Save 16 %" beside Annual when a plan saves on annual billing. Controlled: `value` and `onValueChange`.',
    ),
  },
  decorators: [withKitRoot],
} satisfies Meta<typeof BillingIntervalSwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Monthly chosen; choosing Annual reports `year`. */
export const Monthly: Story = {
  play: async ({ args, canvasElement }) => {
    const [month, year] = within(canvasElement).getAllByRole('radio');
    await expect(month).toBeChecked();
    await userEvent.click(year as HTMLElement);
    await expect(args.onValueChange).toHaveBeenCalledWith('year');
  },
};

/** Annual chosen, with the saving. */
export const Annual: Story = {
  args: { value: 'year' },
  play: async ({ canvasElement }) => {
    const [, year] = within(canvasElement).getAllByRole('radio');
    await expect(year).toBeChecked();
    await expect(canvasElement.querySelector('[data-slot="interval-switch"]')).toHaveAttribute(
      'data-value',
      'year',
    );
  },
};

/** No plan saves on annual billing: no saving shown. */
export const NoSaving: Story = {
  args: { annualSavingsPercent: 0 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.sk-IntervalSwitch-saving')).toBeNull();
  },
};

function Controlled({
  initial,
  annualSavingsPercent,
}: {
  initial: BillingInterval;
  annualSavingsPercent: number;
}) {
  const [value, setValue] = useState(initial);
  // Its own form: radios of one name share a group across the page, but not across forms.
  return (
    <form>
      <BillingIntervalSwitch
        value={value}
        onValueChange={setValue}
        annualSavingsPercent={annualSavingsPercent}
      />
    </form>
  );
}

/** Held in state, as a host holds it: the arrow keys move the choice. */
export const Interactive: Story = {
  render: () => <Controlled initial="month" annualSavingsPercent={16} />,
  play: async ({ canvasElement }) => {
    const [month, year] = within(canvasElement).getAllByRole('radio');
    await userEvent.click(month as HTMLElement);
    await userEvent.keyboard('{ArrowRight}');
    await expect(year).toBeChecked();
    await expect(canvasElement.querySelector('[data-slot="interval-switch"]')).toHaveAttribute(
      'data-value',
      'year',
    );
  },
};

/** Monthly, annual with its saving, and annual without one. */
export const Overview: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <Controlled initial="month" annualSavingsPercent={16} />
      <Controlled initial="year" annualSavingsPercent={16} />
      <Controlled initial="year" annualSavingsPercent={0} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="interval-switch"]')).toHaveLength(3);
    await expect(canvasElement.querySelectorAll('.sk-IntervalSwitch-saving')).toHaveLength(2);
  },
};
