/**
 * The Microsoft Graph partner billing export: POST export → 202 + Location → poll the operation by Retry-After →
 * manifest (inline or linked). Requests go through the Azure core pipeline so 429/503 Retry-After and transient
 * failures are retried the way every Azure SDK does.
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
import { throttleRetryPolicy } from '../azure/retry-policy.js'
import { assertSameOrigin, originGuardPolicy } from '../azure/origin-guard.js'

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
  private readonly http: HttpClient = createDefaultHttpClient()

  constructor(private readonly o: GraphClientOptions) {
    const base = new URL(o.graphEndpoint || DEFAULT_GRAPH_ENDPOINT)
    // The bearer token must never travel in clear text, and blob SAS links must not either.
    if (base.protocol !== 'https:') throw new GraphError(`graph-endpoint must be https: ${base.origin}`)
    this.origin = base.origin
    this.pipeline = createPipelineFromOptions({
      userAgentOptions: { userAgentPrefix: 'lighthouse-pec-guard' },
      ...o.pipelineOptions
    })
    // The SDK retries a 429 only when it says how long to wait; Graph sends bare ones too under load.
    this.pipeline.addPolicy(throttleRetryPolicy())
    this.pipeline.addPolicy(
      bearerTokenAuthenticationPolicy({ credential: o.credential, scopes: `${this.origin}/.default` })
    )
    // After signing, before sending: nothing this pipeline sends leaves the Graph endpoint (see origin-guard.ts).
    this.pipeline.addPolicy(originGuardPolicy({ endpoint: this.origin, service: GRAPH }), { afterPhase: 'Sign' })
  }

  /** Runs one export to completion and returns its manifest. */
  async export(req: ExportRequest, signal: AbortSignal): Promise<Manifest> {
    const billed = !!req.invoiceId
    const path = `/v1.0/reports/partners/billing/usage/${billed ? 'billed' : 'unbilled'}/export`
    // attributeSet "full": the basic set has no PartnerEarnedCreditPercentage column.
    const body = billed
      ? { invoiceId: req.invoiceId, attributeSet: 'full' }
      : { currencyCode: req.currency || 'USD', billingPeriod: req.billingPeriod, attributeSet: 'full' }
    const started = await this.send('POST', `${this.origin}${path}`, signal, body)
    if (started.status !== 202 && started.status !== 200 && started.status !== 201) {
      throw this.failure('starting the billing export', started)
    }
    const location = started.headers.get('location') ?? started.headers.get('operation-location')
    if (!location) throw new GraphError(`the billing export answered ${started.status} without a Location header`)
    const opUrl = this.sameOrigin(location, 'an operation link')
    this.o.log.info(`Billing export started (${billed ? `invoice ${req.invoiceId}` : `unbilled, ${req.billingPeriod}`}).`)
    return this.poll(opUrl, retryAfterMs(started), signal)
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

  private async send(method: 'GET' | 'POST', url: string, signal: AbortSignal, body?: unknown): Promise<PipelineResponse> {
    const request = createPipelineRequest({
      url,
      method,
      abortSignal: signal,
      headers: createHttpHeaders(body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    this.o.log.debug(`${method} ${url}`)
    return this.pipeline.sendRequest(this.http, request)
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
