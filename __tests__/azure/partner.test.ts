import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { AzureEmulator } from '../emulator/index.js'
import { runAzure, type AzureInputs } from '../../src/azure/index.js'
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
