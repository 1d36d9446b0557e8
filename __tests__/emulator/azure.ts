/**
 * An HTTPS emulator of Azure Resource Manager and Entra ID, faithful to the wire shapes the SDK clients read:
 * token endpoint, deployments (PUT with Azure-AsyncOperation, validate, whatIf with a Location LRO, operations),
 * Lighthouse registration definitions / assignments kept from what was deployed, Microsoft.ManagementPartner,
 * role definitions and the subscriptions list. Tokens are checked on every ARM route.
 *
 * Scopes as Lighthouse uses them: resource groups (listed as the caller may see them), registration assignments at
 * subscription and resource-group scope (a managing tenant delegated only some resource groups of a subscription is
 * refused elsewhere in it, 403 AuthorizationFailed, as ARM does), and management groups of a tenant with their own
 * deployments (validate / what-if / deploy, LROs, operations) whose policy definitions `remediate()` applies.
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
import { delegationsOf, policyDefinitionsOf, remediationOf } from './template.js'

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
  /** Resource groups that exist in it (default none). */
  resourceGroups?: string[]
  /** The management group it sits under (its ID), for policy remediation. */
  managementGroup?: string
}

export interface EmulatorManagementGroup {
  tenantId: string
  /** The group's ID (ARM's `name`). */
  name: string
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
  /** '' for a management-group deployment. */
  subscriptionId: string
  /** Set for a management-group deployment. */
  managementGroup?: string
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
  managementGroups?: EmulatorManagementGroup[]
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
  /** key `${sub}/${assignmentName}`; `resourceGroup` set for an assignment created in a resource group. */
  registrationAssignments: Map<string, { subscriptionId: string; name: string; definitionName: string; resourceGroup?: string }>
  /** key lower-cased group ID. */
  managementGroups: Map<string, EmulatorManagementGroup>
  /** Policy definitions deployed at a management group, key `${group}/${name}` (lower-cased group). */
  policyDefinitions: Map<string, { managementGroup: string; name: string; properties: Record<string, unknown> }>
  /** key `${tenantId}/${objectId}` */
  partnerLinks: Map<string, PartnerLink>
  roleDefinitions: Map<string, RoleDefinitionSeed>
  /** Deployments that fail, by subscription (or `mg:<group>`): the inner error the operations list carries. */
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
  /** Store a delegation as if deployed earlier (for audit tests); with `resourceGroup`, assigned in that resource group. */
  seedDelegation(subscriptionId: string, properties: Record<string, unknown>, name?: string, resourceGroup?: string): void
  /** Run the remediation of every Lighthouse policy deployed at a management group: its subscriptions get the delegation. */
  remediate(managementGroup: string): number
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

const DEPLOYMENT_ROUTE = /^(?:\/subscriptions\/([^/]+)|\/providers\/Microsoft\.Management\/managementGroups\/([^/]+))\/providers\/Microsoft\.Resources\/deployments\/([^/]+)(\/operationStatuses\/[^/]+|\/operations|\/validate|\/whatIf)?$/i

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
    managementGroups: new Map((options.managementGroups ?? []).map((g) => [g.name.toLowerCase(), g])),
    policyDefinitions: new Map(),
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

  /** Managing tenants with a delegation on the subscription or one of its resource groups (Lighthouse projection). */
  const managingTenants = (sub: string, scope?: { resourceGroup: string | null }): string[] => {
    const out = new Set<string>()
    for (const a of state.registrationAssignments.values()) {
      if (a.subscriptionId !== sub) continue
      if (scope && (a.resourceGroup ?? null)?.toLowerCase() !== scope.resourceGroup?.toLowerCase()) continue
      const def = state.registrationDefinitions.get(`${sub}/${a.definitionName}`)
      const t = def?.properties.managedByTenantId
      if (typeof t === 'string') out.add(t.toLowerCase())
    }
    return [...out]
  }

