import type { StorybookConfig } from '@storybook/react-vite';
import { packageAliases } from './package-aliases.ts';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  // The hand-written pages (Foundations/…) come first: Storybook opens on the introduction.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [...toAliasArray(viteConfig.resolve.alias), ...packageAliases];
    // Vite 8 bundles with rolldown: the "use client" directives of dependencies are expected noise.
    viteConfig.build ??= {};
    viteConfig.build.rolldownOptions = {
      ...viteConfig.build.rolldownOptions,
      onwarn(warning, defaultHandler) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    };
    return viteConfig;
  },
};

type AliasOption = NonNullable<
  NonNullable<Parameters<NonNullable<StorybookConfig['viteFinal']>>[0]['resolve']>['alias']
>;

function toAliasArray(alias: AliasOption | undefined) {
  if (alias === undefined) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
}

export default config;
