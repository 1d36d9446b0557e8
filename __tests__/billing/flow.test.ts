import { afterEach, describe, expect, it } from '@jest/globals'
import { ClientSecretCredential } from '@azure/identity'
import { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from '../emulator/graph.js'
import { runPecReport } from '../../src/billing/index.js'
import { baseOptions } from './helpers.js'
import { dayRange, specLines, type SubSpec } from './generate-usage.js'

const NOW = new Date('2024-06-30T12:00:00Z')
const DAYS = dayRange('2024-06-01', 10)
const SUBS: SubSpec[] = [
  { customerId: 'C1', customerName: 'Fabrikam', subscriptionId: 'AAAAAAAA-0000-4000-8000-000000000001', days: DAYS },
  {
    customerId: 'c2',
    customerName: 'Northwind',
    subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000002',
    days: DAYS,
    pecDays: DAYS.slice(0, 6),
    amount: 2.5
  }
]

let emu: GraphEmulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

async function start(o: Partial<GraphEmulatorOptions> = {}): Promise<GraphEmulator> {
  emu = await startGraphEmulator({
    blobs: [
      { name: 'part-00000.json.gz', lines: () => specLines(SUBS.slice(0, 1)) },
      { name: 'part-00001.json.gz', lines: () => specLines(SUBS.slice(1), { casing: 'camel', scale: 'rate' }) }
    ],
    ...o
  })
  return emu
}

describe('export flow against the Graph emulator', () => {
  it('a sign-in that fails (wrong secret, no OIDC token) is named as such: no export request is sent, none is blamed', async () => {
    const e = await start()
    const credential = new ClientSecretCredential(e.tenantId, e.clientId, 'not-the-secret', { authorityHost: e.authorityHost, disableInstanceDiscovery: true })
    const failure = await runPecReport({ ...baseOptions(e), credential, now: NOW }).catch((x: unknown) => x as Error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(/^Sign-in to Microsoft Graph failed: /)
    expect((failure as Error).message).not.toMatch(/not sent again|no answer/)
    expect(e.log.exports).toEqual([])
  })

  it('exports, polls through notStarted and running, streams the blobs and aggregates', async () => {
    const e = await start({ manifest: 'inline' })
    const r = await runPecReport({ ...baseOptions(e), now: NOW })
    expect(e.log.exports).toEqual([
      {
        path: '/v1.0/reports/partners/billing/usage/unbilled/export',
        body: { currencyCode: 'USD', billingPeriod: 'current', attributeSet: 'full' }
      }
    ])
    expect(e.log.polls).toBe(3)
    expect(e.log.unauthorized).toBe(0)
    expect(e.log.scopes).toEqual([`${e.url}/.default`])
    expect(r.linesRead).toBe(40)
    expect(r.entries.map((x) => [x.subscriptionId, x.usageDays, x.pecDays, x.amountAtStake, x.status])).toEqual([
      ['aaaaaaaa-0000-4000-8000-000000000002', 10, 6, 20, 'lost'],
      ['aaaaaaaa-0000-4000-8000-000000000001', 10, 10, 0, 'pec']
    ])
    expect(r.entries[0]).toMatchObject({ customerId: 'c2', customerName: 'Northwind', currency: 'USD', pecRate: 0.6 })
    expect(r.lostCredit).toBe(1)
    expect(r.csvPath).toBeNull()
  })

  it('follows a manifest given as a link', async () => {
    const e = await start({ manifest: 'link' })
    const r = await runPecReport({ ...baseOptions(e), now: NOW })
    expect(r.entries).toHaveLength(2)
    expect(r.linesRead).toBe(40)
  })

  it('follows a manifest given as an @odata.id object', async () => {
    const e = await start({ manifest: 'odata', statuses: ['running', 'completed'] })
    const r = await runPecReport({ ...baseOptions(e), now: NOW })
    expect(r.linesRead).toBe(40)
  })

  it('uses the billed export for an invoice', async () => {
    const e = await start()
    await runPecReport({ ...baseOptions(e), invoiceId: 'G000123456', now: NOW })
    expect(e.log.exports[0]).toEqual({
      path: '/v1.0/reports/partners/billing/usage/billed/export',
      body: { invoiceId: 'G000123456', attributeSet: 'full' }
    })
  })

  it('reports a failed operation with its error', async () => {
    const e = await start({ statuses: ['running', 'failed'], error: { code: 'ExportFailed', message: 'partner data unavailable' } })
    await expect(runPecReport({ ...baseOptions(e), now: NOW })).rejects.toThrow(/ExportFailed: partner data unavailable/)
  })

  it('honours Retry-After between polls', async () => {
    const e = await start({ retryAfterSeconds: 1, statuses: ['running', 'succeeded'] })
    const t0 = Date.now()
    await runPecReport({ ...baseOptions(e), now: NOW })
    // 202 says wait 1 s before the first poll, the running poll 1 s before the second.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1900)
    expect(e.log.pollTimes[1] - e.log.pollTimes[0]).toBeGreaterThanOrEqual(950)
  })

  it('rides out 429 with Retry-After on the export, the operation and the manifest', async () => {
    const e = await start({ manifest: 'link', throttle: { export: 1, operation: 1, manifest: 1 }, throttleSeconds: 1 })
    const t0 = Date.now()
    const r = await runPecReport({ ...baseOptions(e), now: NOW })
    expect(e.log.throttled).toEqual({ export: 1, operation: 1, manifest: 1 })
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2900)
    expect(r.linesRead).toBe(40)
  })

  it('asks for the export in the currency the partner is billed in', async () => {
    const e = await start()
    await runPecReport({ ...baseOptions(e), now: NOW, currency: 'EUR' })
    expect(e.log.exports.map((x) => x.body.currencyCode)).toEqual(['EUR'])
  })

  it('rides out bare 429s (no Retry-After) too, with backoff', async () => {
    const e = await start({ throttle: { export: 2, operation: 2 }, throttleWithoutRetryAfter: true })
    const r = await runPecReport({ ...baseOptions(e), now: NOW })
    expect(e.log.throttled).toEqual({ export: 2, operation: 2 })
    expect(r.linesRead).toBe(40)
  })

  it('re-runs the export once when the SAS has expired, counting nothing twice', async () => {
    const e = await start({ expiredSasExports: 1, expireAfterBlobs: 1 })
    const r = await runPecReport({ ...baseOptions(e), now: NOW, blobConcurrency: 1 })
    expect(e.log.exports).toHaveLength(2)
    expect(r.linesRead).toBe(40)
    expect(r.entries.find((x) => x.subscriptionId.endsWith('01'))?.usageDays).toBe(10)
    expect(r.notices.join('\n')).toMatch(/SAS has expired.*run again once/)
    expect(r.notices.join('\n')).not.toContain('SECRETSIGNATURE')
  })

  it('registers every SAS token and signature it is handed as a secret, before any download', async () => {
    const e = await start({ expiredSasExports: 1, expireAfterBlobs: 1 })
    const secrets: string[] = []
    const o = baseOptions(e)
    await runPecReport({ ...o, log: { ...o.log, setSecret: (s: string) => void secrets.push(s) }, now: NOW, blobConcurrency: 1 })
    const sigs = secrets.filter((s) => /^SECRETSIGNATURE\w{4}=$/.test(s))
    // One export, then a fresh one after the SAS expired: both signatures masked, decoded and as sent (%3D).
    expect(new Set(sigs).size).toBe(2)
    expect(secrets.filter((s) => /^SECRETSIGNATURE\w{4}%3D$/.test(s))).toHaveLength(2)
    expect(secrets.filter((s) => s.startsWith('sv=') && s.includes('sig=SECRETSIGNATURE'))).toHaveLength(2)
  })

  it('fails clearly when the fresh export expires as well', async () => {
    const e = await start({ expiredSasExports: 2 })
    const o = baseOptions(e)
    await expect(runPecReport({ ...o, now: NOW })).rejects.toThrow(/again, on a fresh export/)
    expect(e.log.exports).toHaveLength(2)
    expect(o.log.all()).not.toContain('SECRETSIGNATURE')
  })

  it('retries a blob whose download breaks off, without counting its lines twice', async () => {
    const e = await start({ breakOnce: ['part-00001.json.gz'] })
    const o = baseOptions(e)
    const r = await runPecReport({ ...o, now: NOW })
    expect(e.log.blobRequests.filter((n) => n === 'part-00001.json.gz')).toHaveLength(2)
    expect(r.linesRead).toBe(40)
    expect(r.entries[0]).toMatchObject({ usageDays: 10, pecDays: 6, amountAtStake: 20 })
    expect(o.log.warnings.join('\n')).toMatch(/retrying/)
  })

  it('a big blob that breaks off half-way is read on from the line it reached: nothing counted twice, nothing lost', async () => {
    const many: SubSpec[] = Array.from({ length: 50 }, (_, i) => ({ customerId: `c${i}`, customerName: `Customer ${i}`, subscriptionId: `bbbbbbbb-0000-4000-8000-${String(i).padStart(12, '0')}`, days: DAYS, pecDays: DAYS.slice(0, 4), amount: 1, linesPerDay: 10 }))
    const e = await start({ blobs: [{ name: 'part-big.json.gz', lines: () => specLines(many) }], breakOnce: ['part-big.json.gz'] })
    const r = await runPecReport({ ...baseOptions(e), now: NOW })
    expect(e.log.blobRequests).toEqual(['part-big.json.gz', 'part-big.json.gz'])
    expect(r.linesRead).toBe(50 * 10 * 10)
    for (const entry of r.entries) expect(entry).toMatchObject({ usageDays: 10, pecDays: 4, amountAtStake: 60 })
  })

  it('explains a 403 from Graph with the permission it needs', async () => {
    const e = await start({ denyExport: true })
    await expect(runPecReport({ ...baseOptions(e), now: NOW })).rejects.toThrow(
      /HTTP 403: Authorization_RequestDenied: Insufficient privileges.*PartnerBilling\.Read\.All/
    )
  })

  it('does not follow a Location to another origin with the token', async () => {
    const e = await start({ locationOrigin: 'https://evil.example' })
    await expect(runPecReport({ ...baseOptions(e), now: NOW })).rejects.toThrow(/^Microsoft Graph answered with an operation link on another host \(https:\/\/evil\.example\); refused to send the token there/)
    expect(e.log.polls).toBe(0)
  })

  it('rejects a Graph endpoint that is not HTTPS', async () => {
    const e = await start()
    await expect(runPecReport({ ...baseOptions(e), graphEndpoint: e.url.replace('https:', 'http:') })).rejects.toThrow(/https/)
    expect(e.log.exports).toHaveLength(0)
  })

  it('stops at the overall timeout', async () => {
    const e = await start({ statuses: ['running'] })
    await expect(runPecReport({ ...baseOptions(e), timeoutMs: 500 })).rejects.toThrow(/timed out after/)
  })

  it('writes the CSV file', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const dir = await mkdtemp(`${tmpdir()}/pec-`)
    const e = await start()
    const r = await runPecReport({ ...baseOptions(e), now: NOW, csvFile: `${dir}/out/pec.csv` })
    expect(r.csvPath).toBe(`${dir}/out/pec.csv`)
    const csv = await readFile(r.csvPath!, 'utf8')
    expect(csv.split('\r\n')[1]).toMatch(/^lost,c2,Northwind,aaaaaaaa-0000-4000-8000-000000000002,10,6,0.6,20,USD,/)
  })
})

