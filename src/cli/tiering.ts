import { createRequire } from 'node:module'

/** From this many lint units on, a run is long enough for tuneForOnePass to pay for loading node:v8 (~3 ms). */
export const ONE_PASS_TUNING_MIN_UNITS = 100

/**
 * V8 tuned for one long pass. A lint run executes most of its code once per template, and V8's default tiering (made
 * for long-lived pages) sends many functions to its optimising compiler early: on the 2,000-template benchmark,
 * compiling them cost more CPU than the optimised code saved. A larger interrupt budget (8× Node 20's default of
 * 66 KB of bytecode) leaves the optimising compiler the really hot functions only: CPU time −30%, wall time −10% on
 * an idle 2-core machine, more when the other core is busy (README "Performance"). Called before the first unit is
 * read, so no linting code has run yet.
 */
export function tuneForOnePass(): void {
  const v8 = (process.getBuiltinModule?.('node:v8') ?? createRequire(import.meta.url)('node:v8')) as typeof import('node:v8')
  v8.setFlagsFromString('--interrupt-budget=540672')
}
