import type { Decorator, Preview } from '@storybook/react-vite';
import { SUPPORTED_LOCALES, SubscriptionKitProvider, type Theme } from 'subscription-kit';
import 'subscription-kit/styles.css';
import './preview.css';

const LOCALE_TITLES: Record<string, string> = { en: 'English', da: 'Dansk' };

/** Wraps every story in the provider with the toolbar's locale and theme. */
const withSubscriptionKit: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  return (
    <div className="sb-Canvas" data-sk-theme={theme}>
      <SubscriptionKitProvider locale={locale} theme={theme}>
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
    // Accessibility violations fail story tests, in Storybook and in the test command alike.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
