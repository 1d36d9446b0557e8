/**
 * Every scope Lighthouse uses, with the real SDK clients over HTTPS against the emulator: management-group targets
 * (Microsoft's policy-based onboarding shape, two groups in two tenants), resource-group delegations (deployed, read
 * back, audited), and templates whose $schema does not fit their target (refused before anything is sent).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROLE, startAttacker, startAzureEmulator, type AzureEmulator } from '../emulator/index.js'
import { runAzure } from '../../src/azure/index.js'
import { parseTargets } from '../../src/azure/targets.js'
import { AUTOMATION_OID, CLIENT_ID, CUSTOMER1, CUSTOMER2, FIXTURES, MANAGING, PARAMS, SECRET, TEMPLATE, capture, inputs, leaks, sub } from './helpers.js'

const POLICY = join(FIXTURES, 'policy-mg.json')
const POLICY_PARAMS = join(FIXTURES, 'policy-mg.parameters.json')
const RG_TEMPLATE = join(FIXTURES, 'delegation-rg.json')
const RG_PARAMS = join(FIXTURES, 'delegation-rg.parameters.json')
const mg = (tenant: string, name: string): string => `${tenant}/providers/Microsoft.Management/managementGroups/${name}`

/** Two customer tenants, each with a management group over its subscriptions; resource groups in every subscription. */
async function scopedEmulator(): Promise<AzureEmulator> {
  return startAzureEmulator({
    apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION_OID, [CUSTOMER1]: 'dddddddd-0000-4000-8000-0000000000c1', [CUSTOMER2]: 'dddddddd-0000-4000-8000-0000000000c2' } }],
    subscriptions: [
      ...[1, 2, 3, 4].map((n) => ({ subscriptionId: sub(n), tenantId: n % 2 ? CUSTOMER1 : CUSTOMER2, managementGroup: n % 2 ? 'mg-fabrikam' : 'mg-northwind', resourceGroups: ['rg-app', 'rg-data', 'rg-logs'] })),
      { subscriptionId: sub(900), tenantId: MANAGING, displayName: 'Partner own subscription' }
    ],
    managementGroups: [
      { tenantId: CUSTOMER1, name: 'mg-fabrikam' },
      { tenantId: CUSTOMER2, name: 'mg-northwind' }
    ],
    lroLatencyMs: 30
  })
}

const delegation = (roleDefinitionId: string, offer = 'Contoso Managed Services') => ({
  registrationDefinitionName: offer,
  managedByTenantId: MANAGING,
  authorizations: [{ principalId: AUTOMATION_OID, roleDefinitionId }]
})

describe('targets at management-group scope', () => {
  it('reads ARM scope lines and targets-file entries, and names what is wrong', () => {
    expect(parseTargets(`${mg(CUSTOMER1.toUpperCase(), 'mg-fabrikam')}\n/providers/Microsoft.Management/managementGroups/Root.Group(1)\n${sub(1)}`, MANAGING)).toEqual([
      { target: mg(CUSTOMER1.toUpperCase(), 'mg-fabrikam'), tenant: CUSTOMER1, subscription: '', managementGroup: 'mg-fabrikam' },
      { target: '/providers/Microsoft.Management/managementGroups/Root.Group(1)', tenant: MANAGING, subscription: '', managementGroup: 'Root.Group(1)' },
      { target: sub(1), tenant: MANAGING, subscription: sub(1) }
    ])
    expect(() => parseTargets(mg(CUSTOMER1, 'bad*name'), MANAGING)).toThrow(/line 1: management group "bad\*name" is not a management group ID/)
    expect(() => parseTargets('/providers/Microsoft.Management/managementGroups/x', '')).toThrow(/names no tenant/)
    expect(() => parseTargets(`${mg(CUSTOMER1, 'MG-A')}\n${mg(CUSTOMER1, 'mg-a')}`, MANAGING)).toThrow(/management group mg-a of tenant .* is listed twice/)
    const dir = mkdtempSync(join(tmpdir(), 'lpg-mg-'))
    writeFileSync(join(dir, 't.yaml'), `- managementGroup: mg-fabrikam\n  tenant: ${CUSTOMER1}\n  template: policy.json\n- managementGroup: mg-x\n  subscription: ${sub(1)}\n`)
    expect(() => parseTargets('t.yaml', MANAGING, dir)).toThrow(/entry 2: give "subscription" or "managementGroup", not both/)
    writeFileSync(join(dir, 't.yaml'), `- managementGroup: mg-fabrikam\n  tenant: ${CUSTOMER1}\n  name: Fabrikam root\n  template: policy.json\n`)
    expect(parseTargets('t.yaml', MANAGING, dir)).toEqual([{ target: 'Fabrikam root', tenant: CUSTOMER1, subscription: '', managementGroup: 'mg-fabrikam', template: join(dir, 'policy.json'), parameters: null }])
  })
})

