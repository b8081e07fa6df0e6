import type { Theme } from '../../react/subscription-kit-context';

/** The root class list of a public part: the scope every rule hangs off, its own class, the host's. */
export function rootClassName(name: string, className: string | undefined): string {
  return className ? `sk-Root ${name} ${className}` : `sk-Root ${name}`;
}

/** What every public part's root carries: its classes, its `data-slot` and the provider's theme. */
export function rootProps(name: string, slot: string, theme: Theme, className: string | undefined) {
  return { className: rootClassName(name, className), 'data-slot': slot, 'data-sk-theme': theme };
}

export type RootProps = ReturnType<typeof rootProps>;
