import {
  Component,
  createElement,
  type ElementType,
  type ForwardRefExoticComponent,
  type ForwardRefRenderFunction,
  forwardRef,
  type PropsWithoutRef,
  type ReactNode,
  useContext,
  useLayoutEffect,
  useRef,
} from 'react';
import { billingErrorCodeOf } from '../../core';
import { discardUnobservedData } from '../../query';
import { SubscriptionKitContext } from '../../react/subscription-kit-context';
// The message without its own boundary: `BillingErrorMessage` is wrapped in this one (its index).
import { BillingErrorMessage } from '../billing-error-message/billing-error-message';
import { InsideRoot } from './root-scope';
import { useKit } from './translate';

/* -------------------------------------------------------------------------------------------------
 * RenderBoundary: a render-time failure stays inside the component that failed. Without it, one
 * value a component cannot render unmounts the host's whole React root, i.e. blanks the page.
 * -----------------------------------------------------------------------------------------------*/

interface RenderBoundaryProps {
  /** The public component's name, as `render_failed` events report it. */
  name: string;
  children?: ReactNode;
}

/**
 * Shows the localised "Something went wrong" with "Try again" in place of its children when they
 * throw while rendering, and reports `{ type: 'render_failed', component, message }` to `onEvent`.
 * "Try again" drops the cached reads no mounted component shows (the failed one's among them) and
 * refetches the shown ones, then mounts the children afresh.
 */
function RenderBoundary({ name, children }: RenderBoundaryProps) {
  const context = useContext(SubscriptionKitContext);
  // Without the provider the part itself throws to say so: a mistake in the host's code to fix,
  // and nothing here could be translated.
  if (context === null) return children;
  return (
    <Boundary
      onCaught={(error) =>
        context.onEvent({ type: 'render_failed', component: name, message: messageOf(error) })
      }
      fallback={(failure, retry) => (
        // Should the fallback fail too, the component shows nothing rather than take the page down.
        <Boundary fallback={() => null}>
          <RenderFailure
            name={name}
            failure={failure}
            onRetry={() => {
              discardUnobservedData(context);
              retry();
            }}
          />
        </Boundary>
      )}
    >
      {children}
    </Boundary>
  );
}

/** A public component inside a `RenderBoundary`, with the same props and ref. */
function withRenderBoundary<Part extends ForwardRefExoticComponent<never>>(name: string, part: Part): Part {
  // biome-ignore lint/correctness/noComponentHookFactories: made once per public component, as it is defined
  return forwardRef(function WithRenderBoundary(props: object, ref) {
    return (
      <RenderBoundary name={name}>
        {createElement(part as unknown as ElementType, { ...props, ref })}
      </RenderBoundary>
    );
  }) as unknown as Part;
}

/**
 * How a public component is defined: `forwardRef` (the host's ref reaches its root), with render
 * failures kept inside it by a `RenderBoundary` named `name`.
 */
function publicPart<Instance, Props extends object>(
  render: ForwardRefRenderFunction<Instance, PropsWithoutRef<Props>>,
  name: string,
) {
  return withRenderBoundary(name, forwardRef<Instance, Props>(render));
}

/* -----------------------------------------------------------------------------------------------*/

interface Failure {
  error: unknown;
  /** What had focus as the children failed: if it went with them, focus moves to "Try again". */
  focused: Element | null;
}

interface BoundaryProps {
  fallback: (failure: Failure, retry: () => void) => ReactNode;
  onCaught?: ((error: unknown) => void) | undefined;
  children?: ReactNode;
}

class Boundary extends Component<BoundaryProps, { failure: Failure | null }> {
  override state: { failure: Failure | null } = { failure: null };

  static getDerivedStateFromError(error: unknown) {
    // Read while the failed children are still on the page.
    return { failure: { error, focused: typeof document === 'undefined' ? null : document.activeElement } };
  }

  override componentDidCatch(error: unknown) {
    try {
      this.props.onCaught?.(error);
    } catch (callbackError) {
      // The host's callback failing must not take the page down either.
      console.error(callbackError);
    }
  }

  override render() {
    const { failure } = this.state;
    return failure
      ? this.props.fallback(failure, () => this.setState({ failure: null }))
      : this.props.children;
  }
}

/** The fallback: the shared error message for the error's code, in the library's root and theme. */
function RenderFailure({ name, failure, onRetry }: { name: string; failure: Failure; onRetry: () => void }) {
  const { theme, t } = useKit(name);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const { focused } = failure;
    if (focused && focused !== focused.ownerDocument.body && !focused.isConnected) {
      root.current?.querySelector('button')?.focus();
    }
  }, [failure]);
  return (
    <div ref={root} className="sk-Root sk-RenderFailure" data-sk-theme={theme} data-slot="render-failure">
      <InsideRoot>
        <BillingErrorMessage
          code={billingErrorCodeOf(failure.error)}
          context={t('common.renderFailed')}
          onRetry={onRetry}
        />
      </InsideRoot>
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown';
}

export { publicPart, RenderBoundary, withRenderBoundary };
