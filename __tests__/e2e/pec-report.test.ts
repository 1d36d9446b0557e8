/** `mode: pec-report` through the built action against the Graph billing emulator. */
import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startGraphEmulator, type GraphEmulator } from '../emulator/graph.js'
import { dayRange, specLines, type SubSpec } from '../billing/generate-usage.js'
import { commands, distMissingMessage, runAction, visibleStdout } from './harness.js'

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
