/**
 * Hostile billing exports against the Graph emulator over HTTPS: gzip bombs, endless lines and more keys than a partner
 * has end with one clear error (or a reported cut) instead of running until the deadline or out of memory. How fast
 * they end is measured in `npm run bench billing`, not here.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from '../emulator/graph.js'
import { runPecReport } from '../../src/billing/index.js'
import { streamBlobLines } from '../../src/billing/blobs.js'
import { baseOptions } from './helpers.js'
import { dayRange, specLines, usageLine } from './generate-usage.js'

const TLS = path.resolve('__tests__/fixtures/tls')
const NOW = new Date('2024-06-30T12:00:00Z')
const SUB = 'aaaaaaaa-0000-4000-8000-000000000001'
const GOOD = () => specLines([{ customerId: 'c1', customerName: 'Fabrikam', subscriptionId: SUB, days: dayRange('2024-06-01', 3) }])

let emu: GraphEmulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

async function start(o: Partial<GraphEmulatorOptions>): Promise<GraphEmulator> {
  emu = await startGraphEmulator({ blobs: [{ name: 'part-00000.json.gz', lines: GOOD }], manifest: 'inline', ...o })
  return emu
}

/** gzip members concatenated (gunzip reads them all): `mib` MiB of `fill` from about 1 KB per MiB. */
function bomb(mib: number, fill = 0): Buffer {
  const member = gzipSync(Buffer.alloc(1 << 20, fill), { level: 9 })
  return Buffer.concat(Array.from({ length: mib }, () => member))
}

describe('gzip bombs', () => {
  it('a blob of zeros that inflates ~1000× stops at the ratio check, a few MiB past 64 MiB, not at its 1 GiB', async () => {
    const raw = bomb(1024)
    expect(raw.length).toBeLessThan(1.2 * 2 ** 20)
    const e = await start({ blobs: [{ name: 'part-00000.json.gz', lines: GOOD }, { name: 'part-00001.json.gz', lines: () => [] }], rawBlob: { 'part-00001.json.gz': raw } })
    const err = (await runPecReport({ ...baseOptions(e), now: NOW }).catch((x: unknown) => x)) as Error
    expect(err.message).toMatch(/^part-00001\.json\.gz: [\d.]+ KiB of gzip inflated to ([\d.]+) MiB \(more than 250× — a gzip bomb\?\); a billing export blob holds far less, so this one is not read further$/)
    const inflatedMiB = Number(/inflated to ([\d.]+) MiB/.exec(err.message)![1])
    expect(inflatedMiB).toBeGreaterThanOrEqual(64)
    expect(inflatedMiB).toBeLessThan(66)
    // Fatal: not downloaded again.
    expect(e.log.blobRequests.filter((b) => b === 'part-00001.json.gz')).toHaveLength(1)
  })

  it('a blob of newlines ends at the line bound (20 million), long before its 268 million empty lines', async () => {
    const e = await start({ blobs: [{ name: 'part-00000.json.gz', lines: () => [] }], rawBlob: { 'part-00000.json.gz': bomb(256, 0x0a) } })
    await expect(runPecReport({ ...baseOptions(e), now: NOW })).rejects.toThrow(
      /^part-00000\.json\.gz: more than 20,000,000 lines; a billing export blob holds far less, so this one is not read further$/
    )
  })

  it('a blob past its inflated-size bound stops there, even when it compresses like real data', async () => {
    const line = usageLine({ customerId: 'c1', customerName: 'Fabrikam', subscriptionId: SUB, day: '2024-06-01', pec: true, amount: 1, index: 0 })
    const e = await start({ blobs: [{ name: 'part-00000.json.gz', lines: () => Array.from({ length: 20_000 }, () => line) }] })
    const r = runPecReport({ ...baseOptions(e), now: NOW, limits: { maxBlobBytes: 4 * 2 ** 20, maxInflateRatio: Infinity } })
    await expect(r).rejects.toThrow(/^part-00000\.json\.gz: it inflates to more than 4 MiB; a billing export blob holds far less/)
  })

  it('the whole export is bounded too, across blobs', async () => {
    const lines = () => Array.from({ length: 1000 }, (_, i) => usageLine({ customerId: 'c1', customerName: 'Fabrikam', subscriptionId: SUB, day: '2024-06-01', pec: true, amount: 1, index: i }))
    const blobs = ['a', 'b', 'c', 'd'].map((n) => ({ name: `part-${n}.json.gz`, lines }))
    const e = await start({ blobs })
    const perBlob = 1000 * (lines()[0]!.length + 1)
    await expect(runPecReport({ ...baseOptions(e), now: NOW, blobConcurrency: 1, limits: { maxExportBytes: 3 * perBlob } })).rejects.toThrow(/the export inflates to more than/)
    await expect(runPecReport({ ...baseOptions(e), now: NOW, limits: { maxExportLines: 3500 } })).rejects.toThrow(/the export has more than 3,500 lines/)
    await expect(runPecReport({ ...baseOptions(e), now: NOW, limits: { maxBlobLines: 999 } })).rejects.toThrow(/^part-\w\.json\.gz: more than 999 lines/)
    // Within the bounds the same export is read whole.
    expect((await runPecReport({ ...baseOptions(e), now: NOW, limits: { maxExportLines: 4000, maxBlobLines: 1000 } })).linesRead).toBe(4000)
  })

  it('a line without end is given up at the line bound and reported, and the lines after it count', async () => {
    const endless = 'x'.repeat(3 * 2 ** 20)
    const e = await start({ blobs: [{ name: 'part-00000.json.gz', lines: () => [endless, ...GOOD()] }] })
    const r = await runPecReport({ ...baseOptions(e), now: NOW })
    expect(r.notices.join('\n')).toMatch(/1 malformed usage line\(s\) skipped; the first: part-00000\.json\.gz line 1 \(longer than 1 MiB\)/)
    expect(r.entries[0]).toMatchObject({ subscriptionId: SUB, usageDays: 3 })
  })
})

