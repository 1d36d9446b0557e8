/** `mode: pec-report` through the built action against the Graph billing emulator. */
import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startGraphEmulator, type GraphEmulator } from '../emulator/graph.js'
import { ROLE, startAzureEmulator, type AzureEmulator } from '../emulator/index.js'
import { dayRange, specLines, type SubSpec } from '../billing/generate-usage.js'
import { AUTOMATION, commands, distMissingMessage, runAction, visibleStdout } from './harness.js'

const DAYS = dayRange('2024-06-01', 10)
const SUBS: SubSpec[] = [
  { customerId: 'c1', customerName: 'Fabrikam', subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001', days: DAYS },
  {
    customerId: 'c2',
    customerName: 'Evil @octocat <b>Corp</b>',
    subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000002',
    days: DAYS,
    pecDays: DAYS.slice(0, 6),
    amount: 2.5
  }
]

let emu: GraphEmulator | undefined
beforeAll(() => {
  const missing = distMissingMessage()
  if (missing) throw new Error(missing)
})
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

function report(inputs: Record<string, string> = {}) {
  return runAction({
    inputs: {
      mode: 'pec-report',
      auth: 'secret',
      'client-id': emu!.clientId,
      'client-secret': emu!.clientSecret,
      'tenant-id': emu!.tenantId,
      'authority-host': emu!.authorityHost,
      // No ARM here: the delegation audit that explains missing credit fails fast and becomes a notice.
      'arm-endpoint': emu!.url,
      'graph-endpoint': emu!.url,
      'csv-file': 'out/pec.csv',
      ...inputs
    },
    eventName: 'schedule',
    env: { LPG_POLL_INTERVAL_MS: '10', LPG_RETRY_BASE_MS: '5' }
  })
}

describe('mode: pec-report', () => {
  it('reports per subscription: outputs, CSV, summary worst first, annotations, and fails on lost credit when asked', async () => {
    emu = await startGraphEmulator({ blobs: [{ name: 'part-0.json.gz', lines: () => specLines(SUBS) }], manifest: 'inline' })
    const run = await report({ 'fail-on-missing-pec': 'true' })
    const entries = JSON.parse(run.outputs['pec-report']!)
    expect(entries.map((e: { subscriptionId: string; pecDays: number }) => [e.subscriptionId, e.pecDays])).toEqual([
      ['aaaaaaaa-0000-4000-8000-000000000002', 6],
      ['aaaaaaaa-0000-4000-8000-000000000001', 10]
    ])
    expect(run.outputs['pec-report-csv']).toBe(`${run.workspace}/out/pec.csv`)
    expect(existsSync(run.outputs['pec-report-csv']!)).toBe(true)
    expect(run.summary).toContain('### PEC report')
    expect(run.summary).not.toContain('<b>')
    expect(run.summary).not.toMatch(/@octocat/)
    expect(run.code).toBe(1)
    expect(commands(run.stdout, 'error').at(-1)!.message).toMatch(/1 subscription\(s\) lost partner earned credit \(fail-on-missing-pec\)/)
    expect(commands(run.stdout, 'warning').length).toBeGreaterThan(0)
    const text = [visibleStdout(run.stdout), run.summary, readFileSync(`${run.dir}/output.txt`, 'utf8')].join('\n')
    expect(text).not.toContain(emu.clientSecret)
  })

  it('passes when credit is lost but fail-on-missing-pec is off', async () => {
    emu = await startGraphEmulator({ blobs: [{ name: 'part-0.json.gz', lines: () => specLines(SUBS) }], manifest: 'inline' })
    const run = await report()
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
  })

  it('an export the app may not read fails the run with the cause, and still writes the summary and outputs', async () => {
    emu = await startGraphEmulator({ blobs: [], denyExport: true })
    const run = await report()
    expect(run.code).toBe(1)
    const failure = commands(run.stdout, 'error').at(-1)!.message
    expect(failure).toMatch(/^Lighthouse PEC Guard: PEC report failed: .+\. See the job summary for details\.$/)
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(run.outputs).toMatchObject({ result: 'fail', 'pec-report': '', 'pec-report-csv': '' })
    expect(run.summary.startsWith('## ❌ Lighthouse PEC Guard — pec-report: fail')).toBe(true)
  })
})

describe('mode: pec-report joined with resource-group delegations', () => {
  const MANAGING = '9f3c1a2b-4d5e-4f60-8a7b-1c2d3e4f5a6b'
  const CUSTOMER = 'bbbbbbbb-0000-4000-8000-000000000001'
  const CLIENT_ID = '0f0f0f0f-0000-4000-8000-000000000001'
  const SECRET = 'Sup3r~Secret.Value-4-e2e'
  const SUB = 'cccccccc-0000-4000-8000-000000000001'
  let arm: AzureEmulator | undefined
  afterEach(async () => {
    await arm?.close()
    arm = undefined
  })

  it('a subscription delegated for rg-app only loses the credit of rg-data, and the report says so by name', async () => {
    arm = await startAzureEmulator({
      apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION, [CUSTOMER]: 'dddddddd-0000-4000-8000-0000000000c1' } }],
      subscriptions: [{ subscriptionId: SUB, tenantId: CUSTOMER, displayName: 'Contoso prod', resourceGroups: ['rg-app', 'rg-data'] }]
    })
    arm.seedDelegation(SUB, { registrationDefinitionName: 'Contoso App Operations', managedByTenantId: MANAGING, authorizations: [{ principalId: AUTOMATION, roleDefinitionId: ROLE.supportRequestContributor }] }, undefined, 'rg-app')
    const days = dayRange('2024-06-01', 5)
    // Every day has PEC on rg-app's lines; rg-data's 10 lines of 5.00 never do.
    const usage: SubSpec[] = [
      { customerId: CUSTOMER, customerName: 'Contoso', subscriptionId: SUB, days, resourceGroup: 'rg-app', amount: 1 },
      { customerId: CUSTOMER, customerName: 'Contoso', subscriptionId: SUB, days, pecDays: [], resourceGroup: 'rg-data', amount: 5 }
    ]
    const tokens = arm.state.issuedTokens
    emu = await startGraphEmulator({ blobs: [{ name: 'part-0.json.gz', lines: () => specLines(usage) }], acceptToken: (t) => tokens.has(t) })
    const run = await runAction({
      inputs: {
        mode: 'pec-report',
        auth: 'secret',
        'client-id': CLIENT_ID,
        'client-secret': SECRET,
        'tenant-id': MANAGING,
        'automation-principal-id': AUTOMATION,
        'authority-host': arm.authorityHost,
        'arm-endpoint': arm.url,
        'graph-endpoint': emu.url,
        targets: `${CUSTOMER}/${SUB}`,
        'csv-file': 'out/pec.csv',
        'fail-on-missing-pec': 'true'
      },
      eventName: 'schedule',
      env: { LPG_POLL_INTERVAL_MS: '10', LPG_RETRY_BASE_MS: '5' }
    })
    const [entry] = JSON.parse(run.outputs['pec-report']!)
    const reason = `resource group rg-data is not delegated to tenant ${MANAGING}`
    expect(entry).toMatchObject({ subscriptionId: SUB, status: 'lost', amountAtStake: 50, pecDays: 5, usageDays: 5 })
    expect(entry.reason).toBe(`${reason} (lost in rg-data: 50.00 USD; none lost in rg-app)`)
    expect(entry.resourceGroups).toEqual([
      { resourceGroup: 'rg-data', status: 'lost', amountAtStake: 50, reason },
      { resourceGroup: 'rg-app', status: 'pec', amountAtStake: 0, reason: null }
    ])
    expect(run.code).toBe(1)
    expect(run.summary).toContain('#### Credit lost in some resource groups only')
    expect(run.summary).toMatch(/\| cccccccc-0000-4000-8000-000000000001 \| rg-data \| ❌ lost \| 50\.00 USD \| resource group rg-data is not delegated/)
    const csv = readFileSync(run.outputs['pec-report-csv']!, 'utf8').split('\r\n')
    expect(csv[0]).toMatch(/,resourceGroupsWithoutPec,resourceGroupAmountsAtStake$/)
    expect(csv[1]).toMatch(/,rg-data,50$/)
    // The audit read the resource group's delegation at its own scope.
    expect(arm.requests.some((q) => q.path.startsWith(`/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.ManagedServices/registrationAssignments`) && q.status === 200)).toBe(true)
    expect([visibleStdout(run.stdout), run.summary].join('\n')).not.toContain(SECRET)
  })
})
