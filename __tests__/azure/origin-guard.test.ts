/**
 * Tokens stay home: the real SDK clients, over HTTPS against the ARM emulator, with a second HTTPS origin standing in
 * for the attacker's host. Whatever link ARM answers with, the customer-tenant token never reaches that host, and the
 * target that met the link fails with a clear error while the others go on.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import https from 'node:https'
import { DeploymentsClient } from '@azure/arm-resourcesdeployments'
import { ACEProvisioningManagementPartnerAPI } from '@azure/arm-managementpartner'
import { createHttpHeaders, type HttpClient, type PipelineRequest } from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/identity'
import { ROLE, startAttacker, type Attacker, type AzureEmulator } from '../emulator/index.js'
import { runAzure } from '../../src/azure/index.js'
import { ArmRest, clientOptions, createArmContext } from '../../src/azure/clients.js'
import { resolveCloud } from '../../src/azure/clouds.js'
import { ORIGIN_GUARD_POLICY_NAME, OffOriginError, assertSameOrigin, isOffOriginError, originGuardPolicy } from '../../src/azure/origin-guard.js'
import { AUTOMATION_OID, CUSTOMER1, MANAGING, PARAMS, TEMPLATE, capture, emulator, inputs, leaks, sub, targetLines } from './helpers.js'

const units = [{ template: TEMPLATE, parameters: PARAMS }]
const REFUSED_POLL = /^ARM answered with a polling link on another host \(https:\/\/localhost:\d+\); refused to send the token there/
const REFUSED_NEXT = /^ARM answered with a next link on another host \(https:\/\/localhost:\d+\); refused to send the token there/

let attacker: Attacker
beforeAll(async () => {
  attacker = await startAttacker()
})
afterAll(async () => {
  await attacker.close()
})

describe('the attacker stand-in', () => {
  it('is a reachable HTTPS origin of its own, so a request that followed a link would be recorded', async () => {
    const before = attacker.requests.length
    const status = await new Promise<number>((resolve, reject) => {
      https.get(`${attacker.url}/probe`, { headers: { authorization: 'Bearer probe' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      }).on('error', reject)
    })
    expect(status).toBe(200)
    expect(attacker.requests.slice(before)).toEqual([{ method: 'GET', url: '/probe', authorization: 'Bearer probe' }])
    attacker.requests.splice(before)
  })
})

describe('ARM links to another host, real SDK clients against the emulator', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
    attacker.requests.length = 0
  })
  afterEach(async () => {
    await emu.close()
  })

  const byTarget = (r: Awaited<ReturnType<typeof runAzure>>) => Object.fromEntries(r.deployments!.map((d) => [d.subscription, d]))

  for (const header of ['azure-asyncoperation', 'operation-location', 'location'] as const) {
    it(`deploy: a ${header} status monitor on another host fails that target only, and no request goes there`, async () => {
      emu.state.asyncHeader = header
      emu.state.pollOrigins.set(sub(2), attacker.url)
      const log = capture()
      const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(3) }), units, log })
      expect(attacker.requests).toEqual([])
      const by = byTarget(r)
      expect(by[sub(2)]!.status).toBe('failed')
      expect(by[sub(2)]!.error).toMatch(REFUSED_POLL)
      expect(by[sub(1)]!.status).toBe('succeeded')
      expect(by[sub(3)]!.status).toBe('succeeded')
      expect(r.failed).toBe(true)
      expect(leaks(emu, JSON.stringify(r) + log.lines.join('\n'))).toEqual([])
    })
  }

  it('what-if: a Location on another host is refused', async () => {
    emu.state.pollOrigins.set('*', attacker.url)
    const r = await runAzure({ mode: 'what-if', inputs: inputs(emu, { targets: targetLines(2) }), units, log: capture() })
    expect(attacker.requests).toEqual([])
    expect(r.deployments!.map((d) => d.status)).toEqual(['failed', 'failed'])
    for (const d of r.deployments!) expect(d.error).toMatch(REFUSED_POLL)
  })

  it('validate: a Location on another host is refused; the same run against honest links validates', async () => {
    emu.state.validateAsync = true
    emu.state.pollOrigins.set(sub(1), attacker.url)
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(2) }), units, log: capture() })
    expect(attacker.requests).toEqual([])
    expect(byTarget(r)[sub(1)]!.error).toMatch(REFUSED_POLL)
    expect(byTarget(r)[sub(2)]!.status).toBe('validated')
  })

  it('a failed deployment whose operations page on to another host: the refusal is the reported cause', async () => {
    emu.state.failDeployments.set(sub(1), { code: 'InvalidTemplate', message: 'The principal is not in the tenant' })
    emu.state.nextLinkOrigins.set(sub(1), attacker.url)
    emu.state.failDeployments.set(sub(3), { code: 'InvalidTemplate', message: 'The principal is not in the tenant' })
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(3) }), units, log: capture() })
    expect(attacker.requests).toEqual([])
    const by = byTarget(r)
    expect(by[sub(1)]!.error).toMatch(REFUSED_NEXT)
    // The honest pager is followed to its second page, where the failed operation is.
    expect(by[sub(3)]!.error).toMatch(/InvalidTemplate: The principal is not in the tenant/)
    expect(by[sub(2)]!.status).toBe('succeeded')
  })

  const delegate = (n: number): void =>
    emu.seedDelegation(sub(n), { registrationDefinitionName: 'Contoso', managedByTenantId: MANAGING, authorizations: [{ principalId: AUTOMATION_OID, roleDefinitionId: ROLE.contributor }] })

  it('audit: a subscriptions nextLink on another host fails the audit with the refusal, and nothing goes there', async () => {
    for (const n of [1, 2, 3]) delegate(n)
    emu.state.nextLinkOrigins.set('*', attacker.url)
    const r = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log: capture() })
    expect(attacker.requests).toEqual([])
    expect(r.failed).toBe(true)
    expect(r.notices.join('\n')).toMatch(/Audit failed: ARM answered with a next link on another host \(https:\/\/localhost:\d+\); refused to send the token there/)
  })

  it('with honest links everything is followed: operations paged, subscriptions paged', async () => {
    emu.state.failDeployments.set(sub(1), { code: 'InvalidTemplate', message: 'The principal is not in the tenant' })
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(1) }), units, log: capture() })
    expect(r.deployments![0]!.error).toMatch(/InvalidTemplate/)
    expect(emu.requests.filter((q) => q.path.includes('/operations') && q.path.includes('$skiptoken=1'))).toHaveLength(1)
    for (const n of [2, 3, 4]) delegate(n)
    const audit = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log: capture() })
    expect(audit.failed).toBe(false)
    expect(audit.audit!.map((e) => e.subscription).sort()).toEqual([sub(2), sub(3), sub(4)])
    expect(emu.requests.filter((q) => q.path.startsWith('/subscriptions?') && q.path.includes('$skiptoken=2'))).toHaveLength(1)
  })
})

describe('the guard sits in every client pipeline, after signing', () => {
  const cloud = resolveCloud('AzureCloud', '', '')
  const credential: TokenCredential = { getToken: async () => ({ token: 'x.y.z', expiresOnTimestamp: Date.now() + 3_600_000 }) }
  const ctx = createArmContext(cloud, { kind: 'secret', forTenant: () => credential })

  const order = (names: string[]): void => {
    const guard = names.indexOf(ORIGIN_GUARD_POLICY_NAME)
    expect(guard).toBeGreaterThan(names.indexOf('bearerTokenAuthenticationPolicy'))
    expect(guard).toBeGreaterThan(names.indexOf('retryPolicy'))
    expect(guard).toBeGreaterThan(names.indexOf('redirectPolicy'))
    expect(names.indexOf('bearerTokenAuthenticationPolicy')).toBeGreaterThanOrEqual(0)
    expect(names.filter((n) => n === ORIGIN_GUARD_POLICY_NAME)).toHaveLength(1)
  }

  it('DeploymentsClient (modular), the Partner ID client (classic) and ArmRest', () => {
    const deployments = new DeploymentsClient(credential, sub(1), clientOptions(ctx))
    order(deployments.pipeline.getOrderedPolicies().map((p) => p.name))
    const partner = new ACEProvisioningManagementPartnerAPI(credential, clientOptions(ctx))
    order(partner.pipeline.getOrderedPolicies().map((p) => p.name))
    const rest = new ArmRest(ctx, credential) as unknown as { client: { pipeline: { getOrderedPolicies(): Array<{ name: string }> } } }
    order(rest.client.pipeline.getOrderedPolicies().map((p) => p.name))
  })
})

describe('ArmRest and the configured endpoint (sovereign clouds, arm-endpoint)', () => {
  function fakes(cloudName: string, armEndpoint: string, pages: Record<string, unknown>) {
    const sent: string[] = []
    const credential: TokenCredential = { getToken: async () => ({ token: 'eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.sig', expiresOnTimestamp: Date.now() + 3_600_000 }) }
    const httpClient: HttpClient = {
      sendRequest: async (request: PipelineRequest) => {
        sent.push(`${request.url} ${request.headers.get('authorization') ? 'signed' : 'unsigned'}`)
        const body = pages[new URL(request.url).pathname] ?? {}
        return { request, status: 200, headers: createHttpHeaders({ 'content-type': 'application/json' }), bodyAsText: JSON.stringify(body) }
      }
    }
    const ctx = { ...createArmContext(resolveCloud(cloudName, armEndpoint, ''), { kind: 'secret' as const, forTenant: () => credential }), httpClient }
    return { rest: new ArmRest(ctx, credential), sent }
  }

  it('US Government: its own host gets the token, public ARM does not', async () => {
    const { rest, sent } = fakes('AzureUSGovernment', '', {
      '/subscriptions': { value: [1], nextLink: 'https://management.usgovcloudapi.net/page2' },
      '/page2': { value: [2], nextLink: 'https://management.azure.com/page3' }
    })
    await expect(rest.list('/subscriptions')).rejects.toThrow(/^ARM answered with a next link on another host \(https:\/\/management\.azure\.com\); refused to send the token there \(only https:\/\/management\.usgovcloudapi\.net receives it\)\.$/)
    expect(sent).toEqual(['https://management.usgovcloudapi.net/subscriptions signed', 'https://management.usgovcloudapi.net/page2 signed'])
  })

  it('arm-endpoint: only that origin, not the cloud default nor another port on the same host', async () => {
    const { rest, sent } = fakes('AzureCloud', 'https://arm.contoso.local:8443/', { '/subscriptions': { value: [1], nextLink: 'https://arm.contoso.local/page2' } })
    await expect(rest.list('/subscriptions')).rejects.toThrow(/another host \(https:\/\/arm\.contoso\.local\)/)
    expect(sent).toEqual(['https://arm.contoso.local:8443/subscriptions signed'])
    await expect(rest.get('https://management.azure.com/providers')).rejects.toThrow(/^ARM answered with a link on another host \(https:\/\/management\.azure\.com\)/)
    expect(sent).toHaveLength(1)
  })

  it('a plain-HTTP link is never sent (the SDK refuses to sign it even before the guard looks)', async () => {
    const { rest, sent } = fakes('AzureCloud', '', { '/subscriptions': { value: [1], nextLink: 'http://management.azure.com/page2' } })
    await expect(rest.list('/subscriptions')).rejects.toThrow(/non-https/)
    expect(sent).toHaveLength(1)
  })
})

describe('assertSameOrigin', () => {
  const arm = 'https://management.azure.com'
  it('compares scheme, host and port as URLs normalise them', () => {
    expect(() => assertSameOrigin('https://MANAGEMENT.azure.com:443/subscriptions?x=1', arm, 'ARM')).not.toThrow()
    for (const evil of ['https://management.azure.com@evil.example/x', 'https://management.azure.com.evil.example/', 'https://management.azure.com:8443/', 'http://management.azure.com/', '//evil.example/x', 'not a url']) {
      expect(() => assertSameOrigin(evil, arm, 'ARM')).toThrow(OffOriginError)
    }
  })

  it('names the refused origin, never the path or query (which may carry secrets)', () => {
    try {
      assertSameOrigin('https://evil.example/collect?sig=SECRET', arm, 'ARM', 'a polling link')
      throw new Error('not refused')
    } catch (e) {
      expect(isOffOriginError(e)).toBe(true)
      expect((e as Error).message).toBe('ARM answered with a polling link on another host (https://evil.example); refused to send the token there (only https://management.azure.com receives it).')
    }
  })

  it('refuses to build a guard for an endpoint that is not a URL', () => {
    expect(() => originGuardPolicy({ endpoint: 'management.azure.com', service: 'ARM' })).toThrow(/not a URL/)
  })
})

describe('a client built for one customer tenant', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
    attacker.requests.length = 0
  })
  afterEach(async () => {
    await emu.close()
  })

  it('never signs a request for the attacker even when asked to send one directly', async () => {
    const ctx = createArmContext(resolveCloud('AzureCloud', emu.url, emu.authorityHost), {
      kind: 'secret',
      forTenant: () => ({ getToken: async () => ({ token: emu.issueToken(CUSTOMER1, 'x'), expiresOnTimestamp: Date.now() + 3_600_000 }) })
    })
    const rest = new ArmRest(ctx, ctx.credentials.forTenant(CUSTOMER1))
    await expect(rest.get(`${attacker.url}/subscriptions`)).rejects.toThrow(/another host \(https:\/\/localhost:\d+\)/)
    expect(await rest.get<{ value: unknown[] }>('/subscriptions?api-version=2022-12-01')).toHaveProperty('value')
    expect(attacker.requests).toEqual([])
  })
})