describe('deployments at the scope the template names', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await scopedEmulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  const groups = `${mg(CUSTOMER1, 'mg-fabrikam')}\n${mg(CUSTOMER2, 'mg-northwind')}`

  it('validates, previews and deploys policy-based onboarding to two management groups in two tenants, then says the delegations wait for remediation', async () => {
    const units = [{ template: POLICY, parameters: POLICY_PARAMS }]
    const validated = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: groups }), units, log: capture() })
    expect(validated.deployments!.map((d) => [d.managementGroup, d.status, d.subscription])).toEqual([
      ['mg-fabrikam', 'validated', ''],
      ['mg-northwind', 'validated', '']
    ])
    const preview = await runAzure({ mode: 'what-if', inputs: inputs(emu, { targets: groups }), units, log: capture() })
    expect(preview.deployments![0]!.changes).toEqual([{ resourceId: '/providers/Microsoft.Management/managementGroups/mg-fabrikam/providers/Microsoft.Authorization/policyDefinitions/Onboard-Contoso-Lighthouse', changeType: 'Create' }])

    const log = capture()
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: groups }), units, log })
    expect(r.failed).toBe(false)
    expect(r.deployments!.map((d) => [d.target, d.status, d.delegationVerified])).toEqual([
      [mg(CUSTOMER1, 'mg-fabrikam'), 'succeeded', null],
      [mg(CUSTOMER2, 'mg-northwind'), 'succeeded', null]
    ])
    for (const d of r.deployments!) expect(d.note).toMatch(/^Policy-based onboarding: .*remediation task has run/)
    expect(r.notices.join('\n')).toMatch(/2 management-group deployment\(s\): Policy-based onboarding/)
    // Each group's deployment went to the management-group API with a location, signed for the group's own tenant.
    const puts = emu.requests.filter((q) => q.method === 'PUT' && q.path.includes('/deployments/'))
    expect(puts.map((q) => [q.path.split('?')[0]!.split('/').slice(0, 5).join('/'), q.tenant])).toEqual(
      expect.arrayContaining([
        ['/providers/Microsoft.Management/managementGroups/mg-fabrikam', CUSTOMER1],
        ['/providers/Microsoft.Management/managementGroups/mg-northwind', CUSTOMER2]
      ])
    )
    expect(puts).toHaveLength(2)
    expect([...emu.state.deployments.values()].every((d) => d.body.location === 'westeurope')).toBe(true)
    expect(emu.state.policyDefinitions.size).toBe(2)
    expect(leaks(emu, log.lines.join('\n'))).toEqual([])

    // Once remediation runs, the audit sees the delegations in every subscription under both groups.
    expect(emu.remediate('mg-fabrikam') + emu.remediate('mg-northwind')).toBe(4)
    const audit = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log: capture() })
    expect(audit.audit!.filter((e) => e.scope === 'subscription').map((e) => [e.subscription, e.pecOk, e.offerName])).toEqual(
      [1, 2, 3, 4].map((n) => [sub(n), true, 'Contoso Managed Services'])
    )
  })

  it('refuses a template whose $schema does not fit its target, per target and before anything is sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lpg-misfit-'))
    const file = join(dir, 'targets.json')
    writeFileSync(file, JSON.stringify([
      { subscription: sub(1), tenant: CUSTOMER1, template: POLICY, parameters: POLICY_PARAMS },
      { managementGroup: 'mg-fabrikam', tenant: CUSTOMER1, template: TEMPLATE, parameters: PARAMS },
      { subscription: sub(3), tenant: CUSTOMER1, template: TEMPLATE, parameters: PARAMS }
    ]))
    const units = [{ template: POLICY, parameters: POLICY_PARAMS }, { template: TEMPLATE, parameters: PARAMS }]
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: file }), units, log: capture() })
    expect(r.failed).toBe(true)
    const [toSub, toGroup, fine] = [r.deployments!.find((d) => d.subscription === sub(1))!, r.deployments!.find((d) => d.managementGroup)!, r.deployments!.find((d) => d.subscription === sub(3))!]
    expect(toSub.error).toBe(
      'Not sent: policy-mg.json is a management-group template (its $schema names managementGroupDeploymentTemplate), and the target is a subscription: target a management group as TENANT_ID/providers/Microsoft.Management/managementGroups/NAME (or managementGroup in a targets file).'
    )
    expect(toGroup.error).toMatch(/^Not sent: delegation\.json is a subscription template \(its \$schema\), and the target is a management group/)
    expect(fine.status).toBe('succeeded')
    expect(emu.requests.filter((q) => q.path.includes('/deployments/') && !q.path.includes(sub(3)))).toEqual([])
  })

  it('pairs the run\'s templates with the targets of their scope, and flags a template that fits no target', async () => {
    const units = [{ template: TEMPLATE, parameters: PARAMS }, { template: POLICY, parameters: POLICY_PARAMS }]
    const mixed = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: `${CUSTOMER1}/${sub(1)}\n${mg(CUSTOMER2, 'mg-northwind')}` }), units, log: capture() })
    expect(mixed.failed).toBe(false)
    expect(mixed.deployments!.map((d) => [d.target, d.template, d.status])).toEqual([
      [`${CUSTOMER1}/${sub(1)}`, 'delegation.json', 'validated'],
      [mg(CUSTOMER2, 'mg-northwind'), 'policy-mg.json', 'validated']
    ])
    const onlySubs = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: `${CUSTOMER1}/${sub(1)}` }), units, log: capture() })
    expect(onlySubs.deployments!.map((d) => [d.template, d.status])).toEqual([
      ['policy-mg.json', 'failed'],
      ['delegation.json', 'validated']
    ])
  })

  it('one management group another tenant\'s token cannot reach fails alone; a failed group deployment names its cause', async () => {
    emu.state.failDeployments.set('mg:mg-northwind', { code: 'PolicyDefinitionInvalid', message: 'The policy rule is not valid.' })
    const targets = `${mg(CUSTOMER2, 'mg-fabrikam')}\n${mg(CUSTOMER2, 'mg-northwind')}\n${mg(CUSTOMER1, 'mg-fabrikam')}`
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets }), units: [{ template: POLICY, parameters: POLICY_PARAMS }], log: capture() })
    expect(r.deployments!.map((d) => d.status)).toEqual(['failed', 'failed', 'succeeded'])
    expect(r.deployments![0]!.error).toMatch(/AuthorizationFailed.*managementGroups\/mg-fabrikam/)
    expect(r.deployments![1]!.error).toMatch(/PolicyDefinitionInvalid: The policy rule is not valid/)
  })
})

