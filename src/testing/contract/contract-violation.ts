import { isBillingError } from '../../core';

/** What a check found the provider doing against the contract, phrased for the integrator. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

export function fail(message: string): never {
  throw new ContractViolation(message);
}

/** Long enough to recognise a value, short enough that a message never becomes a catalog dump. */
const MAX_DESCRIPTION_LENGTH = 120;

function truncate(text: string): string {
  return text.length > MAX_DESCRIPTION_LENGTH ? `${text.slice(0, MAX_DESCRIPTION_LENGTH - 1)}…` : text;
}

/** A short account of any value for a message; it never throws, whatever the provider handed over. */
export function describeValue(value: unknown): string {
  try {
    if (isBillingError(value)) {
      const message = value.message && value.message !== value.code ? ` "${value.message}"` : '';
      return truncate(`BillingError '${value.code}'${message}`);
    }
    if (value instanceof Error) return truncate(`${value.name} "${value.message}"`);
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'bigint') return `${value}n`;
    if (value === undefined || typeof value === 'symbol') return String(value);
    return truncate(JSON.stringify(value) ?? String(value));
  } catch {
    // A cycle, a throwing getter or toJSON: say so rather than fail the message itself.
    return 'a value that cannot be shown';
  }
}