describe('keys', () => {
  /** One line per distinct CustomerId on one subscription: what the 10 MB export with 3 M distinct values does. */
  const distinctCustomers = (n: number) => () => Array.from({ length: n }, (_, i) => usageLine({ customerId: `customer ${i}`, customerName: 'x', subscriptionId: SUB, day: '2024-06-01', pec: true, amount: 1, index: i }))

  it('more customer subscriptions than the bound is a clear error, not an out-of-memory crash', async () => {
    const e = await start({ blobs: [{ name: 'part-00000.json.gz', lines: distinctCustomers(1500) }] })
    await expect(runPecReport({ ...baseOptions(e), now: NOW, limits: { maxSubscriptions: 1000 } })).rejects.toThrow(
      /^the billing export names more than 1,000 customer subscriptions \(CustomerId and EntitlementId pairs\).*`targets`\.$/
    )
  })

  it('targets narrow what is kept: the same export fits when only the partner\'s own subscriptions count', async () => {
    const other = 'aaaaaaaa-0000-4000-8000-000000000099'
    const e = await start({ blobs: [{ name: 'part-00000.json.gz', lines: () => [...distinctCustomers(1500)().map((l) => l.replaceAll(SUB, other)), ...GOOD()] }] })
    const r = await runPecReport({ ...baseOptions(e), now: NOW, targets: [SUB], limits: { maxSubscriptions: 1000 } })
    expect(r.entries.map((x) => x.subscriptionId)).toEqual([SUB])
  })

})

describe('what the Graph answer names', () => {
  it('a manifest listing more blobs than an export is split into is refused before any download', async () => {
    const blobs = Array.from({ length: 11 }, (_, i) => ({ name: `part-${i}.json.gz`, lines: GOOD }))
    const e = await start({ blobs })
    await expect(runPecReport({ ...baseOptions(e), now: NOW, limits: { maxBlobs: 10 } })).rejects.toThrow(/^the export manifest lists 11 blobs, more than the 10 an export is split into$/)
    expect(e.log.blobRequests).toEqual([])
  })

  it('an error answer whose body never ends is read only as far as its first KBs', async () => {
    const server = https.createServer({ key: readFileSync(path.join(TLS, 'server.key')), cert: readFileSync(path.join(TLS, 'server.pem')) }, (_req, res) => {
      res.writeHead(404, { 'x-ms-error-code': 'BlobNotFound' })
      const chunk = 'x'.repeat(64 * 1024)
      const more = (): void => {
        while (res.write(chunk));
        res.once('drain', more)
      }
      more()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/blobs/part-0.json.gz?sig=SECRET`
      await expect(streamBlobLines({ name: 'part-0.json.gz', url }, () => {}, AbortSignal.timeout(20_000))).rejects.toThrow(/^downloading part-0\.json\.gz: HTTP 404 BlobNotFound$/)
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