  /**
   * The resource groups a managing tenant may reach in a subscription: all of them (null) through the subscription's
   * own tenant or a subscription-scope delegation, else only the resource groups delegated to it.
   */
  const reachableGroups = (tid: string, sub: string): string[] | null => {
    const s = subOf(sub)
    const t = tid.toLowerCase()
    if (!s || s.tenantId.toLowerCase() === t || managingTenants(sub, { resourceGroup: null }).includes(t)) return null
    const groups = new Set<string>()
    for (const a of state.registrationAssignments.values()) {
      if (a.subscriptionId !== sub || !a.resourceGroup) continue
      const def = state.registrationDefinitions.get(`${sub}/${a.definitionName}`)
      if (String(def?.properties.managedByTenantId ?? '').toLowerCase() === t) groups.add(a.resourceGroup.toLowerCase())
    }
    return [...groups]
  }

  const canAccess = (tid: string, sub: string): boolean => {
    const s = subOf(sub)
    if (!s) return true // unknown subscriptions behave as the caller's own
    return s.tenantId.toLowerCase() === tid.toLowerCase() || managingTenants(sub).includes(tid.toLowerCase())
  }

  function seedDelegation(subscriptionId: string, properties: Record<string, unknown>, name = randomUUID(), resourceGroup?: string): void {
    state.registrationDefinitions.set(`${subscriptionId}/${name}`, { subscriptionId, name, properties })
    const assignment = randomUUID()
    state.registrationAssignments.set(`${subscriptionId}/${assignment}`, { subscriptionId, name: assignment, definitionName: name, ...(resourceGroup ? { resourceGroup } : {}) })
  }

  function storeDelegations(sub: string, found: ReturnType<typeof delegationsOf>): void {
    for (const x of found) {
      state.registrationDefinitions.set(`${sub}/${x.definitionName}`, { subscriptionId: sub, name: x.definitionName, properties: x.properties })
      if (x.assignmentName) {
        state.registrationAssignments.set(`${sub}/${x.assignmentName}`, { subscriptionId: sub, name: x.assignmentName, definitionName: x.definitionName, ...(x.resourceGroup ? { resourceGroup: x.resourceGroup } : {}) })
      }
    }
  }

  function applyTemplate(d: StoredDeployment): void {
    const props = (d.body.properties ?? {}) as Record<string, unknown>
    const template = (props.template ?? {}) as Record<string, unknown>
    const parameters = (props.parameters ?? {}) as Record<string, { value?: unknown }>
    if (d.managementGroup) {
      for (const p of policyDefinitionsOf(template, parameters)) state.policyDefinitions.set(`${d.managementGroup.toLowerCase()}/${p.name}`, { managementGroup: d.managementGroup, name: p.name, properties: p.properties })
      return
    }
    storeDelegations(d.subscriptionId, delegationsOf(template, parameters, d.subscriptionId))
  }

  function remediate(group: string): number {
    let n = 0
    for (const p of state.policyDefinitions.values()) {
      if (p.managementGroup.toLowerCase() !== group.toLowerCase()) continue
      for (const s of state.subscriptions.filter((x) => x.managementGroup?.toLowerCase() === group.toLowerCase())) {
        const sub = s.subscriptionId.toLowerCase()
        const found = remediationOf(p.properties, sub)
        storeDelegations(sub, found)
        n += found.length
      }
    }
    return n
  }

  /** Moves a deployment along its life according to the clock, applying its effects once. */
  function advance(d: StoredDeployment): void {
    if (d.state === 'Succeeded' || d.state === 'Failed') return
    if (Date.now() - d.startedAt < d.latencyMs) {
      d.state = 'Running'
      return
    }
    state.activeDeployments--
    const failure = state.failDeployments.get(scopeKey(d))
    if (failure) {
      d.state = 'Failed'
      d.error = { code: 'DeploymentFailed', message: 'At least one resource deployment operation failed. Please list deployment operations for details.', details: [failure] }
    } else {
      d.state = 'Succeeded'
      applyTemplate(d)
    }
  }