describe('resource-group delegations', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await scopedEmulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  it('deploys a template that delegates resource groups and reads the delegation back at those resource groups', async () => {
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: `${CUSTOMER1}/${sub(1)}` }), units: [{ template: RG_TEMPLATE, parameters: RG_PARAMS }], log: capture() })
    expect(r.failed).toBe(false)
    expect(r.deployments![0]).toMatchObject({ status: 'succeeded', delegationVerified: true, resourceGroups: ['rg-app'] })
    expect([...emu.state.registrationAssignments.values()].map((a) => [a.subscriptionId, a.resourceGroup])).toEqual([[sub(1), 'rg-app']])
    // Read back at each resource group's own scope, not only at the subscription.
    expect(emu.requests.some((q) => q.method === 'GET' && q.path.startsWith(`/subscriptions/${sub(1)}/resourceGroups/rg-app/providers/Microsoft.ManagedServices/registrationAssignments`))).toBe(true)
  })

  it('a resource-group delegation without the PEC role is not verified, and the run says where', async () => {
    // Templates are read inside the workspace only: this one gets its own.
    const dir = mkdtempSync(join(tmpdir(), 'lpg-rg-'))
    const params = JSON.parse(readFileSync(RG_PARAMS, 'utf8')) as { parameters: { authorizations: { value: Array<{ roleDefinitionId: string }> } } }
    params.parameters.authorizations.value[0]!.roleDefinitionId = ROLE.reader
    writeFileSync(join(dir, 'p.json'), JSON.stringify(params))
    writeFileSync(join(dir, 'rg.json'), readFileSync(RG_TEMPLATE))
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: `${CUSTOMER1}/${sub(1)}`, workspace: dir }), units: [{ template: join(dir, 'rg.json'), parameters: join(dir, 'p.json') }], log: capture() })
    expect(r.deployments![0]).toMatchObject({ status: 'succeeded', delegationVerified: false, resourceGroups: ['rg-app'] })
    expect(r.failureReason).toMatch(/no permanent PEC-eligible role: .* \(resource groups rg-app\)/)
  })

  it('the audit reports every delegation with its scope: a customer onboarded for one resource group is not "no delegation"', async () => {
    emu.seedDelegation(sub(1), delegation(ROLE.supportRequestContributor, 'App offer'), undefined, 'rg-app')
    emu.seedDelegation(sub(3), delegation(ROLE.contributor, 'Whole subscription'))
    emu.seedDelegation(sub(3), delegation(ROLE.reader, 'Logs offer'), undefined, 'rg-logs')
    const log = capture()
    const r = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log })
    expect(r.failed).toBe(false)
    expect(r.audit!.map((e) => [e.subscription, e.scope, e.resourceGroup ?? null, e.pecOk, e.offerName])).toEqual([
      [sub(1), 'subscription', null, false, null],
      [sub(1), 'resourceGroup', 'rg-app', true, 'App offer'],
      [sub(3), 'subscription', null, true, 'Whole subscription'],
      [sub(3), 'resourceGroup', 'rg-logs', false, 'Logs offer']
    ])
    const [rgOnly] = r.audit!
    expect(rgOnly!.error).toBeUndefined()
    expect(rgOnly!.delegatedResourceGroups).toEqual(['rg-app'])
    expect(rgOnly!.fix).toMatch(/^Only resource group rg-app is delegated, not the whole subscription: usage in its other resource groups earns no PEC/)
    expect(r.notices.join('\n')).toMatch(/1 of 2 delegated subscription\(s\) .*; 1 of 2 resource-group delegation\(s\) do/)
    // The managing tenant reached rg-app of sub(1) and nothing else there: ARM refuses the rest.
    expect(emu.requests.filter((q) => q.path.startsWith(`/subscriptions/${sub(1)}/`) && q.status === 403).map((q) => q.path.split('?')[0])).toEqual([`/subscriptions/${sub(1)}/providers/Microsoft.ManagedServices/registrationAssignments`])
  })

  it('a resource group whose delegations cannot be read is its own error; the others are still reported', async () => {
    emu.seedDelegation(sub(1), delegation(ROLE.contributor))
    emu.seedDelegation(sub(1), delegation(ROLE.supportRequestContributor, 'App offer'), undefined, 'rg-app')
    emu.faults.add({ method: 'GET', path: `/subscriptions/${sub(1)}/resourceGroups/rg-data/providers/Microsoft.ManagedServices/registrationAssignments`, status: 500, times: 20 })
    const r = await runAzure({ mode: 'audit', inputs: inputs(emu, { maxParallel: 2 }), units: [], log: capture() })
    expect(r.audit!.map((e) => [e.scope, e.resourceGroup ?? null, e.pecOk, !!e.error])).toEqual([
      ['subscription', null, true, false],
      ['resourceGroup', 'rg-app', true, false],
      ['resourceGroup', 'rg-data', false, true]
    ])
    expect(r.audit![2]!.error).toMatch(/^Could not read the delegations of resource group rg-data: /)
  })
})

