import type { Result } from '../../preload/api/index.ts';

/** A command that ran and failed for a reason the person can act on: printed without a stack, exit 1. */
export class CommandError extends Error {}

/** The value of a service call, or a CommandError with the service's message. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new CommandError(result.error.message);
  return result.value;
}
