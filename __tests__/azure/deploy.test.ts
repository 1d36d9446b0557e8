import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AzureEmulator } from '../emulator/index.js'
import { runAzure } from '../../src/azure/index.js'
import { AUTOMATION_OID, CUSTOMER1, PARAMS, TEMPLATE, capture, emulator, inputs, leaks, sub, targetLines } from './helpers.js'

const units = [{ template: TEMPLATE, parameters: PARAMS }]

describe('validate / what-if / deploy fan-out against the emulator', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  it('deploy never sends a template that a targets file names but lint did not check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lpg-targets-'))
    const file = join(dir, 'targets.json')
    writeFileSync(file, JSON.stringify([
      { subscription: sub(1), tenant: CUSTOMER1, template: TEMPLATE, parameters: PARAMS },
      { subscription: sub(3), tenant: CUSTOMER1, template: TEMPLATE, parameters: PARAMS.replace('delegation.parameters', 'reader-only.parameters') }
    ]))
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: file }), units, log: capture() })
    expect(r.failed).toBe(true)
    const by = Object.fromEntries(r.deployments!.map((d) => [d.subscription, d]))
    expect(by[sub(1)]!.status).toBe('succeeded')
    expect(by[sub(3)]!.status).toBe('failed')
    expect(by[sub(3)]!.error).toMatch(/Not deployed: lint did not check .*reader-only\.parameters\.json/)
    expect(emu.requests.some((q) => q.method === 'PUT' && q.path.includes(sub(3)))).toBe(false)
    // what-if changes nothing: the same targets file still previews every target.
    const preview = await runAzure({ mode: 'what-if', inputs: inputs(emu, { targets: file }), units, log: capture() })
    expect(preview.deployments!.map((d) => d.status)).toEqual(['what-if', 'what-if'])
  })

  it('a template that cannot be read fails only the targets that name it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lpg-targets-'))
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, '{ "resources": [')
    const file = join(dir, 'targets.json')
    writeFileSync(file, JSON.stringify([
      { subscription: sub(1), tenant: CUSTOMER1 },
      { subscription: sub(2), tenant: CUSTOMER1, template: broken },
      { subscription: sub(3), tenant: CUSTOMER1, template: join(dir, 'missing.json') }
    ]))
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: file }), units, log: capture() })
    expect(r.failed).toBe(true)
    const by = Object.fromEntries(r.deployments!.map((d) => [d.subscription, d]))
    expect(by[sub(1)]!.status).toBe('validated')
    expect(by[sub(2)]!.status).toBe('failed')
    expect(by[sub(2)]!.error).toMatch(/^Could not read a template or parameters file: .*broken\.json/)
    expect(by[sub(3)]!.error).toMatch(/^Could not read a template or parameters file: .*missing\.json/)
  })

  it('validates every target', async () => {
    const log = capture()
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(3) }), units, log })
    expect(r.failed).toBe(false)
    expect(r.deployments!.map((d) => d.status)).toEqual(['validated', 'validated', 'validated'])
    expect(emu.requests.filter((q) => q.path.includes('/validate')).length).toBe(3)
    expect(emu.state.deployments.size).toBe(0)
  })

  it('reports a preflight error with its code', async () => {
    emu.state.validationErrors.set(sub(2), { code: 'InvalidTemplateDeployment', message: 'The template deployment failed.', details: [{ code: 'RoleDefinitionHasDataActions', message: 'Role 92aaf0da has data actions.' }] })
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(3) }), units, log: capture() })
    expect(r.failed).toBe(true)
    const failed = r.deployments!.find((d) => d.subscription === sub(2))!
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('RoleDefinitionHasDataActions')
    expect(r.deployments!.filter((d) => d.status === 'validated')).toHaveLength(2)
  })

  it('a deployment rejected by preflight names the inner error that says why', async () => {
    emu.state.validationErrors.set(sub(2), { code: 'InvalidTemplateDeployment', message: 'The template deployment failed. See inner errors for details.', details: [{ code: 'RoleDefinitionHasDataActions', message: 'Role 92aaf0da has data actions.' }] })
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units, log: capture() })
    const failed = r.deployments!.find((d) => d.subscription === sub(2))!
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('RoleDefinitionHasDataActions: Role 92aaf0da has data actions.')
    expect(r.deployments!.find((d) => d.subscription === sub(1))!.status).toBe('succeeded')
  })

  it('a validation whose status poll answers 400 names the inner error', async () => {
    const error = { error: { code: 'InvalidTemplateDeployment', message: 'The template deployment is not valid. See inner errors for details.', details: [{ code: 'RoleDefinitionHasDataActions', message: 'Role 92aaf0da has data actions.' }] } }
    emu.faults.add({ method: 'POST', path: /\/validate$/, status: 202, body: null, headers: (base) => ({ location: `${base}/subscriptions/${sub(1)}/providers/Microsoft.Resources/locations/westeurope/operationResults/v1?api-version=2024-03-01` }) })
    emu.faults.add({ method: 'GET', path: /operationResults\/v1$/, status: 400, body: error })
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(1) }), units, log: capture() })
    expect(r.deployments![0]!.status).toBe('failed')
    expect(r.deployments![0]!.error).toContain('RoleDefinitionHasDataActions: Role 92aaf0da has data actions.')
  })

  it('renders what-if changes per target, Create then NoChange once deployed', async () => {
    const first = await runAzure({ mode: 'what-if', inputs: inputs(emu, { targets: targetLines(1) }), units, log: capture() })
    expect(first.deployments![0]!.status).toBe('what-if')
    expect(first.deployments![0]!.changes!.map((c) => c.changeType)).toEqual(['Create', 'Create'])
    expect(first.deployments![0]!.changes![0]!.resourceId).toMatch(/registrationDefinitions\//)
    await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(1) }), units, log: capture() })
    const again = await runAzure({ mode: 'what-if', inputs: inputs(emu, { targets: targetLines(1) }), units, log: capture() })
    expect(again.deployments![0]!.changes!.map((c) => c.changeType)).toEqual(['NoChange', 'NoChange'])
  })

  it('deploys, reads the delegation back, and a re-run reuses the same name without duplicates', async () => {
    const log = capture()
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(4) }), units, log })
    expect(r.failed).toBe(false)
    expect(r.deployments!.every((d) => d.status === 'succeeded' && d.delegationVerified === true)).toBe(true)
    const names = new Set(r.deployments!.map((d) => d.deploymentName))
    expect(names.size).toBe(1)
    expect([...names][0]).toMatch(/^lh-contoso-managed-services-[0-9a-f]{12}$/)
    expect(emu.state.deployments.size).toBe(4)
    expect(emu.state.registrationAssignments.size).toBe(4)

    const rerun = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(4) }), units, log })
    expect(rerun.deployments!.map((d) => d.deploymentName)).toEqual(r.deployments!.map((d) => d.deploymentName))
    expect(emu.state.deployments.size).toBe(4)
    expect([...emu.state.deployments.values()].every((d) => d.puts === 2)).toBe(true)
    expect(emu.state.registrationAssignments.size).toBe(4)
    expect(leaks(emu, JSON.stringify({ lines: log.lines, r, rerun }))).toEqual([])
  })

  it('reports the real cause of a Failed deployment from its operations', async () => {
    emu.state.failDeployments.set(sub(1), { code: 'LinkedAuthorizationFailed', message: 'The client has permission to perform action Microsoft.ManagedServices/registrationDefinitions/write, however it does not have permission to assign the role.' })
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units, log: capture() })
    const failed = r.deployments!.find((d) => d.subscription === sub(1))!
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('LinkedAuthorizationFailed')
    expect(failed.error).toContain('does not have permission to assign the role')
    expect(failed.error).not.toContain('long-running operation has failed')
    expect(r.deployments!.find((d) => d.subscription === sub(2))!.status).toBe('succeeded')
    expect(r.failed).toBe(true)
    expect(emu.requests.some((q) => q.path.includes('/operations'))).toBe(true)
  })

  it('keeps in-flight work within max-parallel', async () => {
    emu.state.lroLatencyMs = 60
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(6), maxParallel: 2 }), units, log: capture() })
    expect(r.deployments!.every((d) => d.status === 'succeeded')).toBe(true)
    expect(emu.state.peakActiveDeployments).toBe(2)
    expect(emu.state.peakInFlight).toBeLessThanOrEqual(2)
  })

  it('reports unfinished targets as timed-out and keeps the finished ones', async () => {
    emu.state.latencyBySubscription.set(sub(2), 5_000)
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(3), timeoutMinutes: 0.8 / 60 }), units, log: capture() })
    const by = Object.fromEntries(r.deployments!.map((d) => [d.subscription, d.status]))
    expect(by).toEqual({ [sub(1)]: 'succeeded', [sub(2)]: 'timed-out', [sub(3)]: 'succeeded' })
    expect(r.failed).toBe(true)
  })

  it('sends nothing once the time is already used up (e.g. by the Partner ID check)', async () => {
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(3) }), units, log: capture(), signal: AbortSignal.abort() })
    expect(r.deployments!.map((d) => d.status)).toEqual(['timed-out', 'timed-out', 'timed-out'])
    expect(emu.requests.filter((q) => q.method === 'PUT')).toEqual([])
    expect(r.failed).toBe(true)
  })

  it('one target with the wrong tenant fails clearly without hiding the others', async () => {
    // sub(2) belongs to CUSTOMER2: naming CUSTOMER1 gets a token from the wrong issuer.
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: `${CUSTOMER1}/${sub(1)}\n${CUSTOMER1}/${sub(2)}\n${CUSTOMER1}/${sub(3)}` }), units, log: capture() })
    const wrong = r.deployments!.find((d) => d.subscription === sub(2))!
    expect(wrong.status).toBe('failed')
    expect(wrong.error).toContain('InvalidAuthenticationTokenTenant')
    expect(wrong.error).toContain('TENANT_ID/SUBSCRIPTION_ID')
    expect(r.deployments!.filter((d) => d.status === 'succeeded')).toHaveLength(2)
  })

  it('signs in once per tenant; a tenant without the app fails its targets with the fix, others proceed', async () => {
    const stranger = 'bbbbbbbb-0000-4000-8000-000000000099'
    emu.state.subscriptions.push({ subscriptionId: sub(50), tenantId: stranger }, { subscriptionId: sub(51), tenantId: stranger })
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: `${stranger}/${sub(50)}\n${stranger}/${sub(51)}\n${targetLines(1)}` }), units, log: capture() })
    const by = Object.fromEntries(r.deployments!.map((d) => [d.subscription, d]))
    expect(by[sub(50)]!.status).toBe('failed')
    expect(by[sub(50)]!.error).toContain('AADSTS700016')
    expect(by[sub(50)]!.error).toContain('admin consent')
    expect(by[sub(51)]!.status).toBe('failed')
    expect(by[sub(1)]!.status).toBe('succeeded')
    expect(emu.requests.filter((q) => q.path.startsWith(`/${stranger}/oauth2`)).length).toBeLessThanOrEqual(2)
    expect(emu.requests.filter((q) => q.path.includes(sub(50)))).toHaveLength(0)
  })

  it('flags a deployment whose delegation gives the automation principal no PEC-eligible role', async () => {
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(1) }), units: [{ template: TEMPLATE, parameters: PARAMS.replace('delegation.parameters', 'reader-only.parameters') }], log: capture() })
    expect(r.deployments![0]!.status).toBe('succeeded')
    expect(r.deployments![0]!.delegationVerified).toBe(false)
    expect(r.failed).toBe(true)
    expect(r.notices.join('\n')).toContain(AUTOMATION_OID)
  })

  it('refuses deploy without units and rejects bad targets with the line number', async () => {
    const none = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(1) }), units: [], log: capture() })
    expect(none.failed).toBe(true)
    expect(none.notices[0]).toContain('deploy refused')
    expect(emu.requests.filter((q) => q.method === 'PUT')).toHaveLength(0)
    const bad = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: `${sub(1)}\n# comment\nnot-a-guid` }), units, log: capture() })
    expect(bad.failed).toBe(true)
    expect(bad.notices[0]).toContain('line 3')
  })

  it('handles only its shard', async () => {
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(5), shard: '2/2' }), units, log: capture() })
    expect(r.deployments!.map((d) => d.subscription)).toEqual([sub(2), sub(4)])
  })
})
