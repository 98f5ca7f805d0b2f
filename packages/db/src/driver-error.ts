/** What the driver or PostgreSQL said of a failed statement: its code (a SQLSTATE or a Node code) and constraint. */
export interface DriverError {
  readonly code: string;
  readonly constraint: string | undefined;
}

/**
 * The first error in `error`'s cause chain that carries a code: drizzle wraps the driver's error
 * (`DrizzleQueryError.cause`), and postgres.js names the constraint `constraint_name` where PGlite
 * says `constraint`. Null when no error in the chain has a code.
 *
 * @example
 * if (driverErrorOf(error)?.code === '23514') refuseValue();
 */
export function driverErrorOf(error: unknown): DriverError | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, constraint_name, constraint } = e as {
      code?: unknown;
      constraint_name?: unknown;
      constraint?: unknown;
    };
    if (typeof code === 'string') {
      const named = [constraint_name, constraint].find((c): c is string => typeof c === 'string');
      return { code, constraint: named };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
