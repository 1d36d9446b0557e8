import { afterEach, describe, expect, it } from '@jest/globals'
import { startGraphEmulator, type GraphEmulator } from '../emulator/graph.js'
import { runPecReport } from '../../src/billing/index.js'
import { baseOptions } from './helpers.js'
import { bulkLines, bulkValues, dayRange, guid, specLines, type BulkShape, type SubSpec } from './generate-usage.js'

const NOW = new Date('2024-07-10T00:00:00Z')
const DAYS = dayRange('2024-06-01', 5)
const A = 'aaaaaaaa-0000-4000-8000-00000000000a'
const B = 'aaaaaaaa-0000-4000-8000-00000000000b'
const subs: SubSpec[] = [
  { customerId: 'c1', customerName: 'Fabrikam', subscriptionId: A, days: DAYS },
  { customerId: 'c2', customerName: 'Northwind', subscriptionId: B, days: DAYS, pecDays: [] }
]

let emu: GraphEmulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

describe('pec report over the emulator', () => {
  it('skips malformed lines, reporting them once with the first bad line', async () => {
    emu = await startGraphEmulator({
      blobs: [
        {
          name: 'part-0.json.gz',
          lines: function* () {
            const good = [...specLines(subs.slice(0, 1))]
            yield good[0]
            yield '{"EntitlementId": broken'
            yield ''
            yield* good.slice(1)
            yield '{"UsageDate":"2024-06-01"}'
          }
        }
      ]
    })
    const r = await runPecReport({ ...baseOptions(emu), now: NOW })
    expect(r.linesRead).toBe(12)
    expect(r.entries).toHaveLength(1)
    expect(r.entries[0]).toMatchObject({ usageDays: 5, pecDays: 5 })
    expect(r.notices).toEqual([expect.stringMatching(/^2 malformed usage line\(s\) skipped; the first: part-0\.json\.gz line 2 \(not a JSON object\)/)])
  })

  it('fails with a clear error when a blob is not gzip', async () => {
    emu = await startGraphEmulator({ blobs: [{ name: 'part-0.json.gz', lines: () => [] }], rawBlob: { 'part-0.json.gz': Buffer.from('{"not":"gzip"}\n') } })
    await expect(runPecReport({ ...baseOptions(emu), now: NOW })).rejects.toThrow(/part-0\.json\.gz is not valid gzip \(incorrect header check\)/)
  })

  it('narrows to targets (case-insensitive, TENANT/SUB too) and lists targets without usage', async () => {
    emu = await startGraphEmulator({ blobs: [{ name: 'p.json.gz', lines: () => specLines(subs) }] })
    const missing = 'aaaaaaaa-0000-4000-8000-0000000000ff'
    const r = await runPecReport({
      ...baseOptions(emu),
      now: NOW,
      targets: [`tenant-x/${B.toUpperCase()}`, missing],
      audit: [{ subscription: missing, tenant: 'T-9', offerName: null, pecOk: true, roles: [], fix: null }]
    })
    expect(r.entries.map((e) => [e.subscriptionId, e.status, e.reason])).toEqual([
      [B, 'lost', 'unexplained: check the delegation and link history for those days'],
      [missing, 'no-usage', 'no usage in this period']
    ])
    expect(r.entries[1].customerId).toBe('t-9')
    expect(r.entries[0]).toMatchObject({ usageDays: 5, pecDays: 0, amountAtStake: 12.5 })
    expect(r.lostCredit).toBe(1)
  })

  it('explains with the partner link and the audit', async () => {
    emu = await startGraphEmulator({ blobs: [{ name: 'p.json.gz', lines: () => specLines(subs) }] })
    const r = await runPecReport({
      ...baseOptions(emu),
      now: NOW,
      audit: [{ subscription: B.toUpperCase(), tenant: 'c2', offerName: 'o', pecOk: false, roles: ['Reader'], fix: null }],
      partner: { partnerId: '123', status: 'linked', linkedPartnerId: '123', objectId: 'o', tenantId: 't', message: '' }
    })
    expect(r.entries.find((e) => e.subscriptionId === B)?.reason).toBe('no permanent PEC-eligible delegation for the linked identity')
  })

  it('aggregates a multi-blob export of 200k lines in both casings and both scales', async () => {
    const shape: BulkShape = { subs: 50, days: 30, firstDay: '2024-06-01' }
    const perBlob = 50_000
    emu = await startGraphEmulator({
      blobs: Array.from({ length: 4 }, (_, b) => ({
        name: `part-${b}.json.gz`,
        lines: () => bulkLines(b * perBlob, (b + 1) * perBlob, shape)
      }))
    })
    const r = await runPecReport({ ...baseOptions(emu), now: NOW })
    expect(r.linesRead).toBe(200_000)

    // Expected values straight from the generator's pattern, not from the code under test.
    const days = dayRange(shape.firstDay, shape.days)
    const want = new Map<string, { days: Set<string>; pec: Set<string>; stake: number }>()
    for (let i = 0; i < 200_000; i++) {
      const v = bulkValues(i, shape, days)
      const w = want.get(v.subscriptionId) ?? { days: new Set(), pec: new Set(), stake: 0 }
      want.set(v.subscriptionId, w)
      w.days.add(v.day)
      if (v.pec) w.pec.add(v.day)
      else w.stake += v.amount
    }
    expect(r.entries).toHaveLength(50)
    for (const e of r.entries) {
      const w = want.get(e.subscriptionId)!
      expect([e.usageDays, e.pecDays, e.amountAtStake]).toEqual([w.days.size, w.pec.size, w.stake])
    }
    expect(r.entries.filter((e) => e.status === 'lost').map((e) => e.subscriptionId).sort()).toEqual(
      Array.from({ length: 10 }, (_, k) => guid(k * 5)).sort()
    )
  })
})