describe('tokens stay home at every scope', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await scopedEmulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  it('a management-group status link or a resource-group page on another host is refused; that entry fails, the rest go on', async () => {
    const attacker = await startAttacker()
    try {
      emu.state.pollOrigins.set('mg:mg-fabrikam', attacker.url)
      const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: `${mg(CUSTOMER1, 'mg-fabrikam')}\n${mg(CUSTOMER2, 'mg-northwind')}` }), units: [{ template: POLICY, parameters: POLICY_PARAMS }], log: capture() })
      expect(r.deployments!.map((d) => d.status)).toEqual(['failed', 'succeeded'])
      expect(r.deployments![0]!.error).toMatch(/^ARM answered with a polling link on another host \(https:\/\/localhost:\d+\); refused to send the token there/)

      // Three resource groups page over two pages: the second page's link names the attacker.
      emu.seedDelegation(sub(1), delegation(ROLE.contributor))
      emu.seedDelegation(sub(3), delegation(ROLE.contributor))
      emu.state.nextLinkOrigins.set(sub(1), attacker.url)
      const audit = await runAzure({ mode: 'audit', inputs: inputs(emu), units: [], log: capture() })
      const [first, second] = audit.audit!
      expect(first).toMatchObject({ subscription: sub(1), pecOk: true })
      expect(first!.resourceGroupsError).toMatch(/^Could not list the resource groups: ARM answered with a next link on another host .*refused to send the token there/)
      expect(second).toMatchObject({ subscription: sub(3), pecOk: true })
      expect(second!.resourceGroupsError).toBeUndefined()
      expect(attacker.tokens()).toEqual([])
    } finally {
      await attacker.close()
    }
  })
})
