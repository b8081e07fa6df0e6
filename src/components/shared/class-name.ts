/** A part's own class followed by the host's. */
function joinClassName(own: string, className: string | undefined): string {
  return className ? `${own} ${className}` : own;
}

export { joinClassName };
