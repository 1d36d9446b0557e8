/**
 * Client construction in one place: every ARM client gets the same endpoint, token scope, retry settings, the bare-429
 * policy, the origin guard (the token goes to the ARM endpoint only, see origin-guard.ts) and one shared HTTP client
 * (one connection pool for the whole fan-out, not one per subscription). A new ARM client must take `clientOptions`.
 */
import { ServiceClient } from '@azure/core-client'
import { RestError, createDefaultHttpClient, createPipelineRequest } from '@azure/core-rest-pipeline'
import type { HttpClient, PipelinePolicy } from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/identity'
import type { CloudEndpoints } from './clouds.js'
import type { CredentialProvider } from './credentials.js'
import { isOffOriginError, originGuardPolicy } from './origin-guard.js'
import { ThrottleBudget, envNumber, throttleBudgetPolicy, throttleRetryPolicy } from './retry-policy.js'

export interface ArmContext {
  cloud: CloudEndpoints
  credentials: CredentialProvider
  httpClient: HttpClient
  throttlePolicy: PipelinePolicy
  /** Counts the SDK's own Retry-After waits against the throttle budget (see retry-policy.ts). */
  budgetPolicy: PipelinePolicy
  /** Refuses any request off the ARM endpoint's origin (LRO polls and nextLinks included). */
  originGuard: PipelinePolicy
  /** LRO poll interval (ms) when the service sends no Retry-After. */
  pollIntervalMs: number
  retryBaseMs: number
  /** Called on every retry of a bare 429, for debug logs. */
  onThrottle?: (url: string, delayMs: number) => void
}

export function createArmContext(cloud: CloudEndpoints, credentials: CredentialProvider, onThrottle?: (url: string, delayMs: number) => void): ArmContext {
  const retryBaseMs = envNumber('LPG_RETRY_BASE_MS', 1000)
  return {
    cloud,
    credentials,
    httpClient: createDefaultHttpClient(),
    throttlePolicy: throttleRetryPolicy({ baseDelayMs: retryBaseMs, onRetry: (i) => onThrottle?.(i.url, i.delayMs) }),
    budgetPolicy: throttleBudgetPolicy(),
    originGuard: originGuardPolicy({ endpoint: cloud.arm, service: 'ARM' }),
    // Deployments of a delegation take tens of seconds; polling every 5 s costs few requests and little latency.
    pollIntervalMs: envNumber('LPG_POLL_INTERVAL_MS', 5000),
    retryBaseMs,
    onThrottle
  }
}

/**
 * Options shared by the modular (rest-level) and classic (core-client) SDK clients. With `budget`, every request of
 * the client draws on that one throttle budget (a fan-out target's); without, each request has its own.
 */
export function clientOptions(ctx: ArmContext, budget?: ThrottleBudget) {
  const throttle = budget ? throttleRetryPolicy({ baseDelayMs: ctx.retryBaseMs, budget, onRetry: (i) => ctx.onThrottle?.(i.url, i.delayMs) }) : ctx.throttlePolicy
  return {
    endpoint: ctx.cloud.arm,
    // Modular clients read `credentials.scopes`, classic ones `credentialScopes`; both default to public Azure.
    credentials: { scopes: [ctx.cloud.armScope] },
    credentialScopes: [ctx.cloud.armScope],
    additionalPolicies: [
      { policy: throttle, position: 'perCall' as const },
      { policy: ctx.budgetPolicy, position: 'perRetry' as const },
      // perRetry = afterPhase "Sign": after the bearer token policy, on every attempt, just before the socket.
      { policy: ctx.originGuard, position: 'perRetry' as const }
    ],
    retryOptions: { maxRetries: 3, retryDelayInMs: ctx.retryBaseMs, maxRetryDelayInMs: Math.max(ctx.retryBaseMs * 64, 1) },
    httpClient: ctx.httpClient
  }
}

/** Plain ARM GETs for APIs without an SDK package (registration assignments, role definitions, subscriptions). */
export class ArmRest {
  private readonly client: ServiceClient

  constructor(
    private readonly ctx: ArmContext,
    credential: TokenCredential
  ) {
    const { endpoint, credentialScopes, additionalPolicies, retryOptions, httpClient } = clientOptions(ctx)
    this.client = new ServiceClient({ credential, endpoint, credentialScopes, additionalPolicies, retryOptions, httpClient })
  }

  async get<T = Record<string, unknown>>(pathOrUrl: string, abortSignal?: AbortSignal): Promise<T> {
    // A path goes to the ARM endpoint; an absolute link (a nextLink) is sent as it is, and the origin guard in the
    // pipeline refuses it when it names another host.
    const url = /^[a-z][a-z\d+.-]*:/i.test(pathOrUrl) ? pathOrUrl : `${this.ctx.cloud.arm}${pathOrUrl}`
    const response = await this.client.sendRequest(createPipelineRequest({ url, method: 'GET', abortSignal }))
    let body: unknown = undefined
    try {
      body = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined
    } catch {
      body = undefined
    }
    if (response.status >= 400) {
      const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error
      const e = new RestError(err?.message ?? `HTTP ${response.status}`, { code: err?.code, statusCode: response.status })
      ;(e as RestError & { details?: unknown }).details = body
      throw e
    }
    return body as T
  }

  /** Every item of a paged list, following nextLink. */
  async list<T>(path: string, abortSignal?: AbortSignal): Promise<T[]> {
    const out: T[] = []
    let next: string | undefined = path
    while (next) {
      let page: { value?: T[]; nextLink?: string }
      try {
        page = await this.get(next, abortSignal)
      } catch (e) {
        throw next !== path && isOffOriginError(e) ? e.as('a next link') : e
      }
      out.push(...(page.value ?? []))
      next = page.nextLink || undefined
    }
    return out
  }
}
