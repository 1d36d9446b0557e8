/**
 * A Microsoft Graph partner billing emulator over HTTPS (TEST-ONLY TLS from __tests__/fixtures/tls/), with a minimal
 * Entra token endpoint so tests drive the real ClientSecretCredential and the real Azure core pipeline.
 */
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { createGzip, gzipSync } from 'node:zlib'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const TLS_DIR = path.join(process.cwd(), '__tests__', 'fixtures', 'tls')

export interface EmulatedBlob {
  name: string
  /** Called per request, so a re-download gets the same lines again. */
  lines: () => Iterable<string>
}

export type Throttled = 'token' | 'export' | 'operation' | 'manifest' | 'blob'

export interface GraphEmulatorOptions {
  tenantId?: string
  clientId?: string
  clientSecret?: string
  blobs: EmulatedBlob[]
  /** inline: manifest in resourceLocation; link: resourceLocation is a URL string; odata: { "@odata.id": URL }. */
  manifest?: 'inline' | 'link' | 'odata'
  /** Statuses the operation walks through, one per poll; the last one sticks. */
  statuses?: string[]
  /** The operation's error when it ends `failed`. */
  error?: { code: string; message: string }
  /** Retry-After (seconds) on the 202 and on notStarted / running polls. */
  retryAfterSeconds?: number
  /** How many 429s (with Retry-After: throttleSeconds) each kind of request gets before it is served. */
  throttle?: Partial<Record<Throttled, number>>
  throttleSeconds?: number
  /** Answer the throttled requests with a bare 429 (no Retry-After), as Graph does now and then. */
  throttleWithoutRetryAfter?: boolean
  /** The first N exports get an expired SAS, refused after `expireAfterBlobs` blob downloads of that export. */
  expiredSasExports?: number
  expireAfterBlobs?: number
  /** Blob names whose first download breaks off half-way (a dropped connection). */
  breakOnce?: string[]
  /** Raw bytes instead of gzip, for blob-level faults. */
  rawBlob?: Record<string, Buffer>
  /** Answer the export with 403 Authorization_RequestDenied (no PartnerBilling.Read.All). */
  denyExport?: boolean
  /** Put the operation's Location on another origin (a token must never follow it). */
  locationOrigin?: string
  /** Put the manifest link (manifest: link / odata) on another origin. */
  manifestOrigin?: string
  /** Put the blobs (the manifest's rootDirectory) on another origin, as real exports do (Azure Blob Storage). */
  blobOrigin?: string
  /**
   * Also accept bearer tokens this says are valid: tokens issued by another emulator's Entra ID (the ARM emulator's),
   * for runs whose one authority host serves both ARM and Graph, as Entra ID does.
   */
  acceptToken?: (token: string) => boolean
  /**
   * The first `count` export POSTs answer `status` (default 503); with `started`, the export starts all the same (the
   * case that makes a blind retry start a second export).
   */
  failExportPosts?: { count: number; status?: number; started: boolean }
  /** Answer `GET …/billing/operations` (the collection) with 404, as a Graph that does not list it would. */
  noOperationsList?: boolean
}

export interface GraphEmulator {
  url: string
  authorityHost: string
  tenantId: string
  clientId: string
  clientSecret: string
  /** Everything the emulator saw, for assertions. */
  log: {
    exports: { path: string; body: Record<string, unknown> }[]
    polls: number
    pollTimes: number[]
    tokens: number
    unauthorized: number
    throttled: Partial<Record<Throttled, number>>
    blobRequests: string[]
    scopes: string[]
    /** GETs of the operations collection (the check before re-sending a failed export POST). */
    operationLists: number
  }
  close(): Promise<void>
}

interface ExportState {
  id: string
  createdDateTime: string
  polls: number
  blobsServed: number
  sasExpired: boolean
}

