/**
 * V8 tuned for one short pass. A lint run executes most of its code once per template, a few thousand times at most,
 * and V8's default tiering (made for long-lived pages) sends many functions to its optimising compiler early: on the
 * 2,000-template benchmark, compiling them cost more CPU than the optimised code saved. A larger interrupt budget
 * (8× Node 20's default of 66 KB of bytecode) leaves the optimising compiler the really hot functions only: CPU time
 * −30%, wall time −10% on an idle 2-core machine, more when the other core is busy (README "Performance").
 * Imported first by the CLI's entry point, so it is set before any linting code runs.
 */
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--interrupt-budget=540672')
