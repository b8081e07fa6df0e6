import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

import { packageAliases } from './.storybook/package-aliases.ts';
import { chromiumLaunchOptions } from './scripts/chromium-launch-options.mjs';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * A fresh browser block per project: one object shared by two projects mislabels the second
 * project's tests.
 */
function chromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: chromiumLaunchOptions(),
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  resolve: { alias: packageAliases },
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the browser and load
  // a second copy of React.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@radix-ui/react-dialog',
      '@tanstack/react-query',
      'i18next',
      'react-i18next',
      'axe-core',
      '@testing-library/react',
    ],
  },
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          benchmark: { include: ['bench/**/*.bench.ts'] },
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          benchmark: { include: ['bench/**/*.browser.bench.tsx'] },
          setupFiles: ['test/setup.ts'],
          browser: chromium(),
        },
      },
      {
        extends: true,
        // The test command runs the stories once per locale and theme (STORYBOOK_LOCALE,
        // STORYBOOK_THEME), always at the narrowest width supported: nothing may stick out there.
        plugins: [
          storybookTest({
            configDir: fromRoot('./.storybook'),
            initialGlobals: {
              locale: process.env.STORYBOOK_LOCALE ?? 'en',
              theme: process.env.STORYBOOK_THEME ?? 'light',
              viewport: { value: 'narrow', isRotated: false },
            },
          }),
        ],
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
    ],
  },
});
