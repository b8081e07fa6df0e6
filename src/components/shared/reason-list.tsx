/** The context message: the engine's reasons as sentences. Nothing when there are none. */
export function ReasonList({ sentences, className }: { sentences: string[]; className: string }) {
  if (sentences.length === 0) return null;
  return (
    <ul className={className} data-slot="context-message">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
