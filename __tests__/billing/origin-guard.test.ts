/**
 * Tokens stay home on the Graph side: the partner-tenant Graph token goes to the configured Graph endpoint only,
 * whatever the export's Location or manifest link names; the blobs, which live on another host by design, are
 * fetched with their SAS and never with the token. A second HTTPS origin stands in for the attacker's host.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from '../emulator/graph.js'
import { startAttacker, type Attacker } from '../emulator/attacker.js'
import { runPecReport } from '../../src/billing/index.js'
import { GraphBillingClient } from '../../src/billing/graph.js'
import { ORIGIN_GUARD_POLICY_NAME, isOffOriginError } from '../../src/azure/origin-guard.js'
import { baseOptions, captureLog, credentialFor } from './helpers.js'
import { dayRange, specLines } from './generate-usage.js'

const NOW = new Date('2024-06-30T12:00:00Z')
const LINES = () => specLines([{ customerId: 'c1', customerName: 'Fabrikam', subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001', days: dayRange('2024-06-01', 3) }])

let attacker: Attacker
let emu: GraphEmulator | undefined
beforeAll(async () => {
  attacker = await startAttacker()
})
afterAll(async () => {
  await attacker.close()
})
afterEach(async () => {
  await emu?.close()
  emu = undefined
  attacker.requests.length = 0
})

async function start(o: Partial<GraphEmulatorOptions> = {}): Promise<GraphEmulator> {
  emu = await startGraphEmulator({ blobs: [{ name: 'part-00000.json.gz', lines: LINES }], ...o })
  return emu
}

describe('Graph links to another host', () => {
  it('an operation Location on another host is refused before any poll', async () => {
    const e = await start({ locationOrigin: attacker.url })
    await expect(runPecReport({ ...baseOptions(e), now: NOW })).rejects.toThrow(
      /^Microsoft Graph answered with an operation link on another host \(https:\/\/localhost:\d+\); refused to send the token there \(only https:\/\/127\.0\.0\.1:\d+ receives it\)\.$/
    )
    expect(attacker.requests).toEqual([])
    expect(e.log.polls).toBe(0)
  })

  for (const manifest of ['link', 'odata'] as const) {
    it(`a manifest ${manifest} on another host is refused`, async () => {
      const e = await start({ manifest, manifestOrigin: attacker.url })
      await expect(runPecReport({ ...baseOptions(e), now: NOW })).rejects.toThrow(/^Microsoft Graph answered with a manifest link on another host \(https:\/\/localhost:\d+\)/)
      expect(attacker.requests).toEqual([])
      expect(e.log.polls).toBeGreaterThan(0)
    })
  }

  it('the pipeline itself refuses, even a request sent to the other host on purpose', async () => {
    const e = await start()
    const client = new GraphBillingClient({ credential: credentialFor(e), graphEndpoint: e.url, pollIntervalMs: 10, log: captureLog() })
    const send = (client as unknown as { send(method: string, url: string, signal: AbortSignal): Promise<{ status: number }> }).send.bind(client)
    const refused = await send('GET', `${attacker.url}/v1.0/reports/partners/billing/operations/x`, AbortSignal.timeout(5000)).catch((err: unknown) => err)
    expect(isOffOriginError(refused)).toBe(true)
    expect(attacker.requests).toEqual([])
    // The same client reaches Graph itself with its token (the emulator answers 404 to an unknown operation, not 401).
    expect((await send('GET', `${e.url}/v1.0/reports/partners/billing/operations/x`, AbortSignal.timeout(5000))).status).toBe(404)
    const names = (client as unknown as { pipeline: { getOrderedPolicies(): Array<{ name: string }> } }).pipeline.getOrderedPolicies().map((p) => p.name)
    expect(names.indexOf(ORIGIN_GUARD_POLICY_NAME)).toBeGreaterThan(names.indexOf('bearerTokenAuthenticationPolicy'))
    expect(names.indexOf('bearerTokenAuthenticationPolicy')).toBeGreaterThanOrEqual(0)
  })

  it('blobs on another host (as in Azure Blob Storage) are fetched with the SAS only, never the token', async () => {
    const e = await start({ blobOrigin: attacker.url })
    // The stand-in answers JSON, not gzip: the report fails, but only after the request we look at.
    await expect(runPecReport({ ...baseOptions(e), now: NOW })).rejects.toThrow(/not valid gzip/)
    expect(attacker.requests.length).toBeGreaterThan(0)
    for (const r of attacker.requests) {
      expect(r.authorization).toBeNull()
      expect(r.url).toMatch(/\/blobs\/[\w-]+\/part-00000\.json\.gz\?.*sig=SECRETSIGNATURE/)
    }
  })
})
