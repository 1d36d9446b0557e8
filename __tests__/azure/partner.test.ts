import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { AzureEmulator } from '../emulator/index.js'
import { runAzure, type AzureInputs } from '../../src/azure/index.js'
import { runAzureStep } from '../../src/action/azure.js'
import { planRun } from '../../src/action/gate.js'
import { readInputs } from '../../src/action/inputs.js'
import { readRunContext } from '../../src/github/context.js'
import { AUTOMATION_OID, MANAGING, capture, emulator, inputs, leaks } from './helpers.js'

const key = `${MANAGING}/${AUTOMATION_OID}`
const now = new Date().toISOString()

describe('Partner ID link', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
  })
  afterEach(async () => {
    await emu.close()
  })
  const check = (over: Partial<AzureInputs>) => runAzure({ mode: 'partner', inputs: inputs(emu, { partnerId: '1234567', ...over }), units: [], log: capture() })

  it('linked', async () => {
    emu.state.partnerLinks.set(key, { partnerId: '1234567', partnerName: 'Contoso', state: 'Active', createdTime: now, updatedTime: now, etag: 1 })
    const r = await check({})
    expect(r.partner).toMatchObject({ status: 'linked', linkedPartnerId: '1234567', objectId: AUTOMATION_OID, tenantId: MANAGING })
    expect(r.failed).toBe(false)
  })

  it('not linked: an error with the exact fix, nothing created', async () => {
    const r = await check({})
    expect(r.partner!.status).toBe('not-linked')
    expect(r.partner!.message).toContain('link-partner: true')
    expect(r.partner!.message).toContain('az managementpartner create --partner-id 1234567')
    expect(r.failed).toBe(true)
    expect(emu.state.partnerLinks.size).toBe(0)
  })

  it('link-partner: true creates the missing link', async () => {
    const r = await check({ linkPartner: 'true' })
    expect(r.partner!.status).toBe('linked-now')
    expect(r.failed).toBe(false)
    expect(emu.state.partnerLinks.get(key)?.partnerId).toBe('1234567')
  })

  it('linked to another ID: error; true does not change it; replace does', async () => {
    emu.state.partnerLinks.set(key, { partnerId: '7654321', partnerName: 'Other', state: 'Active', createdTime: now, updatedTime: now, etag: 1 })
    const other = await check({ linkPartner: 'true' })
    expect(other.partner).toMatchObject({ status: 'other-partner', linkedPartnerId: '7654321' })
    expect(other.partner!.message).toContain('link-partner: replace')
    expect(other.partner!.message).toContain('az managementpartner update --partner-id 1234567')
    expect(emu.state.partnerLinks.get(key)?.partnerId).toBe('7654321')
    const replaced = await check({ linkPartner: 'replace' })
    expect(replaced.partner!.status).toBe('replaced')
    expect(replaced.failed).toBe(false)
    expect(emu.state.partnerLinks.get(key)?.partnerId).toBe('1234567')
  })

  it('inactive link is an error with the fix', async () => {
    emu.state.partnerLinks.set(key, { partnerId: '1234567', partnerName: 'Contoso', state: 'Deleted', createdTime: now, updatedTime: now, etag: 1 })
    const r = await check({})
    expect(r.partner!.status).toBe('inactive')
    expect(r.partner!.message).toContain('Deleted')
    expect(r.failed).toBe(true)
  })

  it('says when the running identity is not the automation principal', async () => {
    emu.state.partnerLinks.set(key, { partnerId: '1234567', partnerName: 'Contoso', state: 'Active', createdTime: now, updatedTime: now, etag: 1 })
    const log = capture()
    const r = await runAzure({ mode: 'partner', inputs: inputs(emu, { partnerId: '1234567', automationPrincipalId: 'ffffffff-0000-4000-8000-000000000001' }), units: [], log })
    expect(r.partner!.principalMismatch).toContain(AUTOMATION_OID)
    expect(r.partner!.principalMismatch).toContain('ffffffff-0000-4000-8000-000000000001')
    expect(r.notices.join('\n')).toContain('not automation-principal-id')
    expect(leaks(emu, JSON.stringify({ lines: log.lines, r }))).toEqual([])
  })

  it('fails the action with the missing link, not with the advice given after it', async () => {
    const az = inputs(emu, { partnerId: '1234567', automationPrincipalId: 'ffffffff-0000-4000-8000-000000000001' })
    const actionInputs = readInputs((name) => ({ auth: az.auth, 'client-id': az.clientId, 'tenant-id': az.tenantId, 'client-secret': az.clientSecret, 'arm-endpoint': az.armEndpoint, 'authority-host': az.authorityHost, 'partner-id': az.partnerId, 'automation-principal-id': az.automationPrincipalId, 'timeout-minutes': '1' })[name] ?? '')
    const plan = planRun({ mode: 'lint', eventName: 'push', ref: 'refs/heads/main', pullRequest: false, isFork: false, actor: 'me', allowedRefs: [], comment: 'never', onlyChanged: false, hasToken: false, linkPartner: 'false', partnerCheck: true })
    const step = await runAzureStep(actionInputs, plan, readRunContext({ GITHUB_WORKSPACE: az.workspace }), null)
    expect(step.failed).toBe(true)
    // The principal-mismatch advice is pushed after the partner failure; it is a notice, not the reason.
    expect(step.notices.at(-1)).toContain('not automation-principal-id')
    expect(step.failureReason).toContain('not linked to any Partner ID')
  })

  it('timeout-minutes cuts short a partner check stuck behind a long Retry-After', async () => {
    // 200 s fits the throttle budget (5 minutes): without the deadline this waits it out and fails by Jest's timeout.
    emu.faults.add({ path: /ManagementPartner\/partners$/, status: 429, retryAfter: '200' })
    const r = await check({ timeoutMinutes: 0.01 })
    expect(r.partner!.status).toBe('error')
    expect(r.partner!.message).toContain('timeout-minutes')
    expect(r.failed).toBe(true)
  })

  it('a Retry-After longer than the throttle budget is not waited for at all', async () => {
    const fault = emu.faults.add({ path: /ManagementPartner\/partners$/, status: 429, retryAfter: '600' })
    const r = await check({})
    expect(r.partner!.status).toBe('error')
    expect(r.partner!.message).toMatch(/Throttled by Azure Resource Manager \(HTTP 429\) beyond the retry budget: .* and it asked to wait 600 s more/)
    expect(fault.hits).toBe(1)
  })

  it('rejects a partner ID that is not digits without calling Azure', async () => {
    const r = await check({ partnerId: 'abc' })
    expect(r.partner!.status).toBe('error')
    expect(emu.requests.filter((q) => q.path.includes('ManagementPartner'))).toHaveLength(0)
  })

  it('a throttled partner API is retried', async () => {
    emu.state.partnerLinks.set(key, { partnerId: '1234567', partnerName: 'Contoso', state: 'Active', createdTime: now, updatedTime: now, etag: 1 })
    const fault = emu.faults.add({ path: /ManagementPartner\/partners$/, status: 429, times: 2 })
    const r = await check({})
    expect(fault.hits).toBe(2)
    expect(r.partner!.status).toBe('linked')
  })
})
