/**
 * Retrying 429 responses the SDK gives up on. The SDK's throttling policy honours Retry-After / retry-after-ms /
 * x-ms-retry-after-ms for three retries and returns a bare 429 at once, yet ARM and its resource providers do answer
 * bare 429s under load, and a fan-out of hundreds of targets meets a fourth consecutive 429 now and then. Added
 * `perCall` so it wraps the SDK's own retry phase: each attempt here goes back through it and through signing with a
 * fresh token. Bare 429s back off exponentially with full jitter; a 429 that still carries a retry header waits as the
 * header says.
 */
import { isRestError } from '@azure/core-rest-pipeline'
import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline'
import { sleep } from '../shared/sleep.js'

export interface ThrottleRetryOptions {
  /** Retries after the first attempt (default 6). */
  maxRetries?: number
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
  return {
    name: THROTTLE_RETRY_POLICY_NAME,
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
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
        if (response.status !== 429 || attempt >= maxRetries) return response
        const delayMs = retryHeaderDelay(response) ?? backoffDelay(attempt, base, cap, options.random)
        options.onRetry?.({ attempt: attempt + 1, delayMs, url: request.url })
        await sleep(delayMs, request.abortSignal)
      }
    }
  }
}
