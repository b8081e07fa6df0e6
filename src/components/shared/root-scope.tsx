import { createContext, type ReactNode, type Ref, useContext } from 'react';
import type { Theme } from '../../react/subscription-kit-context';
import { partProps, rootProps } from './part-props';

/* -------------------------------------------------------------------------------------------------
 * Root scope: the styles hang off `sk-Root`. A part a host may place alone, and that the library
 * also places inside its own components, scopes itself only when nothing of ours is around it.
 * -----------------------------------------------------------------------------------------------*/

/** True below an element that carries `sk-Root` and the theme. */
const InsideRootContext = createContext(false);

/** Tells the parts it wraps that they are inside the library's root. Adds nothing to the DOM. */
function InsideRoot({ children }: { children?: ReactNode }) {
  return <InsideRootContext.Provider value={true}>{children}</InsideRootContext.Provider>;
}

/**
 * The root attributes of a part that is a root of its own only when placed alone (`rootProps`);
 * inside another of our components it is a plain part (`partProps`), as the DOM there always was.
 */
function useScopedPartProps<Props extends { className?: string | undefined }, Instance>(
  name: string,
  slot: string | undefined,
  theme: Theme,
  props: Props,
  ref: Ref<Instance> | undefined,
) {
  const inside = useContext(InsideRootContext);
  return inside ? partProps(name, slot, props, ref) : rootProps(name, slot, theme, props, ref);
}

export { InsideRoot, useScopedPartProps };
