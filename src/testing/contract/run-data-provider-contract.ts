import { CheckObservation } from './check-observation';
import { findShapeProblem } from './check-steps';
import { ContractViolation, describeValue } from './contract-violation';
import { dataProviderContractChecks } from './data-provider-contract-checks';
import type {
  DataProviderContractCheck,
  DataProviderContractOptions,
  DataProviderContractResult,
  DataProviderFactory,
} from './data-provider-contract-options';

const DEFAULT_TIMEOUT_MS = 10_000;
/** The runner's own timeout stays behind the kit's, so the kit's message, naming the call, shows. */
const RUNNER_GRACE_MS = 1_000;
/** The longest delay a timer takes; Node fires a longer one at once. */
const LONGEST_TIMER_MS = 2_147_483_647;

/** The time one check may take, or `undefined` when the options ask to wait for ever. */
function checkTimeout(options: DataProviderContractOptions): number | undefined {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return timeoutMs > 0 && timeoutMs + RUNNER_GRACE_MS < LONGEST_TIMER_MS ? timeoutMs : undefined;
}

/** The timeout to give the runner's test of one check. */
export function runnerTimeout(options: DataProviderContractOptions): number {
  const timeoutMs = checkTimeout(options);
  return timeoutMs === undefined ? LONGEST_TIMER_MS : timeoutMs + RUNNER_GRACE_MS;
}

let keyCounter = 0;

function newIdempotencyKey(): string {
  keyCounter += 1;
  const random =
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `contract-${keyCounter}-${random}`;
}

interface CheckFailure {
  reason: string;
  cause: unknown;
}

/** Runs one check to its end or its timeout and says why it failed, if it did; it never rejects. */
async function findFailure(
  check: DataProviderContractCheck,
  factory: DataProviderFactory,
  options: DataProviderContractOptions,
): Promise<CheckFailure | undefined> {
  const observation = new CheckObservation();
  const run = (async () => {
    const provider = await observation.track('the factory', factory);
    // Every check needs the methods: without this, only the first check would name what is missing.
    const shapeProblem = findShapeProblem(provider);
    if (shapeProblem) throw new ContractViolation(shapeProblem);
    await check.run({ provider: observation.observe(provider), options, idempotencyKey: newIdempotencyKey });
  })();
  const timeoutMs = checkTimeout(options);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outcome = await Promise.race([
    run.then(
      () => ({ passed: true }) as const,
      (error: unknown) => ({ passed: false, error }) as const,
    ),
    new Promise<'timeout'>((resolve) => {
      if (timeoutMs !== undefined) timer = setTimeout(resolve, timeoutMs, 'timeout');
    }),
  ]);
  clearTimeout(timer);

  // The first breach explains whatever went wrong after it, so it comes first.
  const { breach } = observation;
  if (breach) return { reason: breach.message, cause: breach };
  if (outcome === 'timeout') {
    const pending = [...observation.pending].map((entry) => entry.call).join(', ');
    return {
      reason: `timed out after ${timeoutMs} ms waiting for ${pending || 'the check'}: every call must settle (a slow backend may raise timeoutMs)`,
      cause: undefined,
    };
  }
  if (outcome.passed) return undefined;
  const { error } = outcome;
  if (error instanceof ContractViolation) return { reason: error.message, cause: error };
  const failedCall = observation.failedCalls.get(error);
  return { reason: `${failedCall ?? 'the check'} failed with ${describeValue(error)}`, cause: error };
}

function toError(check: DataProviderContractCheck, failure: CheckFailure): Error {
  return new Error(`The provider does not meet "${check.name}": ${failure.reason}`, { cause: failure.cause });
}

/**
 * Runs one check on a fresh provider; rejects with an Error whose message starts with the
 * behaviour's name and says what broke: the call, the field and what it expected, or what to add to
 * the test data. Every result the provider gives is validated against the contract on the way.
 */
export async function runDataProviderCheck(
  check: DataProviderContractCheck,
  factory: DataProviderFactory,
  options: DataProviderContractOptions = {},
): Promise<void> {
  const failure = await findFailure(check, factory, options);
  if (failure) throw toError(check, failure);
}

/**
 * Runs every check, one after another, and resolves with each outcome. It never rejects, whatever
 * the provider does (throws, resolves with malformed data, never settles): for runners without
 * `describe`/`it`, scripts, or a CI step against a staging backend.
 */
export async function runDataProviderContract(
  factory: DataProviderFactory,
  options: DataProviderContractOptions = {},
): Promise<DataProviderContractResult[]> {
  const results: DataProviderContractResult[] = [];
  for (const check of dataProviderContractChecks) {
    const failure = await findFailure(check, factory, options);
    results.push(
      failure
        ? { name: check.name, passed: false, error: toError(check, failure) }
        : { name: check.name, passed: true },
    );
  }
  return results;
}
