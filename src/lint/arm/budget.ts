import { ExpressionError } from './errors.js'

/**
 * What one template may cost to evaluate. A crafted template of a few kilobytes can ask for 2^60 steps (a value
 * doubled 60 times, then compared) or gigabytes (copy loops nested 800 × 800), and ARM may well accept it as written:
 * the linter must then stop, say what it could not check, and go on with the next template — never hang.
 *
 * The limits sit far above what real templates need: evaluating the largest of Microsoft's 368 compiled CARML modules
 * completely (every resource, not only the Lighthouse ones) takes at most 1,402 steps, 0.07% of the step budget.
 */
export interface BudgetLimits {
  /** Evaluation steps: expression nodes, lambda bodies, value comparisons and walks, template values expanded. */
  steps: number
  /** Array items, object properties and string characters ÷ 16 that functions and copy loops create. */
  cells: number
  /** Copy-loop iterations of resources, variables and properties, all loops of the template together. */
  copies: number
  /** Set when `steps` is what is left of the run's budget (RunBudget), not the template's own limit: the message says so. */
  stepsFromRun?: number
}

export const DEFAULT_BUDGET: BudgetLimits = { steps: 2_000_000, cells: 1_000_000, copies: 10_000 }

/**
 * What one lint run may spend on evaluation, all templates together. The per-template budget bounds one file; without
 * this, a pull request that pairs one budget-busting template with 10,000 parameters files would still cost 10,000 full
 * budgets (about 20 minutes). 100,000,000 steps is some seconds of evaluation and 70,000 times what the largest of
 * Microsoft's CARML modules needs; once it is spent, later templates are still read and reported, with a warning that
 * they were not evaluated.
 */
export class RunBudget {
  static readonly DEFAULT_STEPS = 100_000_000
  private remaining: number
  constructor(readonly steps: number = RunBudget.DEFAULT_STEPS) {
    this.remaining = steps
  }

  /** The limits of the next template: its own, or less when the run has less left. */
  limitsFor(own: BudgetLimits = DEFAULT_BUDGET): BudgetLimits {
    if (this.remaining >= own.steps) return own
    return { ...own, steps: Math.max(0, this.remaining), stepsFromRun: this.steps }
  }

  /** Charges what a template spent. */
  spent(steps: number): void {
    this.remaining -= steps
  }
}

export class Budget {
  steps = 0
  cells = 0
  copies = 0
  /** Set once a limit is passed; every later charge fails at once, so the rest of the template costs nothing. */
  exceeded: ExpressionError | undefined
  constructor(readonly limits: BudgetLimits = DEFAULT_BUDGET) {
    this.stepLimit = limits.steps
  }

  /** The step limit, copied out of `limits` (spend() runs for every expression node); -1 once exceeded. */
  stepLimit: number

  step(n: number): void {
    if ((this.steps += n) > this.stepLimit) this.fail('steps')
  }

  allocate(n: number): void {
    if ((this.cells += n) > this.limits.cells || this.exceeded) this.fail('cells')
  }

  copy(): void {
    if (++this.copies > this.limits.copies || this.exceeded) this.fail('copies')
  }

  /** Like step(), but says false instead of throwing: for walks that carry on with Unknown values once out of budget. */
  tryStep(n: number): boolean {
    if (this.exceeded) return false
    try {
      this.step(n)
      return true
    } catch {
      return false
    }
  }

  /** Like copy(), but says false instead of throwing: a copy loop then stops where it is. */
  tryCopy(): boolean {
    if (this.exceeded) return false
    try {
      this.copy()
      return true
    } catch {
      return false
    }
  }

  private fail(what: 'steps' | 'cells' | 'copies'): never {
    // Every later step fails at once too: the rest of the template costs nothing.
    this.stepLimit = -1
    this.exceeded ??= new ExpressionError(
      'budget',
      what === 'steps' && this.limits.stepsFromRun !== undefined
        ? `Evaluating the templates of this run took more than ${this.limits.stepsFromRun.toLocaleString('en-US')} steps in all, the linter's limit for one run, before this template was done (lint it on its own to check it)`
        : what === 'steps'
        ? `Evaluating this template took more than ${this.limits.steps.toLocaleString('en-US')} steps, the linter's limit for one template (values built from one another, e.g. doubled many times over, can ask for more work than any check is worth)`
        : what === 'cells'
          ? `Evaluating this template built more than ${this.limits.cells.toLocaleString('en-US')} array items, object properties and string blocks, the linter's memory limit for one template`
          : `The copy loops of this template expand to more than ${this.limits.copies.toLocaleString('en-US')} iterations in all, the linter's limit for one template`
    )
    throw this.exceeded
  }
}

/** The budget of the template being resolved. Evaluation is synchronous, so one slot is enough. */
let active: Budget | undefined

export function withBudget<T>(budget: Budget | undefined, fn: () => T): T {
  const outer = active
  active = budget
  try {
    return fn()
  } finally {
    active = outer
  }
}

/** Charges evaluation steps to the active budget (none outside a template, e.g. in unit tests of one expression). */
export function spend(n = 1): void {
  if (active !== undefined && (active.steps += n) > active.stepLimit) active.step(0)
}

export function allocate(n: number): void {
  if (active !== undefined) active.allocate(n)
}

export function chargeCopy(): void {
  if (active !== undefined) active.copy()
}

export function budgetExceeded(): boolean {
  return active?.exceeded !== undefined
}
