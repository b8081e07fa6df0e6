import type { Ref } from 'react';
import type { Theme } from '../../react/subscription-kit-context';

/** A part's own class followed by the host's. */
function joinClassName(own: string, className: string | undefined): string {
  return className ? `${own} ${className}` : own;
}

/**
 * What a public part puts on its root: the host's attributes and ref, then the part's own class
 * (before the host's) and its `data-slot`. Spread after the host's attributes and before the part's
 * state attributes, so the library's own attributes win.
 */
function partProps<Props extends { className?: string | undefined }, Instance>(
  name: string,
  slot: string | undefined,
  { className, ...props }: Props,
  ref: Ref<Instance> | undefined,
) {
  return { ...props, ref, className: joinClassName(name, className), ...(slot && { 'data-slot': slot }) };
}

/**
 * `partProps` for a part that scopes the styles (`sk-Root`, where every rule hangs off) and carries
 * the provider's theme, as every part a host places on its own page does.
 */
function rootProps<Props extends { className?: string | undefined }, Instance>(
  name: string,
  slot: string | undefined,
  theme: Theme,
  props: Props,
  ref: Ref<Instance> | undefined,
) {
  return { ...partProps(`sk-Root ${name}`, slot, props, ref), 'data-sk-theme': theme };
}

export { joinClassName, partProps, rootProps };
