/**
 * An HTTPS emulator of Azure Resource Manager and Entra ID, faithful to the wire shapes the SDK clients read:
 * token endpoint, deployments (PUT with Azure-AsyncOperation, validate, whatIf with a Location LRO, operations),
 * Lighthouse registration definitions / assignments kept from what was deployed, Microsoft.ManagementPartner,
 * role definitions and the subscriptions list. Tokens are checked on every ARM route.
 *
 * A hostile or misconfigured ARM is one state change away: `pollOrigins` / `nextLinkOrigins` put the status-monitor
 * links and the nextLinks it hands out on another origin (a second server standing in for the attacker's host), with
 * `asyncHeader` choosing which LRO header a deployment PUT answers with.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Faults } from './faults.js'
import { makeJwt, readJwt } from './tokens.js'
import { delegationsOf } from './template.js'

const TLS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tls')

export interface EmulatorApp {
  clientId: string
  /** Object ID of the app's service principal, per tenant (multi-tenant apps have one per tenant). */
  objectIds: Record<string, string>
  /** Accepted client secret; client assertions are accepted when not expired. */
  secret?: string
}

export interface EmulatorSubscription {
  subscriptionId: string
  tenantId: string
  displayName?: string
}

export interface ErrorInfo {
  code: string
  message: string
  details?: ErrorInfo[]
}

export interface PartnerLink {
  partnerId: string
  partnerName: string
  state: 'Active' | 'Deleted'
  createdTime: string
  updatedTime: string
  etag: number
}

export interface StoredDeployment {
  subscriptionId: string
  name: string
  body: Record<string, unknown>
  state: 'Accepted' | 'Running' | 'Succeeded' | 'Failed'
  startedAt: number
  latencyMs: number
  error: ErrorInfo | null
  puts: number
}

export interface RoleDefinitionSeed {
  id: string
  roleName: string
  roleType: 'BuiltInRole' | 'CustomRole'
  actions: string[]
  dataActions: string[]
}

export interface EmulatorOptions {
  apps?: EmulatorApp[]
  subscriptions?: EmulatorSubscription[]
  /** How long a deployment / what-if stays Running (default 50 ms). */
  lroLatencyMs?: number
  /** Retry-After (seconds) on LRO status responses; default none, so the client's own poll interval applies. */
  pollRetryAfter?: string
  /** Lifetime of issued access tokens (default 3600 s). */
  tokenLifetimeSeconds?: number
  /** Answer every request this much later (ms). */
  latencyMs?: number
}

export interface RequestRecord {
  method: string
  path: string
  status: number
  tenant: string | null
  /** Present for ARM calls: the Authorization header's token. */
  token: string | null
  /** Date.now() when the request arrived and when its answer finished. */
  at: number
  doneAt: number
}

export interface EmulatorState {
  apps: EmulatorApp[]
  subscriptions: EmulatorSubscription[]
  deployments: Map<string, StoredDeployment>
  /** key `${sub}/${definitionName}` */
  registrationDefinitions: Map<string, { subscriptionId: string; name: string; properties: Record<string, unknown> }>
  registrationAssignments: Map<string, { subscriptionId: string; name: string; definitionName: string }>
  /** key `${tenantId}/${objectId}` */
  partnerLinks: Map<string, PartnerLink>
  roleDefinitions: Map<string, RoleDefinitionSeed>
  /** Deployments that fail, by subscription: the inner error the operations list carries. */
  failDeployments: Map<string, ErrorInfo>
  /** Preflight errors by subscription (validate answers 400). */
  validationErrors: Map<string, ErrorInfo>
  /** Per subscription LRO latency override. */
  latencyBySubscription: Map<string, number>
  /** Origin of the LRO status links handed out, by subscription ('*' for all); default this emulator. */
  pollOrigins: Map<string, string>
  /** Origin of the nextLinks handed out (deployment operations by subscription, '/subscriptions' under '*'). */
  nextLinkOrigins: Map<string, string>
  /** The header a deployment PUT names its status monitor in (ARM uses Azure-AsyncOperation). */
  asyncHeader: 'azure-asyncoperation' | 'operation-location' | 'location'
  /** validate answers 202 + Location and is polled (newer api-versions), instead of 200 at once. */
  validateAsync: boolean
  issuedTokens: Map<string, { tid: string; oid: string; exp: number }>
  /** Client assertions received, in order (for OIDC renewal tests). */
  assertions: string[]
  inFlight: number
  peakInFlight: number
  activeDeployments: number
  peakActiveDeployments: number
  lroLatencyMs: number
  tokenLifetimeSeconds: number
}

