import type { Decorator, Preview } from '@storybook/react-vite';
import { useState } from 'react';
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
    <div className="sb-Canvas" data-sk-theme={theme}>
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

const preview: Preview = {
  decorators: [withSubscriptionKit],
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
    // Accessibility violations fail story tests, in Storybook and in the test command alike.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