async function readBody(req: IncomingMessage): Promise<string> {
  let s = ''
  for await (const c of req) s += String(c)
  return s
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** Lines batched into ~64 KB chunks: one chunk per line would make the emulator, not the client, the bottleneck. */
function* batched(lines: Iterable<string>): Generator<string> {
  let buf = ''
  for (const l of lines) {
    buf += `${l}\n`
    if (buf.length >= 65_536) {
      yield buf
      buf = ''
    }
  }
  if (buf) yield buf
}

export async function startGraphEmulator(opts: GraphEmulatorOptions): Promise<GraphEmulator> {
  const tenantId = opts.tenantId ?? '11111111-2222-4333-8444-555555555555'
  const clientId = opts.clientId ?? 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
  const clientSecret = opts.clientSecret ?? 'test-only-secret'
  const statuses = opts.statuses ?? ['notStarted', 'running', 'succeeded']
  const tokens = new Set<string>()
  const exportsById = new Map<string, ExportState>()
  const throttleLeft: Partial<Record<Throttled, number>> = { ...opts.throttle }
  const broken = new Set<string>()
  const log: GraphEmulator['log'] = {
    exports: [],
    polls: 0,
    pollTimes: [],
    tokens: 0,
    unauthorized: 0,
    throttled: {},
    blobRequests: [],
    scopes: [],
    operationLists: 0
  }
  let base = ''

  const throttled = (kind: Throttled, res: ServerResponse): boolean => {
    if (!throttleLeft[kind]) return false
    throttleLeft[kind]--
    log.throttled[kind] = (log.throttled[kind] ?? 0) + 1
    json(res, 429, { error: { code: 'TooManyRequests', message: 'slow down' } }, opts.throttleWithoutRetryAfter ? {} : { 'retry-after': String(opts.throttleSeconds ?? 1) })
    return true
  }
  const authorized = (req: IncomingMessage, res: ServerResponse): boolean => {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
    if (m && (tokens.has(m[1]) || opts.acceptToken?.(m[1]))) return true
    log.unauthorized++
    json(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' } })
    return false
  }

  const manifestOf = (e: ExportState): Record<string, unknown> => ({
    '@odata.type': '#microsoft.graph.partners.billing.manifest',
    id: e.id,
    schemaVersion: '2',
    dataFormat: 'compressedJSON',
    partitionType: 'default',
    eTag: `"${e.id}"`,
    partnerTenantId: tenantId,
    rootDirectory: `${opts.blobOrigin ?? base}/blobs/${e.id}/`,
    sasToken: `sv=2020-10-02&st=2024-01-01T00%3A00%3A00Z&se=${e.sasExpired ? '2024-01-01T00%3A00%3A00Z' : '2099-01-01T00%3A00%3A00Z'}&sr=c&sp=rl&sig=SECRETSIGNATURE${e.id.slice(0, 4)}%3D`,
    blobCount: opts.blobs.length,
    blobs: opts.blobs.map((b, i) => ({ name: b.name, partitionValue: String(i) }))
  })

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', base)
    const p = url.pathname
    const method = req.method ?? 'GET'

    if (method === 'GET' && p === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      return json(res, 200, {
        token_endpoint: `${base}/${tenantId}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/${tenantId}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/${tenantId}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/${tenantId}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/${tenantId}/discovery/v2.0/keys`,
        issuer: `${base}/${tenantId}/v2.0`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        tenant_region_scope: 'EU'
      })
    }
    if (method === 'POST' && p === `/${tenantId}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(await readBody(req))
      if (throttled('token', res)) return
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
        return json(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' })
      }
      const token = `emu-${randomUUID()}`
      tokens.add(token)
      log.tokens++
      log.scopes.push(form.get('scope') ?? '')
      return json(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token })
    }

    const exp = /^\/v1\.0\/reports\/partners\/billing\/usage\/(unbilled|billed)\/export$/.exec(p)
    if (method === 'POST' && exp) {
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
      if (!authorized(req, res) || throttled('export', res)) return
      if (opts.denyExport) {
        return json(res, 403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } })
      }
      if (body.attributeSet !== 'full') return json(res, 400, { error: { code: 'BadRequest', message: 'attributeSet' } })
      log.exports.push({ path: p, body })
      const failing = opts.failExportPosts && log.exports.length <= opts.failExportPosts.count ? opts.failExportPosts : null
      if (failing && !failing.started) return json(res, failing.status ?? 503, { error: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable.' } })
      const e: ExportState = {
        id: randomUUID(),
        createdDateTime: new Date().toISOString(),
        polls: 0,
        blobsServed: 0,
        sasExpired: log.exports.length <= (opts.expiredSasExports ?? 0)
      }
      exportsById.set(e.id, e)
      // The export started, but the answer says otherwise (a gateway failing after the backend accepted the request).
      if (failing) return json(res, failing.status ?? 503, { error: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable.' } })
      res.writeHead(202, {
        location: `${opts.locationOrigin ?? base}/v1.0/reports/partners/billing/operations/${e.id}`,
        'retry-after': String(opts.retryAfterSeconds ?? 0)
      })
      return void res.end()
    }

    if (method === 'GET' && p === '/v1.0/reports/partners/billing/operations') {
      if (!authorized(req, res) || throttled('operation', res)) return
      log.operationLists++
      if (opts.noOperationsList) return json(res, 404, { error: { code: 'UnknownError', message: 'No HTTP resource was found that matches the request URI.' } })
      const value = [...exportsById.values()].map((e) => ({
        '@odata.type': '#microsoft.graph.partners.billing.runningOperation',
        id: e.id,
        createdDateTime: e.createdDateTime,
        lastActionDateTime: e.createdDateTime,
        status: statuses[Math.min(e.polls, statuses.length - 1)]
      }))
      return json(res, 200, { '@odata.context': `${base}/v1.0/$metadata#reports/partners/billing/operations`, value })
    }
    const op = /^\/v1\.0\/reports\/partners\/billing\/operations\/([\w-]+)$/.exec(p)
    if (method === 'GET' && op) {
      if (!authorized(req, res) || throttled('operation', res)) return
      const e = exportsById.get(op[1])
      if (!e) return json(res, 404, { error: { code: 'NotFound', message: 'no such operation' } })
      log.polls++
      log.pollTimes.push(Date.now())
      const status = statuses[Math.min(e.polls++, statuses.length - 1)]
      const now = new Date().toISOString()
      const body: Record<string, unknown> = {
        '@odata.type': '#microsoft.graph.partners.billing.exportSuccessOperation',
        id: e.id,
        createdDateTime: now,
        lastActionDateTime: now,
        status
      }
      if (status === 'failed') body.error = opts.error ?? { code: 'InternalError', message: 'export failed' }
      if (status === 'succeeded' || status === 'completed') {
        const link = `${opts.manifestOrigin ?? base}/v1.0/reports/partners/billing/manifests/${e.id}`
        body.resourceLocation =
          opts.manifest === 'link' ? link : opts.manifest === 'odata' ? { '@odata.id': link } : manifestOf(e)
      }
      const headers: Record<string, string> =
        status === 'notStarted' || status === 'running' ? { 'retry-after': String(opts.retryAfterSeconds ?? 0) } : {}
      return json(res, 200, body, headers)
    }

    const man = /^\/v1\.0\/reports\/partners\/billing\/manifests\/([\w-]+)$/.exec(p)
    if (method === 'GET' && man) {
      if (!authorized(req, res) || throttled('manifest', res)) return
      const e = exportsById.get(man[1])
      if (!e) return json(res, 404, { error: { code: 'NotFound', message: 'no such manifest' } })
      return json(res, 200, manifestOf(e))
    }

    const blob = /^\/blobs\/([\w-]+)\/(.+)$/.exec(p)
    if (method === 'GET' && blob) {
      const e = exportsById.get(blob[1])
      const spec = opts.blobs.find((b) => b.name === decodeURIComponent(blob[2]))
      log.blobRequests.push(decodeURIComponent(blob[2]))
      // Blob storage takes no bearer token: the SAS is the credential.
      if (!e || !url.searchParams.get('sig')?.startsWith('SECRETSIGNATURE') || req.headers.authorization) {
        res.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed', 'content-type': 'application/xml' })
        return void res.end('<?xml version="1.0"?><Error><Code>AuthenticationFailed</Code><Message>Signature did not match.</Message></Error>')
      }
      if (e.sasExpired && e.blobsServed >= (opts.expireAfterBlobs ?? 0)) {
        res.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed', 'content-type': 'application/xml' })
        return void res.end(
          '<?xml version="1.0"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Signed expiry time [Mon, 01 Jan 2024 00:00:00 GMT] must be after signed start time.</Message></Error>'
        )
      }
      if (!spec) {
        res.writeHead(404, { 'x-ms-error-code': 'BlobNotFound' })
        return void res.end()
      }
      if (throttled('blob', res)) return
      e.blobsServed++
      if (opts.rawBlob?.[spec.name]) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' })
        return void res.end(opts.rawBlob[spec.name])
      }
      if (opts.breakOnce?.includes(spec.name) && !broken.has(spec.name)) {
        broken.add(spec.name)
        const whole = gzipSync([...batched(spec.lines())].join(''))
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(whole.length) })
        res.write(whole.subarray(0, Math.floor(whole.length / 2)))
        setTimeout(() => res.socket?.destroy(), 20)
        return
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      await pipeline(Readable.from(batched(spec.lines())), createGzip({ level: 1 }), res).catch(() => {})
      return
    }
    json(res, 404, { error: { code: 'NotFound', message: `${method} ${p}` } })
  }

  const server = https.createServer(
    { key: readFileSync(path.join(TLS_DIR, 'server.key')), cert: readFileSync(path.join(TLS_DIR, 'server.pem')) },
    (req, res) => {
      handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) json(res, 500, { error: { code: 'EmulatorError', message: String(e) } })
        else res.destroy()
      })
    }
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    authorityHost: base,
    tenantId,
    clientId,
    clientSecret,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
