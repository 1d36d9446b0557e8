/**
 * The Microsoft Graph partner billing export: POST export → 202 + Location → poll the operation by Retry-After →
 * manifest (inline or linked). Requests go through the Azure core pipeline so 429/503 Retry-After and transient
 * failures are retried the way every Azure SDK does — except the export POST, which is not idempotent: on a 5xx or a
 * dropped connection it is sent again only when Graph's operations show that no export started.
 */
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpClient,
  type Pipeline,
  type PipelineOptions,
  type PipelineResponse
} from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/core-auth'
import { sleep } from '../shared/sleep.js'
import { THROTTLE_BUDGET_CODE, throttleBudgetPolicy, throttleRetryPolicy } from '../azure/retry-policy.js'
import { assertSameOrigin, isOffOriginError, originGuardPolicy } from '../azure/origin-guard.js'
import { describeError } from '../azure/errors.js'

export const DEFAULT_GRAPH_ENDPOINT = 'https://graph.microsoft.com'
const GRAPH = 'Microsoft Graph'
/** A Retry-After beyond this is treated as this, so a bad header cannot stall a run until its overall timeout. */
const MAX_POLL_WAIT_MS = 300_000

export interface Manifest {
  id?: string
  rootDirectory: string
  sasToken: string
  blobs: { name: string; partitionValue?: string }[]
  blobCount?: number
  dataFormat?: string
  eTag?: string
}

export interface ExportRequest {
  billingPeriod: 'current' | 'last'
  invoiceId?: string
  /** ISO 4217 code; the unbilled export is per currency. */
  currency?: string
}

export class GraphError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'GraphError'
  }
}

export interface GraphClientOptions {
  credential: TokenCredential
  graphEndpoint?: string
  pipelineOptions?: PipelineOptions
  pollIntervalMs: number
  log: { info(m: string): void; debug(m: string): void }
}

export class GraphBillingClient {
  private readonly origin: string
  private readonly pipeline: Pipeline
  /** For the export POST: no retry on 5xx or a dropped connection (a second POST may start a second export). */
  private readonly postPipeline: Pipeline
  private readonly http: HttpClient = createDefaultHttpClient()
  private readonly credential: TokenCredential

  constructor(private readonly o: GraphClientOptions) {
    const base = new URL(o.graphEndpoint || DEFAULT_GRAPH_ENDPOINT)
    // The bearer token must never travel in clear text, and blob SAS links must not either.
    if (base.protocol !== 'https:') throw new GraphError(`graph-endpoint must be https: ${base.origin}`)
    this.origin = base.origin
    this.credential = markingSignInErrors(o.credential)
    this.pipeline = this.buildPipeline()
    // maxRetries 0 switches off the SDK's retries (5xx, network errors and Retry-After alike); a 429 is still retried
    // by throttleRetryPolicy, since a throttled request was refused and starts nothing.
    this.postPipeline = this.buildPipeline({ maxRetries: 0 })
  }

