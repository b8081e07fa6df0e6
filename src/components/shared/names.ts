import type { Translate } from './translate';

/** Integration codes are brand names; hosts can name them through `integrations.<code>` strings. */
export function integrationName(code: string, t: Translate): string {
  return t(`integrations.${code}`, { defaultValue: code.charAt(0).toUpperCase() + code.slice(1) });
}
