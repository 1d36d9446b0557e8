import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyShard, parseTargets } from '../../src/azure/targets.js'
import { deploymentName, loadUnit, slug } from '../../src/azure/deployment-body.js'
import { describeError } from '../../src/azure/errors.js'
import { CUSTOMER1, MANAGING, PARAMS, TEMPLATE, sub } from './helpers.js'

describe('targets', () => {
  it('parses SUB and TENANT/SUB lines with comments and blank lines', () => {
    const t = parseTargets(`# customers\n${sub(1)}\n\n${CUSTOMER1.toUpperCase()}/${sub(2)}  # EU\n`, MANAGING)
    expect(t).toEqual([
      { target: sub(1), tenant: MANAGING, subscription: sub(1) },
      { target: `${CUSTOMER1.toUpperCase()}/${sub(2)}`, tenant: CUSTOMER1, subscription: sub(2) }
    ])
  })

  it('names the line of a bad GUID, a missing tenant and a duplicate', () => {
    expect(() => parseTargets(`${sub(1)}\n\n12345`, MANAGING)).toThrow(/line 3: subscription ID "12345" is not a GUID/)
    expect(() => parseTargets(`nope/${sub(1)}`, MANAGING)).toThrow(/line 1: tenant ID "nope"/)
    expect(() => parseTargets(sub(1), '')).toThrow(/line 1: .*names no tenant/)
    expect(() => parseTargets(`${sub(1)}\n${sub(1)}`, MANAGING)).toThrow(/listed twice/)
  })

  it('reads JSON and YAML targets files with per-target templates relative to the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'targets-'))
    writeFileSync(join(dir, 't.yaml'), `targets:\n  - subscription: ${sub(1)}\n    tenant: ${CUSTOMER1}\n    name: Fabrikam prod\n    template: onboard.json\n    parameters: onboard.parameters.json\n  - subscription: ${sub(2)}\n`)
    const y = parseTargets('t.yaml', MANAGING, dir)
    expect(y[0]).toEqual({ target: 'Fabrikam prod', tenant: CUSTOMER1, subscription: sub(1), template: join(dir, 'onboard.json'), parameters: join(dir, 'onboard.parameters.json') })
    expect(y[1]).toEqual({ target: sub(2), tenant: MANAGING, subscription: sub(2) })
    writeFileSync(join(dir, 't.json'), JSON.stringify([{ subscription: 'bad' }]))
    expect(() => parseTargets(join(dir, 't.json'), MANAGING)).toThrow(/entry 1: subscription ID "bad"/)
    expect(() => parseTargets('missing.json', MANAGING, dir)).toThrow(/not found/)
  })

  it('shards deterministically and rejects bad K/N', () => {
    const items = [1, 2, 3, 4, 5, 6, 7]
    expect(applyShard(items, '')).toEqual(items)
    expect(applyShard(items, '1/3')).toEqual([1, 4, 7])
    expect(applyShard(items, '3/3')).toEqual([3, 6])
    const all = ['1/3', '2/3', '3/3'].flatMap((s) => applyShard(items, s)).sort()
    expect(all).toEqual(items)
    expect(() => applyShard(items, '0/3')).toThrow(/1 ≤ K ≤ N/)
    expect(() => applyShard(items, '4/3')).toThrow(/1 ≤ K ≤ N/)
    expect(() => applyShard(items, 'half')).toThrow(/K\/N/)
  })
})

describe('deployment names', () => {
  it('are lh-<offer>-<hash>, stable for the same content, different for other content, ≤ 64 valid chars', async () => {
    const unit = await loadUnit(TEMPLATE, PARAMS)
    expect(unit.offerName).toBe('Contoso Managed Services')
    expect(unit.deploymentName).toBe((await loadUnit(TEMPLATE, PARAMS)).deploymentName)
    expect(unit.deploymentName).toMatch(/^lh-contoso-managed-services-[0-9a-f]{12}$/)
    expect(deploymentName('x', 'a', 'b')).not.toBe(deploymentName('x', 'a', 'c'))
    // ARM keeps a subscription deployment's location: the same name in another location is refused.
    expect(deploymentName('x', 'a', 'b', 'westeurope')).not.toBe(deploymentName('x', 'a', 'b', 'eastus'))
    expect(deploymentName('x', 'a', 'b', 'West Europe')).toBe(deploymentName('x', 'a', 'b', 'westeurope'))
    const long = deploymentName('Ünïcode offer / with a very long name that goes on and on and on and on', '{}', '')
    expect(long.length).toBeLessThanOrEqual(64)
    expect(long).toMatch(/^[a-z0-9-]+$/)
    expect(slug('--Hello, World!--')).toBe('hello-world')
  })

  it('strips the BOM and comments of parameters files and unwraps their parameters', async () => {
    const unit = await loadUnit(TEMPLATE, PARAMS)
    expect(Object.keys(unit.parametersJson)).toEqual(['mspOfferName', 'managedByTenantId', 'authorizations'])
  })
})

describe('error messages', () => {
  it('never include a stack or a token', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl'
    const e = Object.assign(new Error(`boom ${token}\n    at foo (bar.js:1:1)`), { statusCode: 500 })
    const text = describeError(e)
    expect(text).not.toContain(token)
    expect(text).not.toContain('bar.js')
    expect(describeError(Object.assign(new Error('x'), { name: 'AbortError' }))).toContain('timeout-minutes')
  })

  it('say what to do when the runner gives no OIDC token (the job lacks id-token: write)', () => {
    // What @actions/core's getIDToken throws on a job without the permission.
    const text = describeError(new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'))
    expect(text).toBe('No GitHub OIDC token for auth: oidc: give the job `permissions: id-token: write` (a pull request from a fork never gets one), or use auth: secret.')
  })
})
