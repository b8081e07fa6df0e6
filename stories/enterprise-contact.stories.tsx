import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { EnterpriseContact } from 'subscription-kit';
import { backend, galleryParameters, ScenarioProvider } from './scenario-controls';
import { demoProvider, withOverrides } from './scenarios';
import { usageDocs } from './usage-docs';

function failingToSend() {
  return demoProvider(undefined, { faults: { contactSales: 'network' } });
}

function withoutContactSales() {
  return withOverrides(demoProvider(), { contactSales: undefined });
}

const meta = {
  title: 'Plans/EnterpriseContact',
  component: EnterpriseContact,
  args: {},
  argTypes: {
    contactUrl: { control: { type: 'text' } },
    onContactSales: { control: false },
  },
  parameters: {
    ...backend(() => demoProvider()),
    docs: usageDocs(
      'EnterpriseContact',
      '"Need more?": what enterprise plans include, and "Contact sales" — a link (`contactUrl`), the host\'s own handler (`onContactSales`), or the built-in form sent through the provider\'s `contactSales`.',
    ),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '44rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof EnterpriseContact>;

export default meta;
type Story = StoryObj<typeof meta>;

function sectionIn(element: HTMLElement) {
  return element.querySelector<HTMLElement>('[data-slot="enterprise-contact"]') ?? element;
}

/** Opens the built-in form with the section's one button. */
async function openForm(section: HTMLElement) {
  await userEvent.click(within(section).getByRole('button'));
  return within(section).getByRole('form');
}

function field(form: HTMLElement, name: string) {
  return (form as HTMLFormElement).elements.namedItem(name) as HTMLInputElement;
}

async function fillAndSend(form: HTMLElement) {
  await userEvent.type(field(form, 'name'), 'Ada Lovelace');
  await userEvent.type(field(form, 'email'), 'ada@example.com');
  await userEvent.type(field(form, 'company'), 'Analytical Engines');
  await userEvent.type(field(form, 'seats'), '40');
  await userEvent.click(form.querySelector('button[type="submit"]') as HTMLElement);
}

async function submitEmpty(form: HTMLElement) {
  await userEvent.click(form.querySelector('button[type="submit"]') as HTMLElement);
}

/** Pristine: the features and "Contact sales". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const section = sectionIn(canvasElement);
    await expect(within(section).getAllByRole('listitem').length).toBeGreaterThan(0);
    await expect(within(section).getByRole('button')).toBeEnabled();
    await expect(within(section).queryByRole('form')).toBeNull();
  },
};

/** The built-in form, pristine: every field empty, nothing marked invalid. */
export const FormOpen: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(sectionIn(canvasElement));
    for (const name of ['name', 'email', 'company', 'seats']) {
      await expect(field(form, name)).toHaveValue('');
      await expect(field(form, name)).not.toHaveAttribute('aria-invalid');
    }
  },
};

/** Sent empty: each required field says what is missing, and focus goes to the first. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(sectionIn(canvasElement));
    await submitEmpty(form);
    for (const name of ['name', 'email', 'company'])
      await expect(field(form, name)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(form, 'seats')).not.toHaveAttribute('aria-invalid');
    await expect(field(form, 'name')).toHaveFocus();
  },
};

/** Sent: the reference the provider gave. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const section = sectionIn(canvasElement);
    await fillAndSend(await openForm(section));
    const sent = await within(section).findByRole('status');
    await expect(sent).toHaveAttribute('data-slot', 'contact-sales-sent');
    await expect(sent.textContent).toMatch(/SALES/);
  },
};

/** Failing to send: the error with "Try again", and the form keeps what was typed. */
export const FailingToSend: Story = {
  parameters: backend(failingToSend),
  play: async ({ canvasElement }) => {
    const section = sectionIn(canvasElement);
    const form = await openForm(section);
    await fillAndSend(form);
    const alert = await within(form).findByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'network');
    await expect(field(form, 'email')).toHaveValue('ada@example.com');
  },
};

/** `contactUrl`: "Contact sales" is a link to the host's page. */
export const ContactUrl: Story = {
  args: { contactUrl: 'https://example.com/enterprise' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://example.com/enterprise',
    );
  },
};

/** `onContactSales`: the host's own handler, e.g. a chat, instead of the form. */
export const HostHandler: Story = {
  args: { onContactSales: fn() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
    await expect(args.onContactSales).toHaveBeenCalledOnce();
    await expect(within(canvasElement).queryByRole('form')).toBeNull();
  },
};

/** A provider without `contactSales`, and no link or handler: no button that cannot work. */
export const CannotContact: Story = {
  parameters: backend(withoutContactSales),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

const OVERVIEW = [
  { id: 'pristine', scenario: () => demoProvider() },
  { id: 'form-open', scenario: () => demoProvider() },
  { id: 'invalid', scenario: () => demoProvider() },
  { id: 'sent', scenario: () => demoProvider() },
  { id: 'failing-to-send', scenario: failingToSend },
  { id: 'cannot-contact', scenario: withoutContactSales },
] as const;

/** Pristine, the form open, sent empty, sent, failing to send, and without a way to contact. */
export const Overview: Story = {
  parameters: galleryParameters,
  decorators: [(Story) => <div style={{ maxWidth: '90rem' }}>{Story()}</div>],
  render: (args, context) => (
    <div
      className="sb-Gallery"
      style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 26rem), 1fr))' }}
    >
      {OVERVIEW.map(({ id, scenario }) => (
        <figure key={id} className="sb-GalleryItem" data-state-name={id}>
          <figcaption id={`enterprise-${id}`}>
            <code>{id}</code>
          </figcaption>
          <ScenarioProvider scenario={scenario} globals={context.globals}>
            {/* Named by the caption: six sections of one name would be indistinguishable landmarks. */}
            <EnterpriseContact {...args} aria-labelledby={`enterprise-${id}`} />
          </ScenarioProvider>
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const state = (id: string) =>
      sectionIn(canvasElement.querySelector(`[data-state-name="${id}"]`) as HTMLElement);
    await openForm(state('form-open'));
    await submitEmpty(await openForm(state('invalid')));
    await fillAndSend(await openForm(state('sent')));
    await fillAndSend(await openForm(state('failing-to-send')));
    await waitFor(() =>
      expect(state('sent').querySelector('[data-slot="contact-sales-sent"]')).not.toBeNull(),
    );
    await expect(await within(state('failing-to-send')).findByRole('alert')).toBeVisible();
    await expect(within(state('cannot-contact')).queryByRole('button')).toBeNull();
  },
};
