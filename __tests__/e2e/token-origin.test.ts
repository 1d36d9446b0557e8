/**
 * Tokens stay home, through the built action as the runner runs it (`node dist/index.js`): a hostile ARM hands the
 * deployment poller a status monitor on another host, and a hostile Graph an export Location there. A second HTTPS
 * origin (another host name and port, same test CA) stands in for the attacker and records what reaches it.
 */
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startAttacker, startAzureEmulator, type Attacker, type AzureEmulator } from '../emulator/index.js'
import { startGraphEmulator, type GraphEmulator } from '../emulator/graph.js'
import { dayRange, specLines } from '../billing/generate-usage.js'
import { AUTOMATION, commands, distMissingMessage, runAction, visibleStdout, type RunResult } from './harness.js'

const MANAGING = '9f3c1a2b-4d5e-4f60-8a7b-1c2d3e4f5a6b'
const CUSTOMER = 'bbbbbbbb-0000-4000-8000-000000000001'
const CLIENT_ID = '0f0f0f0f-0000-4000-8000-000000000001'
const SECRET = 'Sup3r~Secret.Value-4-e2e'
const SUB1 = 'cccccccc-0000-4000-8000-000000000001'
const SUB2 = 'cccccccc-0000-4000-8000-000000000002'

let attacker: Attacker
beforeAll(async () => {
  const missing = distMissingMessage()
  if (missing) throw new Error(missing)
  attacker = await startAttacker()
})
afterAll(async () => {
  await attacker.close()
})
beforeEach(() => {
  attacker.requests.length = 0
})

function text(run: RunResult): string {
  return [visibleStdout(run.stdout), run.stderr, run.summary, readFileSync(`${run.dir}/output.txt`, 'utf8')].join('\n')
}

describe('deploy poller against a hostile ARM', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await startAzureEmulator({
      apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION, [CUSTOMER]: 'dddddddd-0000-4000-8000-0000000000c1' } }],
      subscriptions: [
        { subscriptionId: SUB1, tenantId: CUSTOMER },
        { subscriptionId: SUB2, tenantId: CUSTOMER }
      ],
      lroLatencyMs: 20
    })
  })
  afterEach(async () => {
    await emu.close()
  })

  it('never sends the customer-tenant token to a status monitor on another host; that target fails, the other deploys', async () => {
    emu.state.pollOrigins.set(SUB1, attacker.url)
    const run = await runAction({
      inputs: {
        mode: 'deploy',
        templates: 'templates/passing',
        'automation-principal-id': AUTOMATION,
        auth: 'secret',
        'client-id': CLIENT_ID,
        'client-secret': SECRET,
        'tenant-id': MANAGING,
        'arm-endpoint': emu.url,
        'authority-host': emu.authorityHost,
        targets: `${CUSTOMER}/${SUB1}\n${CUSTOMER}/${SUB2}`
      },
      env: { LPG_RETRY_BASE_MS: '5', LPG_POLL_INTERVAL_MS: '10' }
    })
    expect(attacker.requests).toEqual([])
    // The PUT did reach ARM with the token: the guard refused only the poll.
    expect(emu.requests.some((q) => q.method === 'PUT' && q.path.includes(SUB1) && q.token)).toBe(true)
    expect(run.code).toBe(1)
    const deployments = JSON.parse(run.outputs.deployments!) as Array<{ subscription: string; status: string; error: string | null }>
    const by = Object.fromEntries(deployments.map((d) => [d.subscription, d]))
    expect(by[SUB1]!.status).toBe('failed')
    expect(by[SUB1]!.error).toMatch(/^ARM answered with a polling link on another host \(https:\/\/localhost:\d+\); refused to send the token there \(only https:\/\/127\.0\.0\.1:\d+ receives it\)\.$/)
    expect(by[SUB2]!.status).toBe('succeeded')
    expect(commands(run.stdout, 'error').some((c) => /refused to send the token there/.test(c.message))).toBe(true)
    expect(run.summary).toMatch(/refused to send the token there/)
    const seen = text(run)
    for (const secret of [SECRET, ...emu.state.issuedTokens.keys()]) expect(seen).not.toContain(secret)
  })
})

describe('billing export against a hostile Graph', () => {
  let graph: GraphEmulator
  beforeEach(async () => {
    graph = await startGraphEmulator({
      blobs: [{ name: 'part-0.json.gz', lines: () => specLines([{ customerId: 'c1', customerName: 'Fabrikam', subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001', days: dayRange('2024-06-01', 3) }]) }],
      locationOrigin: attacker.url
    })
  })
  afterEach(async () => {
    await graph.close()
  })

  it('never sends the partner-tenant Graph token to an export Location on another host', async () => {
    const run = await runAction({
      inputs: {
        mode: 'pec-report',
        auth: 'secret',
        'client-id': graph.clientId,
        'client-secret': graph.clientSecret,
        'tenant-id': graph.tenantId,
        'authority-host': graph.authorityHost,
        'arm-endpoint': graph.url,
        'graph-endpoint': graph.url
      },
      eventName: 'schedule',
      env: { LPG_POLL_INTERVAL_MS: '10', LPG_RETRY_BASE_MS: '5' }
    })
    expect(attacker.requests).toEqual([])
    expect(graph.log.exports).toHaveLength(1)
    expect(run.code).toBe(1)
    expect(commands(run.stdout, 'error').some((c) => /Microsoft Graph answered with an operation link on another host \(https:\/\/localhost:\d+\); refused to send the token there/.test(c.message))).toBe(true)
    expect(text(run)).not.toContain(graph.clientSecret)
  })
})
