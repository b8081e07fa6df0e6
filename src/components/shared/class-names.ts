/** The root class list of a public part: the scope every rule hangs off, its own class, the host's. */
export function rootClassName(name: string, className: string | undefined): string {
  return className ? `sk-Root ${name} ${className}` : `sk-Root ${name}`;
}
