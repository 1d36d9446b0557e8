/**
 * Retrying 429 responses the SDK gives up on. The SDK's throttling policy honours Retry-After / retry-after-ms /
 * x-ms-retry-after-ms for three retries and returns a bare 429 at once, yet ARM and its resource providers do answer
 * bare 429s under load, and a fan-out of hundreds of targets meets a fourth consecutive 429 now and then. Added
 * `perCall` so it wraps the SDK's own retry phase: each attempt here goes back through it and through signing with a
 * fresh token. Bare 429s back off exponentially with full jitter; a 429 that still carries a retry header waits as the
 * header says.
 */
import { RestError, isRestError } from '@azure/core-rest-pipeline'
import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline'
import { sleep } from '../shared/sleep.js'

/**
 * How much throttling one unit of work may sit through: retries and total wait, the SDK's own Retry-After waits
 * included. A fan-out gives each target one budget for all its requests; other clients one per request. Used up, the
 * next 429 ends the work with a ThrottleBudgetError instead of waiting on (only `timeout-minutes` bounded that before).
 */
export class ThrottleBudget {
  retries = 0
  waitedMs = 0
  /** Set when a Retry-After did not fit: the wait it asked for (the SDK was then kept from waiting). */
  refusedMs: number | undefined
  constructor(
    readonly maxRetries: number = envNumber('LPG_THROTTLE_MAX_RETRIES', 20),
    readonly maxWaitMs: number = envNumber('LPG_THROTTLE_MAX_WAIT_MS', 300_000)
  ) {}

  /** Takes one retry waiting `delayMs` from the budget; false (and nothing taken) when it does not fit. */
  take(delayMs: number): boolean {
    if (this.retries + 1 > this.maxRetries || this.waitedMs + delayMs > this.maxWaitMs) return false
    this.retries++
    this.waitedMs += delayMs
    return true
  }
}

export const THROTTLE_BUDGET_CODE = 'ThrottleBudgetExceeded'

/** A 429 past the budget: one clear sentence for the target's result. */
export class ThrottleBudgetError extends RestError {
  constructor(service: string, budget: ThrottleBudget, askedMs: number | undefined) {
    const asked = askedMs !== undefined && budget.waitedMs + askedMs > budget.maxWaitMs ? `, and it asked to wait ${Math.ceil(askedMs / 1000)} s more` : ''
    super(
      `Throttled by ${service} (HTTP 429) beyond the retry budget: ${budget.retries} retries and ${Math.round(budget.waitedMs / 1000)} s of waiting (at most ${budget.maxRetries} retries and ${Math.round(budget.maxWaitMs / 1000)} s)${asked}. Lower max-parallel or re-run later.`,
      { code: THROTTLE_BUDGET_CODE, statusCode: 429 }
    )
    this.name = 'ThrottleBudgetError'
  }
}

/** The budget a request draws on, shared by the policies below (the SDK retries the same request object). */
const budgets = new WeakMap<PipelineRequest, ThrottleBudget>()

export interface ThrottleRetryOptions {
  /** Retries after the first attempt (default 6). */
  maxRetries?: number
  /** Shared by every request through this policy (one target's); default a fresh budget per request. */
  budget?: ThrottleBudget
  /** Named in the budget error (default "Azure Resource Manager"). */
  service?: string
  /** First backoff ceiling in ms (default 1000, env LPG_RETRY_BASE_MS). */
  baseDelayMs?: number
  /** Largest backoff ceiling in ms (default 60000). */
  maxDelayMs?: number
  /** Injected for tests. */
  random?: () => number
  /** Called before each wait (for logs and tests). */
  onRetry?: (info: { attempt: number; delayMs: number; url: string }) => void
}

export const THROTTLE_RETRY_POLICY_NAME = 'lpgThrottleWithoutRetryAfterPolicy'

const RETRY_HEADERS = ['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms']

export function hasRetryHeader(response: PipelineResponse): boolean {
  return RETRY_HEADERS.some((h) => response.headers.get(h) !== undefined)
}

/** The wait a 429 asks for, in ms: retry-after-ms / x-ms-retry-after-ms, or Retry-After in seconds or as a date. */
export function retryHeaderDelay(response: PipelineResponse, now = Date.now()): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(response.headers.get(name))
    if (response.headers.get(name) !== undefined && Number.isFinite(ms) && ms >= 0) return ms
  }
  const after = response.headers.get('retry-after')
  if (after === undefined) return undefined
  const seconds = Number(after)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(after)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Full jitter: uniform in [0, min(cap, base·2^attempt)], which spreads a herd of throttled workers best. */
export function backoffDelay(attempt: number, base: number, cap: number, random: () => number = Math.random): number {
  const ceiling = Math.min(cap, base * 2 ** attempt)
  return Math.floor(random() * ceiling)
}

export function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name])
  return Number.isFinite(v) && v >= 0 && process.env[name] !== '' ? v : fallback
}

export function throttleRetryPolicy(options: ThrottleRetryOptions = {}): PipelinePolicy {
  const maxRetries = options.maxRetries ?? 6
  const base = options.baseDelayMs ?? envNumber('LPG_RETRY_BASE_MS', 1000)
  const cap = options.maxDelayMs ?? 60_000
  const service = options.service ?? 'Azure Resource Manager'
  return {
    name: THROTTLE_RETRY_POLICY_NAME,
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      const budget = options.budget ?? new ThrottleBudget()
      budgets.set(request, budget)
      for (let attempt = 0; ; attempt++) {
        let response: PipelineResponse
        try {
          response = await next(request)
        } catch (e) {
          // Classic clients deserialize inside this policy's span and throw the 429 as a RestError.
          const failed = isRestError(e) ? e.response : undefined
          if (!failed || failed.status !== 429 || attempt >= maxRetries) throw e
          response = failed
        }
        // The wait the answer asked for was already refused inside the SDK's retry loop (headers removed).
        if (response.status === 429 && budget.refusedMs !== undefined) throw new ThrottleBudgetError(service, budget, budget.refusedMs)
        if (response.status !== 429 || attempt >= maxRetries) return response
        const delayMs = retryHeaderDelay(response) ?? backoffDelay(attempt, base, cap, options.random)
        if (!budget.take(delayMs)) throw new ThrottleBudgetError(service, budget, delayMs)
        options.onRetry?.({ attempt: attempt + 1, delayMs, url: request.url })
        await sleep(delayMs, request.abortSignal)
      }
    }
  }
}

export const THROTTLE_BUDGET_POLICY_NAME = 'lpgThrottleBudgetPolicy'

/**
 * Runs on every attempt inside the SDK's retry loop (`perRetry`), where the SDK's own Retry-After waits happen: a 429
 * whose wait fits the budget is counted against it; one that does not has its retry headers removed, so the SDK
 * returns it at once and `throttleRetryPolicy` ends the work with the budget error.
 */
export function throttleBudgetPolicy(): PipelinePolicy {
  return {
    name: THROTTLE_BUDGET_POLICY_NAME,
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      const response = await next(request)
      const budget = budgets.get(request)
      if (!budget || response.status !== 429) return response
      const delayMs = retryHeaderDelay(response)
      if (delayMs === undefined) return response
      if (!budget.take(delayMs)) {
        budget.refusedMs = delayMs
        for (const h of RETRY_HEADERS) response.headers.delete(h)
      }
      return response
    }
  }
}