export interface AzureEmulator {
  url: string
  authorityHost: string
  state: EmulatorState
  faults: Faults
  requests: RequestRecord[]
  /** Issue a valid ARM token directly (for a fake `az` CLI). */
  issueToken(tenantId: string, objectId: string, lifetimeSeconds?: number): string
  /** Store a delegation as if deployed earlier (for audit tests). */
  seedDelegation(subscriptionId: string, properties: Record<string, unknown>, name?: string): void
  close(): Promise<void>
}

export const ROLE = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  supportRequestContributor: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e',
  logAnalyticsContributor: '92aaf0da-9dab-42b6-94a3-d43ce8d16293',
  registrationDelete: '91c1777a-f3dc-4fae-b103-61d183457e46'
} as const

function seedRoles(): Map<string, RoleDefinitionSeed> {
  const roles: RoleDefinitionSeed[] = [
    { id: ROLE.owner, roleName: 'Owner', roleType: 'BuiltInRole', actions: ['*'], dataActions: [] },
    { id: ROLE.contributor, roleName: 'Contributor', roleType: 'BuiltInRole', actions: ['*'], dataActions: [] },
    { id: ROLE.reader, roleName: 'Reader', roleType: 'BuiltInRole', actions: ['*/read'], dataActions: [] },
    { id: ROLE.supportRequestContributor, roleName: 'Support Request Contributor', roleType: 'BuiltInRole', actions: ['Microsoft.Support/*'], dataActions: [] },
    { id: ROLE.logAnalyticsContributor, roleName: 'Log Analytics Contributor', roleType: 'BuiltInRole', actions: ['Microsoft.OperationalInsights/*'], dataActions: ['Microsoft.OperationalInsights/workspaces/tables/data/read'] },
    { id: ROLE.registrationDelete, roleName: 'Managed Services Registration assignment Delete Role', roleType: 'BuiltInRole', actions: ['Microsoft.ManagedServices/registrationAssignments/delete'], dataActions: [] }
  ]
  return new Map(roles.map((r) => [r.id, r]))
}

