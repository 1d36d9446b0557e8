import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ROLE, type AzureEmulator } from '../emulator/index.js'
import { runAzure } from '../../src/azure/index.js'
import { AUTOMATION_OID, FIXTURES, MANAGING, PARAMS, TEMPLATE, capture, emulator, inputs, leaks, sub, targetLines } from './helpers.js'
import { join } from 'node:path'

const delegation = (authorizations: unknown[], eligibleAuthorizations: unknown[] = [], offer = 'Contoso Managed Services') => ({
  registrationDefinitionName: offer,
  managedByTenantId: MANAGING,
  authorizations,
  eligibleAuthorizations
})

describe('audit of existing delegations', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  it('reports per delegated subscription whether the identity holds a permanent PEC-eligible role', async () => {
    emu.seedDelegation(sub(1), delegation([{ principalId: AUTOMATION_OID, roleDefinitionId: ROLE.contributor }]))
    emu.seedDelegation(sub(2), delegation([{ principalId: AUTOMATION_OID, roleDefinitionId: ROLE.reader }], [], 'Reader offer'))
    emu.seedDelegation(sub(3), delegation([{ principalId: 'eeeeeeee-0000-4000-8000-00000000000a', roleDefinitionId: ROLE.reader }], [{ principalId: AUTOMATION_OID, roleDefinitionId: ROLE.contributor }], 'JIT offer'))
    const log = capture()
    const r = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log })
    expect(r.failed).toBe(false)
    const by = Object.fromEntries(r.audit!.map((e) => [e.subscription, e]))
    // sub(4..6) are not delegated and invisible; sub(900) is the partner's own.
    expect(Object.keys(by).sort()).toEqual([sub(1), sub(2), sub(3)])
    expect(by[sub(1)]).toMatchObject({ pecOk: true, roles: ['Contributor'], fix: null, offerName: 'Contoso Managed Services' })
    expect(by[sub(2)]!.pecOk).toBe(false)
    expect(by[sub(2)]!.fix).toContain('Reader offer')
    expect(by[sub(2)]!.fix).toContain('Support Request Contributor')
    expect(by[sub(3)]!.pecOk).toBe(false)
    expect(by[sub(3)]!.roles).toEqual(['Contributor (eligible only)'])
    expect(by[sub(3)]!.fix).toContain('just-in-time')
    expect(r.notices.join('\n')).toContain('1 of 3')
    expect(leaks(emu, JSON.stringify({ lines: log.lines, r }))).toEqual([])
  })

  it('a subscription whose delegations cannot be read is not reported as missing its PEC role', async () => {
    emu.seedDelegation(sub(1), delegation([{ principalId: AUTOMATION_OID, roleDefinitionId: ROLE.contributor }]))
    emu.seedDelegation(sub(2), delegation([{ principalId: AUTOMATION_OID, roleDefinitionId: ROLE.contributor }]))
    // 503 on every attempt: the SDK's and our retries give up.
    emu.faults.add({ method: 'GET', path: `/subscriptions/${sub(2)}/providers/Microsoft.ManagedServices/registrationAssignments`, status: 503 })
    const r = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log: capture() })
    const by = Object.fromEntries(r.audit!.map((e) => [e.subscription, e]))
    expect(by[sub(1)]).toMatchObject({ pecOk: true })
    expect(by[sub(2)]!.error).toMatch(/^Could not read the delegations: .*503/)
    expect(r.notices.join('\n')).toContain('1 of 2 delegated subscription(s) give')
    expect(r.notices.join('\n')).toContain('1 could not be read')
  })

  it('sees what a deployment created', async () => {
    await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units: [{ template: TEMPLATE, parameters: PARAMS }], log: capture() })
    const r = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log: capture() })
    expect(r.audit!.map((e) => [e.subscription, e.pecOk])).toEqual([
      [sub(1), true],
      [sub(2), true]
    ])
  })
})

describe('live role check', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  it('confirms the automation role is built-in without DataActions', async () => {
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(1) }), units: [{ template: TEMPLATE, parameters: PARAMS }], log: capture() })
    expect(r.roleChecks).toEqual([expect.objectContaining({ roleDefinitionId: ROLE.supportRequestContributor, ok: true, builtIn: true })])
    expect(r.failed).toBe(false)
  })

  it('fails a role that gained DataActions (the static catalogue may still allow it)', async () => {
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(1) }), units: [{ template: TEMPLATE, parameters: join(FIXTURES, 'dataactions.parameters.json') }], log: capture() })
    const check = r.roleChecks!.find((c) => c.roleDefinitionId === ROLE.logAnalyticsContributor)!
    expect(check.ok).toBe(false)
    expect(check.message).toContain('DataActions')
    expect(r.failed).toBe(true)
    expect(r.notices.join('\n')).toContain('Log Analytics Contributor')
  })

  it('fails a custom role', async () => {
    emu.state.roleDefinitions.set(ROLE.supportRequestContributor, { id: ROLE.supportRequestContributor, roleName: 'Support Request Contributor', roleType: 'CustomRole', actions: ['Microsoft.Support/*'], dataActions: [] })
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: targetLines(1) }), units: [{ template: TEMPLATE, parameters: PARAMS }], log: capture() })
    expect(r.roleChecks![0]!.message).toContain('not a built-in role')
    expect(r.failed).toBe(true)
  })
})
