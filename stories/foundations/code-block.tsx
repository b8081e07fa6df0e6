import { useId } from 'react';

/** Code a reader copies, captioned so that it can be found by its name. */
export function CodeBlock({ caption, code }: { caption: string; code: string }) {
  const captionId = useId();
  return (
    <figure className="sb-Code" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre tabIndex={0}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