const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void => {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': randomUUID(), ...headers })
  res.end(text)
}
const armError = (res: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>): void =>
  send(res, status, { error: { code, message } }, headers)

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startAzureEmulator(options: EmulatorOptions = {}): Promise<AzureEmulator> {
  const faults = new Faults()
  const requests: RequestRecord[] = []
  const state: EmulatorState = {
    apps: options.apps ?? [],
    subscriptions: options.subscriptions ?? [],
    deployments: new Map(),
    registrationDefinitions: new Map(),
    registrationAssignments: new Map(),
    partnerLinks: new Map(),
    roleDefinitions: seedRoles(),
    failDeployments: new Map(),
    validationErrors: new Map(),
    latencyBySubscription: new Map(),
    pollOrigins: new Map(),
    nextLinkOrigins: new Map(),
    asyncHeader: 'azure-asyncoperation',
    validateAsync: false,
    issuedTokens: new Map(),
    assertions: [],
    inFlight: 0,
    peakInFlight: 0,
    activeDeployments: 0,
    peakActiveDeployments: 0,
    lroLatencyMs: options.lroLatencyMs ?? 50,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600
  }
  let base = ''

  const issueToken = (tid: string, oid: string, lifetime = state.tokenLifetimeSeconds): string => {
    const now = Math.floor(Date.now() / 1000)
    const exp = now + lifetime
    const token = makeJwt({ aud: 'https://management.azure.com', iss: `https://sts.windows.net/${tid}/`, tid, oid, iat: now, nbf: now, exp })
    state.issuedTokens.set(token, { tid, oid, exp })
    return token
  }

  const pollOrigin = (sub: string): string => state.pollOrigins.get(sub) ?? state.pollOrigins.get('*') ?? base
  const nextLinkOrigin = (sub: string): string => state.nextLinkOrigins.get(sub) ?? state.nextLinkOrigins.get('*') ?? base

  const subOf = (id: string) => state.subscriptions.find((s) => s.subscriptionId.toLowerCase() === id.toLowerCase())

  /** Managing tenants with a delegation on the subscription (Lighthouse projection). */
  const managingTenants = (sub: string): string[] => {
    const out = new Set<string>()
    for (const a of state.registrationAssignments.values()) {
      if (a.subscriptionId !== sub) continue
      const def = state.registrationDefinitions.get(`${sub}/${a.definitionName}`)
      const t = def?.properties.managedByTenantId
      if (typeof t === 'string') out.add(t.toLowerCase())
    }
    return [...out]
  }

  const canAccess = (tid: string, sub: string): boolean => {
    const s = subOf(sub)
    if (!s) return true // unknown subscriptions behave as the caller's own
    return s.tenantId.toLowerCase() === tid.toLowerCase() || managingTenants(sub).includes(tid.toLowerCase())
  }

  function seedDelegation(subscriptionId: string, properties: Record<string, unknown>, name = randomUUID()): void {
    state.registrationDefinitions.set(`${subscriptionId}/${name}`, { subscriptionId, name, properties })
    state.registrationAssignments.set(`${subscriptionId}/${name}`, { subscriptionId, name: randomUUID(), definitionName: name })
  }

  function applyTemplate(d: StoredDeployment): void {
    const props = (d.body.properties ?? {}) as Record<string, unknown>
    const found = delegationsOf((props.template ?? {}) as Record<string, unknown>, (props.parameters ?? {}) as Record<string, { value?: unknown }>, d.subscriptionId)
    for (const x of found) {
      state.registrationDefinitions.set(`${d.subscriptionId}/${x.definitionName}`, { subscriptionId: d.subscriptionId, name: x.definitionName, properties: x.properties })
      if (x.assignmentName) {
        state.registrationAssignments.set(`${d.subscriptionId}/${x.assignmentName}`, { subscriptionId: d.subscriptionId, name: x.assignmentName, definitionName: x.definitionName })
      }
    }
  }

  /** Moves a deployment along its life according to the clock, applying its effects once. */
  function advance(d: StoredDeployment): void {
    if (d.state === 'Succeeded' || d.state === 'Failed') return
    if (Date.now() - d.startedAt < d.latencyMs) {
      d.state = 'Running'
      return
    }
    state.activeDeployments--
    const failure = state.failDeployments.get(d.subscriptionId)
    if (failure) {
      d.state = 'Failed'
      d.error = { code: 'DeploymentFailed', message: 'At least one resource deployment operation failed. Please list deployment operations for details.', details: [failure] }
    } else {
      d.state = 'Succeeded'
      applyTemplate(d)
    }
  }

  const deploymentJson = (d: StoredDeployment) => ({
    id: `/subscriptions/${d.subscriptionId}/providers/Microsoft.Resources/deployments/${d.name}`,
    name: d.name,
    type: 'Microsoft.Resources/deployments',
    location: d.body.location,
    properties: {
      provisioningState: d.state,
      mode: 'Incremental',
      timestamp: new Date().toISOString(),
      correlationId: randomUUID(),
      ...(d.error ? { error: d.error } : {})
    }
  })

  const whatIfJobs = new Map<string, { startedAt: number; latencyMs: number; result: unknown }>()

  function whatIfChanges(sub: string, body: Record<string, unknown>): unknown[] {
    const props = (body.properties ?? {}) as Record<string, unknown>
    const found = delegationsOf((props.template ?? {}) as Record<string, unknown>, (props.parameters ?? {}) as Record<string, { value?: unknown }>, sub)
    const changes: unknown[] = []
    for (const x of found) {
      const existing = state.registrationDefinitions.get(`${sub}/${x.definitionName}`)
      const id = `/subscriptions/${sub}/providers/Microsoft.ManagedServices/registrationDefinitions/${x.definitionName}`
      const after = { id, name: x.definitionName, type: 'Microsoft.ManagedServices/registrationDefinitions', properties: x.properties }
      if (!existing) changes.push({ resourceId: id, changeType: 'Create', after })
      else if (JSON.stringify(existing.properties) === JSON.stringify(x.properties)) changes.push({ resourceId: id, changeType: 'NoChange', before: after, after })
      else {
        changes.push({
          resourceId: id,
          changeType: 'Modify',
          before: { id, properties: existing.properties },
          after,
          delta: [{ path: 'properties.authorizations', propertyChangeType: 'Modify', before: existing.properties.authorizations, after: x.properties.authorizations }]
        })
      }
      if (x.assignmentName) {
        const aid = `/subscriptions/${sub}/providers/Microsoft.ManagedServices/registrationAssignments/${x.assignmentName}`
        changes.push({ resourceId: aid, changeType: state.registrationAssignments.has(`${sub}/${x.assignmentName}`) ? 'NoChange' : 'Create' })
      }
    }
    return changes
  }

  function assignmentsJson(sub: string, expand: boolean) {
    return [...state.registrationAssignments.values()]
      .filter((a) => a.subscriptionId === sub)
      .map((a) => {
        const def = state.registrationDefinitions.get(`${sub}/${a.definitionName}`)
        const defId = `/subscriptions/${sub}/providers/Microsoft.ManagedServices/registrationDefinitions/${a.definitionName}`
        return {
          id: `/subscriptions/${sub}/providers/Microsoft.ManagedServices/registrationAssignments/${a.name}`,
          name: a.name,
          type: 'Microsoft.ManagedServices/registrationAssignments',
          properties: {
            registrationDefinitionId: defId,
            provisioningState: 'Succeeded',
            ...(expand && def ? { registrationDefinition: { id: defId, name: a.definitionName, type: 'Microsoft.ManagedServices/registrationDefinitions', properties: { ...def.properties, provisioningState: 'Succeeded' } } } : {})
          }
        }
      })
  }

  const partnerJson = (tid: string, oid: string, l: PartnerLink) => ({
    id: `/providers/microsoft.managementpartner/partners/${l.partnerId}`,
    name: l.partnerId,
    type: 'Microsoft.ManagementPartner/partner',
    etag: l.etag,
    properties: { partnerId: l.partnerId, partnerName: l.partnerName, tenantId: tid, objectId: oid, version: l.etag, createdTime: l.createdTime, updatedTime: l.updatedTime, state: l.state }
  })

  async function handleToken(req: IncomingMessage, res: ServerResponse, tenant: string): Promise<void> {
    const form = new URLSearchParams(await readBody(req))
    const clientId = form.get('client_id') ?? ''
    const app = state.apps.find((a) => a.clientId === clientId)
    const aad = (status: number, code: number, error: string, text: string) =>
      send(res, status, { error, error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: ${new Date().toISOString()}`, error_codes: [code], timestamp: new Date().toISOString(), trace_id: randomUUID(), correlation_id: randomUUID() })
    if (!app) return aad(400, 700016, 'unauthorized_client', `Application with identifier '${clientId}' was not found in the directory '${tenant}'.`)
    const oid = app.objectIds[tenant]
    if (!oid) return aad(400, 700016, 'unauthorized_client', `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant.`)
    const assertion = form.get('client_assertion')
    if (assertion) {
      state.assertions.push(assertion)
      const claims = readJwt(assertion)
      const exp = Number(claims?.exp ?? 0)
      if (!claims || exp * 1000 <= Date.now()) {
        return aad(400, 700024, 'invalid_client', 'Client assertion is not within its valid time range. Current time: ' + new Date().toISOString() + ', assertion valid to: ' + new Date(exp * 1000).toISOString() + '.')
      }
    } else if (form.get('client_secret') !== undefined && form.get('client_secret') !== null) {
      if (!app.secret || form.get('client_secret') !== app.secret) return aad(401, 7000215, 'invalid_client', 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.')
    } else return aad(400, 7000218, 'invalid_client', "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.")
    const token = issueToken(tenant, oid)
    send(res, 200, { token_type: 'Bearer', expires_in: state.tokenLifetimeSeconds, ext_expires_in: state.tokenLifetimeSeconds, access_token: token })
  }

  function openIdConfig(res: ServerResponse, tenant: string): void {
    const authority = `${base}/${tenant}`
    send(res, 200, {
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/${tenant}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${base}/oidc/userinfo`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'oid', 'tid'],
      kerberos_endpoint: `${authority}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net'
    })
  }

  async function handleArm(req: IncomingMessage, res: ServerResponse, url: URL, caller: { tid: string; oid: string }): Promise<void> {
    const method = req.method ?? 'GET'
    const p = url.pathname
    let m: RegExpExecArray | null

    // Deployment status monitor (Azure-AsyncOperation)
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Resources\/deployments\/([^/]+)\/operationStatuses\/[^/]+$/i.exec(p))) {
      const d = state.deployments.get(`${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}`)
      if (!d) return armError(res, 404, 'DeploymentNotFound', `Deployment '${m[2]}' could not be found.`)
      advance(d)
      const status = d.state === 'Accepted' ? 'Running' : d.state
      // A Location monitor says "still running" with 202 and itself as the next Location.
      if (state.asyncHeader === 'location' && status === 'Running') return send(res, 202, undefined, { location: `${pollOrigin(d.subscriptionId)}${p}${url.search}` })
      return send(res, 200, { status, ...(d.error ? { error: d.error } : {}) }, options.pollRetryAfter && status === 'Running' ? { 'retry-after': options.pollRetryAfter } : {})
    }
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Resources\/deployments\/([^/]+)\/operations$/i.exec(p)) && method === 'GET') {
      const d = state.deployments.get(`${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}`)
      if (!d) return armError(res, 404, 'DeploymentNotFound', `Deployment '${m[2]}' could not be found.`)
      advance(d)
      const failure = d.state === 'Failed' ? state.failDeployments.get(d.subscriptionId) : undefined
      const ops = [
        {
          id: `${deploymentJson(d).id}/operations/${'0'.repeat(16)}`,
          operationId: '0'.repeat(16),
          properties: failure
            ? { provisioningOperation: 'Create', provisioningState: 'Failed', timestamp: new Date().toISOString(), statusCode: 'BadRequest', statusMessage: { status: 'Failed', error: failure }, targetResource: { id: `/subscriptions/${d.subscriptionId}/providers/Microsoft.ManagedServices/registrationDefinitions/x`, resourceType: 'Microsoft.ManagedServices/registrationDefinitions', resourceName: 'x' } }
            : { provisioningOperation: 'Create', provisioningState: d.state === 'Succeeded' ? 'Succeeded' : 'Running', timestamp: new Date().toISOString(), statusCode: 'Created' }
        },
        { id: `${deploymentJson(d).id}/operations/${'1'.repeat(16)}`, operationId: '1'.repeat(16), properties: { provisioningOperation: 'EvaluateDeploymentOutput', provisioningState: 'Succeeded', statusCode: 'OK' } }
      ]
      // One operation per page, as ARM pages long lists: the client must follow nextLink to see them all.
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0)
      const nextLink = skip + 1 < ops.length ? `${nextLinkOrigin(d.subscriptionId)}${p}?api-version=${url.searchParams.get('api-version') ?? '2024-03-01'}&$skiptoken=${skip + 1}` : undefined
      return send(res, 200, { value: ops.slice(skip, skip + 1), ...(nextLink ? { nextLink } : {}) })
    }
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Resources\/deployments\/([^/]+)\/validate$/i.exec(p)) && method === 'POST') {
      const sub = m[1]!.toLowerCase()
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
      if (!body.location) return armError(res, 400, 'LocationRequired', 'The location property is required for this definition.')
      const v = state.validationErrors.get(sub)
      if (v) return send(res, 400, { error: { ...v } })
      const validated = { id: `/subscriptions/${sub}/providers/Microsoft.Resources/deployments/${m[2]}`, name: m[2], properties: { provisioningState: 'Succeeded', mode: 'Incremental', validatedResources: whatIfChanges(sub, body).map((c) => ({ id: (c as { resourceId: string }).resourceId })) } }
      if (!state.validateAsync) return send(res, 200, validated)
      const id = randomUUID()
      whatIfJobs.set(id, { startedAt: Date.now(), latencyMs: state.latencyBySubscription.get(sub) ?? state.lroLatencyMs, result: validated })
      return send(res, 202, undefined, { location: `${pollOrigin(sub)}/subscriptions/${sub}/providers/Microsoft.Resources/locations/${String(body.location)}/operationResults/${id}?api-version=2024-03-01` })
    }
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Resources\/deployments\/([^/]+)\/whatIf$/i.exec(p)) && method === 'POST') {
      const sub = m[1]!.toLowerCase()
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
      if (!body.location) return armError(res, 400, 'LocationRequired', 'The location property is required for this definition.')
      const id = randomUUID()
      whatIfJobs.set(id, { startedAt: Date.now(), latencyMs: state.latencyBySubscription.get(sub) ?? state.lroLatencyMs, result: { status: 'Succeeded', properties: { changes: whatIfChanges(sub, body) } } })
      return send(res, 202, undefined, { location: `${pollOrigin(sub)}/subscriptions/${sub}/providers/Microsoft.Resources/locations/${String(body.location)}/operationResults/${id}?api-version=2024-03-01` })
    }
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Resources\/locations\/[^/]+\/operationResults\/([^/]+)$/i.exec(p))) {
      const job = whatIfJobs.get(m[2]!)
      if (!job) return armError(res, 404, 'NotFound', 'Operation not found.')
      if (Date.now() - job.startedAt < job.latencyMs) return send(res, 202, undefined, { location: `${pollOrigin(m[1]!.toLowerCase())}${p}${url.search}`, ...(options.pollRetryAfter ? { 'retry-after': options.pollRetryAfter } : {}) })
      return send(res, 200, job.result)
    }
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Resources\/deployments\/([^/]+)$/i.exec(p))) {
      const sub = m[1]!.toLowerCase()
      const name = m[2]!
      const key = `${sub}/${name.toLowerCase()}`
      if (method === 'GET') {
        const d = state.deployments.get(key)
        if (!d) return armError(res, 404, 'DeploymentNotFound', `Deployment '${name}' could not be found.`)
        advance(d)
        return send(res, 200, deploymentJson(d))
      }
      if (method === 'PUT') {
        const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
        if (!body.location) return armError(res, 400, 'InvalidDeploymentLocation', 'The location property is required for subscription-level deployments.')
        if (name.length > 64 || !/^[-\w._()]+$/.test(name)) return armError(res, 400, 'InvalidDeploymentName', `The deployment name '${name}' is invalid.`)
        // ARM runs the same preflight on a PUT as on validate, and answers 400 before anything starts.
        const preflight = state.validationErrors.get(sub)
        if (preflight) return send(res, 400, { error: { ...preflight } })
        const prev = state.deployments.get(key)
        if (prev && (prev.state === 'Accepted' || prev.state === 'Running')) return armError(res, 409, 'DeploymentActive', `The deployment '${name}' is already running.`)
        const d: StoredDeployment = { subscriptionId: sub, name, body, state: 'Accepted', startedAt: Date.now(), latencyMs: state.latencyBySubscription.get(sub) ?? state.lroLatencyMs, error: null, puts: (prev?.puts ?? 0) + 1 }
        state.deployments.set(key, d)
        state.activeDeployments++
        state.peakActiveDeployments = Math.max(state.peakActiveDeployments, state.activeDeployments)
        const op = `${pollOrigin(sub)}/subscriptions/${sub}/providers/Microsoft.Resources/deployments/${name}/operationStatuses/${randomUUID()}?api-version=2024-03-01`
        return send(res, prev ? 200 : 201, deploymentJson(d), { [state.asyncHeader]: op })
      }
    }
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.ManagedServices\/registrationAssignments$/i.exec(p)) && method === 'GET') {
      const sub = m[1]!.toLowerCase()
      return send(res, 200, { value: assignmentsJson(sub, url.searchParams.get('$expandRegistrationDefinition') === 'true') })
    }
    if ((m = /^(?:\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(p)) && method === 'GET') {
      const r = state.roleDefinitions.get(m[1]!.toLowerCase())
      if (!r) return armError(res, 404, 'RoleDefinitionDoesNotExist', 'The specified role definition with ID \'' + m[1] + '\' does not exist.')
      return send(res, 200, { id: `/providers/Microsoft.Authorization/roleDefinitions/${r.id}`, name: r.id, type: 'Microsoft.Authorization/roleDefinitions', properties: { roleName: r.roleName, type: r.roleType, roleType: r.roleType, description: r.roleName, assignableScopes: ['/'], permissions: [{ actions: r.actions, notActions: [], dataActions: r.dataActions, notDataActions: [] }] } })
    }
    if (p.toLowerCase() === '/subscriptions' && method === 'GET') {
      const visible = state.subscriptions.filter((s) => canAccess(caller.tid, s.subscriptionId.toLowerCase()))
      const pageSize = 2
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0)
      const page = visible.slice(skip, skip + pageSize)
      const nextLink = skip + pageSize < visible.length ? `${nextLinkOrigin('*')}/subscriptions?api-version=2022-12-01&$skiptoken=${skip + pageSize}` : undefined
      return send(res, 200, {
        value: page.map((s) => ({ id: `/subscriptions/${s.subscriptionId}`, subscriptionId: s.subscriptionId, tenantId: s.tenantId, displayName: s.displayName ?? s.subscriptionId, state: 'Enabled', managedByTenants: managingTenants(s.subscriptionId.toLowerCase()).map((tenantId) => ({ tenantId })) })),
        ...(nextLink ? { nextLink } : {})
      })
    }
    if (p.toLowerCase() === '/providers/microsoft.managementpartner/partners' && method === 'GET') {
      const link = state.partnerLinks.get(`${caller.tid}/${caller.oid}`)
      if (!link) return armError(res, 404, 'NotFound', 'The partner is not found.')
      return send(res, 200, partnerJson(caller.tid, caller.oid, link))
    }
    if ((m = /^\/providers\/Microsoft\.ManagementPartner\/partners\/([^/]+)$/i.exec(p))) {
      const key = `${caller.tid}/${caller.oid}`
      const link = state.partnerLinks.get(key)
      const now = new Date().toISOString()
      const partnerId = m[1]!
      if (!/^\d+$/.test(partnerId)) return armError(res, 400, 'BadRequest', `Invalid partner ID '${partnerId}'.`)
      if (method === 'GET') {
        if (!link || link.partnerId !== partnerId) return armError(res, 404, 'NotFound', 'The partner is not found.')
        return send(res, 200, partnerJson(caller.tid, caller.oid, link))
      }
      if (method === 'PUT') {
        if (link && link.state === 'Active') return armError(res, 409, 'Conflict', 'A partner is already linked to this account; use update.')
        const created: PartnerLink = { partnerId, partnerName: `Partner ${partnerId}`, state: 'Active', createdTime: now, updatedTime: now, etag: 1 }
        state.partnerLinks.set(key, created)
        return send(res, 200, partnerJson(caller.tid, caller.oid, created))
      }
      if (method === 'PATCH') {
        if (!link) return armError(res, 404, 'NotFound', 'The partner is not found.')
        const updated: PartnerLink = { ...link, partnerId, partnerName: `Partner ${partnerId}`, state: 'Active', updatedTime: now, etag: link.etag + 1 }
        state.partnerLinks.set(key, updated)
        return send(res, 200, partnerJson(caller.tid, caller.oid, updated))
      }
      if (method === 'DELETE') {
        state.partnerLinks.delete(key)
        return send(res, 200)
      }
    }
    return armError(res, 404, 'NoRegisteredProviderFound', `No route for ${method} ${p} in the emulator.`)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base)
    const method = req.method ?? 'GET'
    const record: RequestRecord = { method, path: url.pathname + url.search, status: 0, tenant: null, token: null, at: Date.now(), doneAt: 0 }
    requests.push(record)
    res.on('finish', () => {
      record.status = res.statusCode
      record.doneAt = Date.now()
    })
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs))

    const fault = faults.match(method, url.pathname)
    if (fault) {
      if (fault.reset) {
        req.socket.destroy()
        return
      }
      const headers: Record<string, string> = {}
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter
      if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs)
      const status = fault.status ?? 500
      if (fault.headers) Object.assign(headers, fault.headers(base))
      if (fault.body !== undefined) return send(res, status, fault.body ?? undefined, headers)
      return armError(res, status, fault.code ?? (status === 429 ? 'TooManyRequests' : 'InternalServerError'), fault.message ?? (status === 429 ? 'Rate limit exceeded.' : 'The server encountered an internal error.'), headers)
    }

    let m: RegExpExecArray | null
    if ((m = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname))) return openIdConfig(res, m[1]!)
    if ((m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname)) && method === 'POST') return handleToken(req, res, m[1]!)
    if ((m = /^\/common\/discovery\/instance$/.exec(url.pathname))) return send(res, 200, { tenant_discovery_endpoint: `${base}/common/v2.0/.well-known/openid-configuration`, metadata: [] })

    const auth = req.headers.authorization ?? ''
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : ''
    record.token = token || null
    const info = state.issuedTokens.get(token)
    if (!info) return armError(res, 401, 'AuthenticationFailed', 'Authentication failed. The Authorization header is missing or invalid.', { 'www-authenticate': 'Bearer authorization_uri="https://login.windows.net/", error="invalid_token"' })
    if (info.exp * 1000 <= Date.now()) return armError(res, 401, 'ExpiredAuthenticationToken', 'The access token expiry UTC time is earlier than current UTC time.')
    record.tenant = info.tid
    const subMatch = /^\/subscriptions\/([^/]+)/i.exec(url.pathname)
    if (subMatch && !canAccess(info.tid, subMatch[1]!.toLowerCase())) {
      return armError(res, 401, 'InvalidAuthenticationTokenTenant', `The access token is from the wrong issuer 'https://sts.windows.net/${info.tid}/'. It must match the tenant 'https://sts.windows.net/${subOf(subMatch[1]!)!.tenantId}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/${subOf(subMatch[1]!)!.tenantId}' to get the token.`)
    }
    state.inFlight++
    state.peakInFlight = Math.max(state.peakInFlight, state.inFlight)
    try {
      await handleArm(req, res, url, info)
    } finally {
      state.inFlight--
    }
  }

  const server: Server = createServer({ key: readFileSync(join(TLS_DIR, 'server.key')), cert: readFileSync(join(TLS_DIR, 'server.pem')) }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) armError(res, 500, 'EmulatorError', String(e))
    })
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    authorityHost: base,
    state,
    faults,
    requests,
    issueToken,
    seedDelegation,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
