import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { AzureEmulator } from '../emulator/index.js'
import { runAzure } from '../../src/azure/index.js'
import { backoffDelay } from '../../src/azure/retry-policy.js'
import { PARAMS, TEMPLATE, capture, emulator, inputs, sub, targetLines } from './helpers.js'

const units = [{ template: TEMPLATE, parameters: PARAMS }]
const DEPLOY_PUT = /\/providers\/Microsoft\.Resources\/deployments\/[^/]+$/

describe('retries through the real SDK pipeline', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  const deployOne = () => runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(1) }), units, log: capture() })
  const puts = () => emu.requests.filter((q) => q.method === 'PUT').map((q) => q.status)

  it('retries a 429 without Retry-After (the SDK alone gives up)', async () => {
    const fault = emu.faults.add({ method: 'PUT', path: DEPLOY_PUT, status: 429, times: 4 })
    const r = await deployOne()
    expect(fault.hits).toBe(4)
    expect(puts()).toEqual([429, 429, 429, 429, 201])
    expect(r.deployments![0]!.status).toBe('succeeded')
  })

  it('honours Retry-After on a 429', async () => {
    const fault = emu.faults.add({ method: 'PUT', path: DEPLOY_PUT, status: 429, retryAfterMs: 150, times: 1 })
    const started = Date.now()
    const r = await deployOne()
    expect(fault.hits).toBe(1)
    expect(r.deployments![0]!.status).toBe('succeeded')
    expect(Date.now() - started).toBeGreaterThanOrEqual(150)
  })

  it('gives up on endless bare 429s with a clear message, and the other targets still succeed', async () => {
    emu.faults.add({ method: 'PUT', path: `/subscriptions/${sub(1)}/`, status: 429 })
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units, log: capture() })
    const throttled = r.deployments!.find((d) => d.subscription === sub(1))!
    expect(throttled.status).toBe('failed')
    expect(throttled.error).toMatch(/TooManyRequests|429/)
    // 1 attempt + 6 retries of the bare-429 policy, each through the SDK's own (non-retrying) 429 handling.
    expect(emu.requests.filter((q) => q.method === 'PUT' && q.path.includes(sub(1))).length).toBe(7)
    expect(r.deployments!.find((d) => d.subscription === sub(2))!.status).toBe('succeeded')
  })

  it('keeps retrying a 429 whose Retry-After outlasts the SDK\'s three retries, waiting as the header says', async () => {
    const fault = emu.faults.add({ method: 'PUT', path: DEPLOY_PUT, status: 429, retryAfterMs: 30, times: 5 })
    const r = await deployOne()
    expect(fault.hits).toBe(5)
    expect(puts()).toEqual([429, 429, 429, 429, 429, 201])
    expect(r.deployments![0]!.status).toBe('succeeded')
  })

  it('follows the deployment itself when its status polls keep failing, instead of reporting a running deployment as failed', async () => {
    // More throttled polls in a row than any retry layer absorbs: the poller gives up, the deployment does not.
    const poll = emu.faults.add({ method: 'GET', path: /operationStatuses/, status: 429, retryAfterMs: 5 })
    const r = await deployOne()
    expect(poll.hits).toBeGreaterThan(6)
    expect(r.deployments![0]).toMatchObject({ status: 'succeeded', error: null, delegationVerified: true })
    expect(emu.requests.some((q) => q.method === 'GET' && /\/deployments\/[^/]+$/.test(q.path))).toBe(true)
  })

  describe('the throttle budget', () => {
    const saved = { retries: process.env.LPG_THROTTLE_MAX_RETRIES, wait: process.env.LPG_THROTTLE_MAX_WAIT_MS }
    afterEach(() => {
      for (const [k, v] of [['LPG_THROTTLE_MAX_RETRIES', saved.retries], ['LPG_THROTTLE_MAX_WAIT_MS', saved.wait]] as const) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    })

    it('fails a target at once when a Retry-After asks for more than its budget, instead of waiting an hour', async () => {
      process.env.LPG_THROTTLE_MAX_WAIT_MS = '2000'
      const fault = emu.faults.add({ method: 'PUT', path: `/subscriptions/${sub(1)}/`, status: 429, retryAfter: '3600' })
      const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units, log: capture() })
      const throttled = r.deployments!.find((d) => d.subscription === sub(1))!
      expect(throttled.status).toBe('failed')
      expect(throttled.error).toBe(
        'Throttled by Azure Resource Manager (HTTP 429) beyond the retry budget: 0 retries and 0 s of waiting (at most 20 retries and 2 s), and it asked to wait 3600 s more. Lower max-parallel or re-run later.'
      )
      // Neither the SDK's Retry-After policy nor ours sent it again.
      expect(fault.hits).toBe(1)
      expect(r.deployments!.find((d) => d.subscription === sub(2))!.status).toBe('succeeded')
    })

    it('counts the throttled retries of all of a target\'s requests, the SDK\'s own included, in one budget', async () => {
      process.env.LPG_THROTTLE_MAX_RETRIES = '4'
      const polls = emu.faults.add({ method: 'GET', path: new RegExp(`/subscriptions/${sub(1)}/.*operationStatuses`), status: 429, retryAfterMs: 5 })
      const reads = emu.faults.add({ method: 'GET', path: new RegExp(`/subscriptions/${sub(1)}/providers/Microsoft\\.Resources/deployments/[^/]+$`), status: 429, retryAfterMs: 5 })
      const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units, log: capture() })
      const throttled = r.deployments!.find((d) => d.subscription === sub(1))!
      expect(throttled.status).toBe('failed')
      expect(throttled.error).toMatch(/^Throttled by Azure Resource Manager \(HTTP 429\) beyond the retry budget: 4 retries and 0 s of waiting \(at most 4 retries/)
      // 4 retries in all: the polls' and the reads' together, never 4 each plus the SDK's 3.
      expect(polls.hits + reads.hits).toBeLessThanOrEqual(4 + 1 + 9)
      expect(r.deployments!.find((d) => d.subscription === sub(2))!.status).toBe('succeeded')
    })
  })

  it.each([500, 503])('retries HTTP %i', async (status) => {
    const fault = emu.faults.add({ method: 'PUT', path: DEPLOY_PUT, status, times: 2 })
    const r = await deployOne()
    expect(fault.hits).toBe(2)
    expect(r.deployments![0]!.status).toBe('succeeded')
  })

  it('retries a connection reset, on the PUT and on a status poll', async () => {
    const put = emu.faults.add({ method: 'PUT', path: DEPLOY_PUT, reset: true, times: 1 })
    const poll = emu.faults.add({ method: 'GET', path: /operationStatuses/, reset: true, times: 1 })
    const r = await deployOne()
    expect(put.hits).toBe(1)
    expect(poll.hits).toBe(1)
    expect(r.deployments![0]!.status).toBe('succeeded')
  })

  it('reports a 4xx without retrying it', async () => {
    emu.faults.add({ method: 'PUT', path: DEPLOY_PUT, status: 403, code: 'AuthorizationFailed', message: "The client 'x' does not have authorization to perform action 'Microsoft.Resources/deployments/write'." })
    const r = await deployOne()
    expect(puts()).toEqual([403])
    expect(r.deployments![0]!.error).toContain('AuthorizationFailed')
    expect(r.deployments![0]!.error).toContain('Owner')
  })
})

describe('backoff', () => {
  it('is full jitter under an exponential, capped ceiling', () => {
    expect(backoffDelay(0, 100, 1000, () => 0.999)).toBe(99)
    expect(backoffDelay(3, 100, 1000, () => 0.5)).toBe(400)
    expect(backoffDelay(10, 100, 1000, () => 0.999)).toBe(999)
    expect(backoffDelay(2, 100, 1000, () => 0)).toBe(0)
  })
})