  const scopeKey = (d: Pick<StoredDeployment, 'subscriptionId' | 'managementGroup'>): string => (d.managementGroup ? `mg:${d.managementGroup.toLowerCase()}` : d.subscriptionId)
  const scopePath = (d: Pick<StoredDeployment, 'subscriptionId' | 'managementGroup'>): string => (d.managementGroup ? `/providers/Microsoft.Management/managementGroups/${d.managementGroup}` : `/subscriptions/${d.subscriptionId}`)

  const deploymentJson = (d: StoredDeployment) => ({
    id: `${scopePath(d)}/providers/Microsoft.Resources/deployments/${d.name}`,
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

  function whatIfChanges(scope: Pick<StoredDeployment, 'subscriptionId' | 'managementGroup'>, body: Record<string, unknown>): unknown[] {
    const props = (body.properties ?? {}) as Record<string, unknown>
    const template = (props.template ?? {}) as Record<string, unknown>
    const parameters = (props.parameters ?? {}) as Record<string, { value?: unknown }>
    const changes: unknown[] = []
    if (scope.managementGroup) {
      for (const p of policyDefinitionsOf(template, parameters)) {
        const id = `${scopePath(scope)}/providers/Microsoft.Authorization/policyDefinitions/${p.name}`
        const existing = state.policyDefinitions.get(`${scope.managementGroup.toLowerCase()}/${p.name}`)
        const after = { id, name: p.name, type: 'Microsoft.Authorization/policyDefinitions', properties: p.properties }
        changes.push(!existing ? { resourceId: id, changeType: 'Create', after } : { resourceId: id, changeType: JSON.stringify(existing.properties) === JSON.stringify(p.properties) ? 'NoChange' : 'Modify', before: { id, properties: existing.properties }, after })
      }
      return changes
    }
    const sub = scope.subscriptionId
    const found = delegationsOf(template, parameters, sub)
    for (const x of found) {
      const existing = state.registrationDefinitions.get(`${sub}/${x.definitionName}`)
      const id = `/subscriptions/${sub}/providers/Microsoft.ManagedServices/registrationDefinitions/${x.definitionName}`
      const after = { id, name: x.definitionName, type: 'Microsoft.ManagedServices/registrationDefinitions', properties: x.properties }
      if (!changes.some((c) => (c as { resourceId: string }).resourceId === id)) {
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
      }
      if (x.assignmentName) {
        const aid = `${x.resourceGroup ? `/subscriptions/${sub}/resourceGroups/${x.resourceGroup}` : `/subscriptions/${sub}`}/providers/Microsoft.ManagedServices/registrationAssignments/${x.assignmentName}`
        changes.push({ resourceId: aid, changeType: state.registrationAssignments.has(`${sub}/${x.assignmentName}`) ? 'NoChange' : 'Create' })
      }
    }
    return changes
  }

  /** The assignments created at exactly this scope (ARM lists a scope's own assignments). */
  function assignmentsJson(sub: string, expand: boolean, resourceGroup: string | null) {
    return [...state.registrationAssignments.values()]
      .filter((a) => a.subscriptionId === sub && (a.resourceGroup ?? null)?.toLowerCase() === resourceGroup?.toLowerCase())
      .map((a) => {
        const def = state.registrationDefinitions.get(`${sub}/${a.definitionName}`)
        const defId = `/subscriptions/${sub}/providers/Microsoft.ManagedServices/registrationDefinitions/${a.definitionName}`
        const scope = a.resourceGroup ? `/subscriptions/${sub}/resourceGroups/${a.resourceGroup}` : `/subscriptions/${sub}`
        return {
          id: `${scope}/providers/Microsoft.ManagedServices/registrationAssignments/${a.name}`,
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

  /**
   * One deployment route below a scope (`/subscriptions/S` or `/providers/Microsoft.Management/managementGroups/G`):
   * PUT / GET the deployment, its status monitor, its operations (one per page), validate (200, or 202 + Location with
   * `validateAsync`) and whatIf (202 + Location). Failures, preflight errors and latencies are keyed by subscription, or
   * `mg:<group>` for a management group.
   */
  async function handleDeployment(req: IncomingMessage, res: ServerResponse, url: URL, scope: Pick<StoredDeployment, 'subscriptionId' | 'managementGroup'>, name: string, tail: string): Promise<void> {
    const method = req.method ?? 'GET'
    const p = url.pathname
    const skey = scopeKey(scope)
    const prefix = scopePath(scope)
    const key = `${skey}/${name.toLowerCase()}`
    const level = scope.managementGroup ? 'management group' : 'subscription'
    if (tail.startsWith('/operationstatuses/')) {
      const d = state.deployments.get(key)
      if (!d) return armError(res, 404, 'DeploymentNotFound', `Deployment '${name}' could not be found.`)
      advance(d)
      const status = d.state === 'Accepted' ? 'Running' : d.state
      // A Location monitor says "still running" with 202 and itself as the next Location.
      if (state.asyncHeader === 'location' && status === 'Running') return send(res, 202, undefined, { location: `${pollOrigin(skey)}${p}${url.search}` })
      return send(res, 200, { status, ...(d.error ? { error: d.error } : {}) }, options.pollRetryAfter && status === 'Running' ? { 'retry-after': options.pollRetryAfter } : {})
    }
    if (tail === '/operations' && method === 'GET') {
      const d = state.deployments.get(key)
      if (!d) return armError(res, 404, 'DeploymentNotFound', `Deployment '${name}' could not be found.`)
      advance(d)
      const failure = d.state === 'Failed' ? state.failDeployments.get(skey) : undefined
      const target = scope.managementGroup
        ? { id: `${prefix}/providers/Microsoft.Authorization/policyDefinitions/x`, resourceType: 'Microsoft.Authorization/policyDefinitions', resourceName: 'x' }
        : { id: `${prefix}/providers/Microsoft.ManagedServices/registrationDefinitions/x`, resourceType: 'Microsoft.ManagedServices/registrationDefinitions', resourceName: 'x' }
      const ops = [
        {
          id: `${deploymentJson(d).id}/operations/${'0'.repeat(16)}`,
          operationId: '0'.repeat(16),
          properties: failure
            ? { provisioningOperation: 'Create', provisioningState: 'Failed', timestamp: new Date().toISOString(), statusCode: 'BadRequest', statusMessage: { status: 'Failed', error: failure }, targetResource: target }
            : { provisioningOperation: 'Create', provisioningState: d.state === 'Succeeded' ? 'Succeeded' : 'Running', timestamp: new Date().toISOString(), statusCode: 'Created' }
        },
        { id: `${deploymentJson(d).id}/operations/${'1'.repeat(16)}`, operationId: '1'.repeat(16), properties: { provisioningOperation: 'EvaluateDeploymentOutput', provisioningState: 'Succeeded', statusCode: 'OK' } }
      ]
      // One operation per page, as ARM pages long lists: the client must follow nextLink to see them all.
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0)
      const nextLink = skip + 1 < ops.length ? `${nextLinkOrigin(skey)}${p}?api-version=${url.searchParams.get('api-version') ?? '2024-03-01'}&$skiptoken=${skip + 1}` : undefined
      return send(res, 200, { value: ops.slice(skip, skip + 1), ...(nextLink ? { nextLink } : {}) })
    }
    const operationResult = (body: Record<string, unknown>, id: string): string =>
      scope.managementGroup
        ? `${pollOrigin(skey)}${prefix}/providers/Microsoft.Resources/operationResults/${id}?api-version=2024-03-01`
        : `${pollOrigin(skey)}${prefix}/providers/Microsoft.Resources/locations/${String(body.location)}/operationResults/${id}?api-version=2024-03-01`
    if (tail === '/validate' && method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
      if (!body.location) return armError(res, 400, 'LocationRequired', 'The location property is required for this definition.')
      const v = state.validationErrors.get(skey)
      if (v) return send(res, 400, { error: { ...v } })
      const validated = { id: `${prefix}/providers/Microsoft.Resources/deployments/${name}`, name, properties: { provisioningState: 'Succeeded', mode: 'Incremental', validatedResources: whatIfChanges(scope, body).map((c) => ({ id: (c as { resourceId: string }).resourceId })) } }
      if (!state.validateAsync) return send(res, 200, validated)
      const id = randomUUID()
      whatIfJobs.set(id, { startedAt: Date.now(), latencyMs: state.latencyBySubscription.get(skey) ?? state.lroLatencyMs, result: validated })
      return send(res, 202, undefined, { location: operationResult(body, id) })
    }
    if (tail === '/whatif' && method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
      if (!body.location) return armError(res, 400, 'LocationRequired', 'The location property is required for this definition.')
      const id = randomUUID()
      whatIfJobs.set(id, { startedAt: Date.now(), latencyMs: state.latencyBySubscription.get(skey) ?? state.lroLatencyMs, result: { status: 'Succeeded', properties: { changes: whatIfChanges(scope, body) } } })
      return send(res, 202, undefined, { location: operationResult(body, id) })
    }
    if (tail === '') {
      if (method === 'GET') {
        const d = state.deployments.get(key)
        if (!d) return armError(res, 404, 'DeploymentNotFound', `Deployment '${name}' could not be found.`)
        advance(d)
        return send(res, 200, deploymentJson(d))
      }
      if (method === 'PUT') {
        const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
        if (!body.location) return armError(res, 400, 'InvalidDeploymentLocation', `The location property is required for ${level}-level deployments.`)
        if (name.length > 64 || !/^[-\w._()]+$/.test(name)) return armError(res, 400, 'InvalidDeploymentName', `The deployment name '${name}' is invalid.`)
        // ARM runs the same preflight on a PUT as on validate, and answers 400 before anything starts.
        const preflight = state.validationErrors.get(skey)
        if (preflight) return send(res, 400, { error: { ...preflight } })
        const prev = state.deployments.get(key)
        if (prev && (prev.state === 'Accepted' || prev.state === 'Running')) return armError(res, 409, 'DeploymentActive', `The deployment '${name}' is already running.`)
        const d: StoredDeployment = { subscriptionId: scope.subscriptionId, ...(scope.managementGroup ? { managementGroup: scope.managementGroup } : {}), name, body, state: 'Accepted', startedAt: Date.now(), latencyMs: state.latencyBySubscription.get(skey) ?? state.lroLatencyMs, error: null, puts: (prev?.puts ?? 0) + 1 }
        state.deployments.set(key, d)
        state.activeDeployments++
        state.peakActiveDeployments = Math.max(state.peakActiveDeployments, state.activeDeployments)
        const op = `${pollOrigin(skey)}${prefix}/providers/Microsoft.Resources/deployments/${name}/operationStatuses/${randomUUID()}?api-version=2024-03-01`
        return send(res, prev ? 200 : 201, deploymentJson(d), { [state.asyncHeader]: op })
      }
    }
    return armError(res, 404, 'NoRegisteredProviderFound', `No route for ${method} ${p} in the emulator.`)
  }

  async function handleArm(req: IncomingMessage, res: ServerResponse, url: URL, caller: { tid: string; oid: string }): Promise<void> {
    const method = req.method ?? 'GET'
    const p = url.pathname
    let m: RegExpExecArray | null

    // Deployments at subscription or management-group scope: the same routes below either scope prefix.
    const dm = DEPLOYMENT_ROUTE.exec(p)
    if (dm) {
      const scope: Pick<StoredDeployment, 'subscriptionId' | 'managementGroup'> = dm[1] ? { subscriptionId: dm[1].toLowerCase() } : { subscriptionId: '', managementGroup: dm[2]! }
      if (scope.managementGroup) {
        const group = state.managementGroups.get(scope.managementGroup.toLowerCase())
        // A management group is its tenant's: no other tenant's token reaches it (Lighthouse delegates no groups).
        if (!group || group.tenantId.toLowerCase() !== caller.tid.toLowerCase()) {
          return armError(res, 403, 'AuthorizationFailed', `The client '${caller.oid}' with object id '${caller.oid}' does not have authorization to perform action 'Microsoft.Resources/deployments/${method === 'GET' ? 'read' : 'write'}' over scope '/providers/Microsoft.Management/managementGroups/${scope.managementGroup}' or the scope is invalid.`)
        }
        scope.managementGroup = group.name
      }
      return handleDeployment(req, res, url, scope, dm[3]!, (dm[4] ?? '').toLowerCase())
    }
    if ((m = /^(?:\/subscriptions\/([^/]+)|\/providers\/Microsoft\.Management\/managementGroups\/([^/]+))\/providers\/Microsoft\.Resources\/(?:locations\/[^/]+\/)?operationResults\/([^/]+)$/i.exec(p))) {
      const job = whatIfJobs.get(m[3]!)
      if (!job) return armError(res, 404, 'NotFound', 'Operation not found.')
      if (Date.now() - job.startedAt < job.latencyMs) return send(res, 202, undefined, { location: `${pollOrigin(m[1] ? m[1].toLowerCase() : `mg:${m[2]!.toLowerCase()}`)}${p}${url.search}`, ...(options.pollRetryAfter ? { 'retry-after': options.pollRetryAfter } : {}) })
      return send(res, 200, job.result)
    }
    if ((m = /^\/subscriptions\/([^/]+)\/resourcegroups$/i.exec(p)) && method === 'GET') {
      const sub = m[1]!.toLowerCase()
      const reach = reachableGroups(caller.tid, sub)
      // ARM lists only the resource groups the caller may read.
      const visible = (subOf(sub)?.resourceGroups ?? []).filter((g) => reach === null || reach.includes(g.toLowerCase()))
      const pageSize = 2
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0)
      const nextLink = skip + pageSize < visible.length ? `${nextLinkOrigin(sub)}${p}?api-version=${url.searchParams.get('api-version') ?? '2021-04-01'}&$skiptoken=${skip + pageSize}` : undefined
      return send(res, 200, {
        value: visible.slice(skip, skip + pageSize).map((g) => ({ id: `/subscriptions/${sub}/resourceGroups/${g}`, name: g, type: 'Microsoft.Resources/resourceGroups', location: 'westeurope', properties: { provisioningState: 'Succeeded' } })),
        ...(nextLink ? { nextLink } : {})
      })
    }
    if ((m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ManagedServices\/registrationAssignments$/i.exec(p)) && method === 'GET') {
      const sub = m[1]!.toLowerCase()
      const rg = decodeURIComponent(m[2]!)
      const known = (subOf(sub)?.resourceGroups ?? []).find((g) => g.toLowerCase() === rg.toLowerCase())
      if (!known) return armError(res, 404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`)
      return send(res, 200, { value: assignmentsJson(sub, url.searchParams.get('$expandRegistrationDefinition') === 'true', known) })
    }
    if ((m = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.ManagedServices\/registrationAssignments$/i.exec(p)) && method === 'GET') {
      const sub = m[1]!.toLowerCase()
      return send(res, 200, { value: assignmentsJson(sub, url.searchParams.get('$expandRegistrationDefinition') === 'true', null) })
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
    if (subMatch) {
      // A tenant delegated only some resource groups reaches those and the resource group list, nothing else.
      const sub = subMatch[1]!.toLowerCase()
      const reach = reachableGroups(info.tid, sub)
      const rg = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)/i.exec(url.pathname)?.[1]
      const listing = /^\/subscriptions\/[^/]+\/resourcegroups\/?$/i.test(url.pathname)
      if (reach !== null && !listing && !(rg && reach.includes(decodeURIComponent(rg).toLowerCase()))) {
        return armError(res, 403, 'AuthorizationFailed', `The client '${info.oid}' with object id '${info.oid}' does not have authorization to perform action 'read' over scope '${url.pathname.replace(/\/providers\/.*$/i, '')}' or the scope is invalid. If access was recently granted, please refresh your credentials.`)
      }
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
    remediate,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
