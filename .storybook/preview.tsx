import type { Decorator, Preview } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import {
  type BillingDataProvider,
  SUPPORTED_LOCALES,
  SubscriptionKitProvider,
  type SubscriptionKitProviderProps,
  type Theme,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import { shippedTranslations } from '../stories/locales';
import './preview.css';

const LOCALE_TITLES: Record<string, string> = {
  en: 'English',
  da: 'Dansk',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
};

/**
 * What a story may ask of the provider: `parameters.subscriptionKit`. `dataProvider` is a factory
 * so that every render of a story starts from fresh demo data.
 */
export interface SubscriptionKitParameters
  extends Omit<SubscriptionKitProviderProps, 'children' | 'dataProvider' | 'locale' | 'theme'> {
  dataProvider?: () => BillingDataProvider;
}

/** Wraps every story in the provider with the toolbar's locale and theme. */
const withSubscriptionKit: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const { dataProvider: createDataProvider, ...props }: SubscriptionKitParameters =
    context.parameters.subscriptionKit ?? {};
  const [dataProvider] = useState(() => createDataProvider?.());
  return (
    <div className="sb-Canvas" data-sk-theme={theme} data-view-mode={context.viewMode}>
      <SubscriptionKitProvider
        locale={locale}
        theme={theme}
        dataProvider={dataProvider}
        translations={shippedTranslations}
        {...props}
      >
        <Story />
      </SubscriptionKitProvider>
    </div>
  );
};

/**
 * After every play: nothing sticks out sideways (the page does not scroll horizontally and no
 * dialog is wider than the viewport), and no focus ring is left on what the play clicked.
 */
async function afterEachStory({ canvasElement }: { canvasElement: HTMLElement }) {
  const document = canvasElement.ownerDocument;
  const viewportWidth = document.documentElement.clientWidth;
  await expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(
    viewportWidth,
  );
  for (const dialog of document.querySelectorAll('[role="dialog"], [role="alertdialog"]')) {
    const { left, right } = dialog.getBoundingClientRect();
    await expect({ left: Math.round(left), right: Math.round(right) }, 'a dialog sticks out').toSatisfy(
      (box: { left: number; right: number }) => box.left >= 0 && box.right <= viewportWidth,
    );
  }
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body) focused.blur();
}

const preview: Preview = {
  decorators: [withSubscriptionKit],
  afterEach: afterEachStory,
  globalTypes: {
    locale: {
      description: 'Locale of every string, number and price',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: SUPPORTED_LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value] ?? value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Storybook opens on the first entry: the introduction, then the other foundation pages.
    options: {
      storySort: {
        order: [
          'Foundations',
          ['Introduction', 'Tokens', 'Theming', 'Composition', 'Content guidelines'],
          '*',
        ],
      },
    },
    // The narrowest width supported: the story tests run every story at it.
    viewport: {
      options: { narrow: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' } } },
    },
    // Accessibility violations fail story tests, in Storybook and in the test command alike.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
