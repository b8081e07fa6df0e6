/*
 * The library's icons, as inline SVG drawn in `currentColor`: an emoji or a dingbat (⭐ ✓ ⚡) depends
 * on the reader's fonts and shows an empty box without them. Icons are decorative: the text beside
 * them, or the control's label, says what they mean.
 */

function CheckIcon() {
  return (
    <svg className="sk-Check" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
    </svg>
  );
}

/** Beside a word (a badge, a button's label): sized to the text, in its colour. */
function InlineIcon({ path }: { path: string }) {
  return (
    <svg className="sk-Icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

/** "Recommended". */
function StarIcon() {
  return <InlineIcon path="M8 1.5l1.9 4.1 4.5.5-3.4 3 1 4.4L8 11.3l-4 2.2 1-4.4-3.4-3 4.5-.5z" />;
}

/** "Change plan". */
function BoltIcon() {
  return <InlineIcon path="M9.5 1L3 9h4l-1 6 6.5-8h-4z" />;
}

/** "Selected", the current plan: a check in the text's colour. */
function SelectedIcon() {
  return <InlineIcon path="M6.4 12.2L2.6 8.4l1.2-1.2 2.6 2.6 5.8-6.6 1.2 1.1z" />;
}

export { BoltIcon, CheckIcon, CloseIcon, SelectedIcon, StarIcon };