describe('the export POST is not idempotent', () => {
  it('a 5xx after the export started follows that export instead of starting a second one', async () => {
    const e = await start({ failExportPosts: { count: 1, started: true } })
    const o = baseOptions(e)
    const r = await runPecReport({ ...o, now: NOW })
    expect(e.log.exports).toHaveLength(1)
    expect(e.log.operationLists).toBe(1)
    expect(r.linesRead).toBe(40)
    expect(o.log.all()).toMatch(/got HTTP 503, but an export started then: following it/)
  })

  it('a 5xx that started nothing is sent again, after Graph shows no export started', async () => {
    const e = await start({ failExportPosts: { count: 1, started: false } })
    const o = baseOptions(e)
    const r = await runPecReport({ ...o, now: NOW })
    expect(e.log.exports).toHaveLength(2)
    expect(e.log.operationLists).toBe(1)
    expect(r.linesRead).toBe(40)
    expect(o.log.all()).toMatch(/got HTTP 503 and no export started: sending it again \(1\/2\)/)
  })

  it('is never sent again when Graph cannot say whether an export started, nor more than three times', async () => {
    const unknown = await start({ failExportPosts: { count: 5, started: true }, noOperationsList: true })
    await expect(runPecReport({ ...baseOptions(unknown), now: NOW })).rejects.toThrow(
      /^starting the billing export: HTTP 503, not sent again: a second request could start a second export, and the export operations could not be listed to check for one already started \(HTTP 404\)\. Re-run the report\.$/
    )
    expect(unknown.log.exports).toHaveLength(1)
    await unknown.close()
    const refused = await start({ failExportPosts: { count: 5, started: false } })
    await expect(runPecReport({ ...baseOptions(refused), now: NOW })).rejects.toThrow(/^starting the billing export: HTTP 503, after 3 attempts\. Re-run the report\.$/)
    expect(refused.log.exports).toHaveLength(3)
  })
})