  private buildPipeline(retryOptions?: PipelineOptions['retryOptions']): Pipeline {
    const pipeline = createPipelineFromOptions({
      userAgentOptions: { userAgentPrefix: 'lighthouse-pec-guard' },
      ...this.o.pipelineOptions,
      ...(retryOptions ? { retryOptions } : {})
    })
    // The SDK retries a 429 only when it says how long to wait; Graph sends bare ones too under load.
    pipeline.addPolicy(throttleRetryPolicy({ service: GRAPH }))
    // The SDK's own Retry-After waits count against the same per-request budget.
    pipeline.addPolicy(throttleBudgetPolicy(), { afterPhase: 'Retry' })
    pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: this.credential, scopes: `${this.origin}/.default` }))
    // After signing, before sending: nothing this pipeline sends leaves the Graph endpoint (see origin-guard.ts).
    pipeline.addPolicy(originGuardPolicy({ endpoint: this.origin, service: GRAPH }), { afterPhase: 'Sign' })
    return pipeline
  }

  /** Runs one export to completion and returns its manifest. */
  async export(req: ExportRequest, signal: AbortSignal): Promise<Manifest> {
    const billed = !!req.invoiceId
    const path = `/v1.0/reports/partners/billing/usage/${billed ? 'billed' : 'unbilled'}/export`
    // attributeSet "full": the basic set has no PartnerEarnedCreditPercentage column.
    const body = billed
      ? { invoiceId: req.invoiceId, attributeSet: 'full' }
      : { currencyCode: req.currency || 'USD', billingPeriod: req.billingPeriod, attributeSet: 'full' }
    const what = billed ? `invoice ${req.invoiceId}` : `unbilled, ${req.billingPeriod}`
    for (let attempt = 1; ; attempt++) {
      const sentAt = Date.now()
      let started: PipelineResponse | null = null
      let failure: unknown = null
      try {
        started = await this.send('POST', `${this.origin}${path}`, signal, body, this.postPipeline)
      } catch (e) {
        if (signal.aborted || (e as { name?: string }).name === 'AbortError' || isOffOriginError(e) || (e as { code?: string }).code === THROTTLE_BUDGET_CODE) throw e
        // The token was refused before anything was sent: no export can have started, and the cause is the sign-in.
        if (e instanceof SignInError) throw new GraphError(`Sign-in to Microsoft Graph failed: ${describeError(e.original)}`)
        failure = e
      }
      if (started && started.status < 500) {
        if (started.status !== 202 && started.status !== 200 && started.status !== 201) throw this.failure('starting the billing export', started)
        const location = started.headers.get('location') ?? started.headers.get('operation-location')
        if (!location) throw new GraphError(`the billing export answered ${started.status} without a Location header`)
        const opUrl = this.sameOrigin(location, 'an operation link')
        this.o.log.info(`Billing export started (${what}).`)
        return this.poll(opUrl, retryAfterMs(started), signal)
      }
      // 5xx or no answer: the export may have started anyway. Re-send only when Graph shows none did.
      const cause = started ? `HTTP ${started.status}` : `no answer (${firstLine(failure)})`
      const check = await this.exportStartedSince(sentAt, signal)
      if (check.kind === 'one') {
        this.o.log.info(`The billing export request got ${cause}, but an export started then: following it (${what}).`)
        return this.poll(`${this.origin}/v1.0/reports/partners/billing/operations/${encodeURIComponent(check.id)}`, null, signal)
      }
      if (check.kind === 'none' && attempt < EXPORT_POST_ATTEMPTS) {
        this.o.log.info(`The billing export request got ${cause} and no export started: sending it again (${attempt}/${EXPORT_POST_ATTEMPTS - 1}).`)
        await sleep(this.delay(null) * attempt, signal)
        continue
      }
      const why =
        check.kind === 'none'
          ? `after ${attempt} attempts`
          : check.kind === 'several'
            ? `not sent again: ${check.count} exports started since, and none can be told to be this one`
            : `not sent again: a second request could start a second export, and the export operations could not be listed to check for one already started (${check.reason})`
      throw new GraphError(`starting the billing export: ${cause}, ${why}. Re-run the report.`, started?.status)
    }
  }

  /**
   * The export operations Graph created since `sentAt` (less a minute for clock skew): the documented operation
   * resource has only get-by-ID, but Graph's metadata exposes the collection (the SDKs list it); where Graph refuses
   * the list, the answer is "unknown" and the POST is not sent again.
   */
  private async exportStartedSince(sentAt: number, signal: AbortSignal): Promise<{ kind: 'one'; id: string } | { kind: 'none' } | { kind: 'several'; count: number } | { kind: 'unknown'; reason: string }> {
    try {
      const res = await this.send('GET', `${this.origin}/v1.0/reports/partners/billing/operations`, signal)
      if (res.status !== 200) return { kind: 'unknown', reason: `HTTP ${res.status}` }
      const value = parseJson(res.bodyAsText).value
      if (!Array.isArray(value)) return { kind: 'unknown', reason: 'no list in the answer' }
      const since = sentAt - CLOCK_SKEW_MS
      const recent = value.filter((op): op is { id: string } => {
        const o = op as { id?: unknown; createdDateTime?: unknown; status?: unknown }
        const created = typeof o.createdDateTime === 'string' ? Date.parse(o.createdDateTime) : Number.NaN
        return typeof o.id === 'string' && Number.isFinite(created) && created >= since && String(o.status ?? '').toLowerCase() !== 'failed'
      })
      if (recent.length === 0) return { kind: 'none' }
      if (recent.length === 1) return { kind: 'one', id: recent[0]!.id }
      return { kind: 'several', count: recent.length }
    } catch (e) {
      if (signal.aborted) throw e
      return { kind: 'unknown', reason: firstLine(e) }
    }
  }

  private async poll(opUrl: string, firstWait: number | null, signal: AbortSignal): Promise<Manifest> {
    let wait = firstWait
    let last = ''
    for (;;) {
      await sleep(this.delay(wait), signal)
      const res = await this.send('GET', opUrl, signal)
      if (res.status !== 200) throw this.failure('reading the export operation', res)
      const op = parseJson(res.bodyAsText)
      const status = String(op.status ?? '')
      if (status !== last) this.o.log.info(`Billing export operation: ${status || '(no status)'}.`)
      last = status
      switch (status.toLowerCase()) {
        case 'succeeded':
        case 'completed':
          return this.manifestOf(op, signal)
        case 'failed':
          throw new GraphError(`the billing export failed: ${errorText(op.error) ?? 'no error given'}`)
        case 'notstarted':
        case 'running':
          wait = retryAfterMs(res)
          continue
        default:
          throw new GraphError(`the billing export operation has an unknown status "${status}"`)
      }
    }
  }

  private delay(retryAfter: number | null): number {
    // pollIntervalMs is both the default and a floor: never poll faster than asked, even on Retry-After: 0.
    return Math.min(Math.max(retryAfter ?? 0, this.o.pollIntervalMs), MAX_POLL_WAIT_MS)
  }

  /** The manifest is inline in resourceLocation, or a link (string or @odata object) to …/manifests/{id}. */
  private async manifestOf(op: Record<string, unknown>, signal: AbortSignal): Promise<Manifest> {
    const loc = op.resourceLocation ?? op['resourceLocation@odata.navigationLink']
    if (isManifest(loc)) return loc
    const link =
      typeof loc === 'string'
        ? loc
        : loc && typeof loc === 'object'
          ? firstString(loc as Record<string, unknown>, ['@odata.id', '@odata.navigationLink', '@odata.readLink', 'url', 'href'])
          : null
    if (!link) throw new GraphError('the billing export succeeded without a manifest (resourceLocation)')
    const res = await this.send('GET', this.sameOrigin(link, 'a manifest link'), signal)
    if (res.status !== 200) throw this.failure('reading the export manifest', res)
    const m = parseJson(res.bodyAsText)
    if (!isManifest(m)) throw new GraphError('the export manifest has no rootDirectory, sasToken and blobs')
    return m
  }

  /**
   * The link resolved against the export's base, refused before any wait when it leaves the Graph endpoint (the
   * pipeline's origin guard would refuse it too, but only once the first poll is due).
   */
  private sameOrigin(link: string, what: string): string {
    let url: string
    try {
      url = new URL(link, `${this.origin}/v1.0/reports/partners/billing/`).href
    } catch {
      throw new GraphError(`${GRAPH} answered with ${what} that is not a URL`)
    }
    assertSameOrigin(url, this.origin, GRAPH, what)
    return url
  }

  private async send(method: 'GET' | 'POST', url: string, signal: AbortSignal, body?: unknown, pipeline = this.pipeline): Promise<PipelineResponse> {
    const request = createPipelineRequest({
      url,
      method,
      abortSignal: signal,
      headers: createHttpHeaders(body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    this.o.log.debug(`${method} ${url}`)
    return pipeline.sendRequest(this.http, request)
  }

  private failure(doing: string, res: PipelineResponse): GraphError {
    const detail = errorText(safeJson(res.bodyAsText)?.error) ?? (res.bodyAsText ?? '').slice(0, 300)
    const hint =
      res.status === 401 || res.status === 403
        ? ' (the app needs the PartnerBilling.Read.All permission, admin-consented, in the partner tenant)'
        : ''
    return new GraphError(`${doing}: HTTP ${res.status}${detail ? `: ${detail}` : ''}${hint}`, res.status)
  }
}

/** Export POSTs sent at most, each only after Graph showed that the one before started nothing. */
const EXPORT_POST_ATTEMPTS = 3
/** How far Graph's clock may be behind ours when telling an export started by this run from older ones. */
const CLOCK_SKEW_MS = 60_000

/** A token the credential refused: the request it was for was never sent. */
class SignInError extends Error {
  constructor(readonly original: unknown) {
    super(firstLine(original))
    this.name = 'SignInError'
  }
}

function markingSignInErrors(credential: TokenCredential): TokenCredential {
  return {
    async getToken(scopes, options) {
      try {
        return await credential.getToken(scopes, options)
      } catch (e) {
        if (options?.abortSignal?.aborted) throw e
        throw new SignInError(e)
      }
    }
  }
}

function firstLine(e: unknown): string {
  return String((e as { message?: unknown })?.message ?? e).split(/\r?\n/)[0]!.slice(0, 300)
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(res: PipelineResponse): number | null {
  const v = res.headers.get('retry-after')
  if (!v) return null
  const s = Number(v)
  if (Number.isFinite(s)) return Math.max(0, s * 1000)
  const t = Date.parse(v)
  return Number.isNaN(t) ? null : Math.max(0, t - Date.now())
}

function isManifest(v: unknown): v is Manifest {
  if (!v || typeof v !== 'object') return false
  const m = v as Record<string, unknown>
  return typeof m.rootDirectory === 'string' && typeof m.sasToken === 'string' && Array.isArray(m.blobs)
}

function firstString(o: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) if (typeof o[k] === 'string') return o[k] as string
  return null
}

function safeJson(text: string | null | undefined): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text ?? '')
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

function parseJson(text: string | null | undefined): Record<string, unknown> {
  const v = safeJson(text)
  if (!v) throw new GraphError('Microsoft Graph answered with something that is not a JSON object')
  return v
}

function errorText(e: unknown): string | null {
  if (!e) return null
  if (typeof e === 'string') return e
  if (typeof e === 'object') {
    const o = e as Record<string, unknown>
    const msg = typeof o.message === 'string' ? o.message : null
    const code = typeof o.code === 'string' ? o.code : null
    return [code, msg].filter(Boolean).join(': ') || JSON.stringify(e).slice(0, 300)
  }
  return String(e)
}
