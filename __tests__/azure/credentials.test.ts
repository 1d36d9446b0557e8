import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fakeGitHubIdToken, readJwt, type AzureEmulator } from '../emulator/index.js'
import { runAzure } from '../../src/azure/index.js'
import { chooseAuth, createCredentialProvider } from '../../src/azure/credentials.js'
import { resolveCloud } from '../../src/azure/clouds.js'
import { AUTOMATION_OID, CUSTOMER1, MANAGING, PARAMS, SECRET, TEMPLATE, capture, emulator, inputs, leaks, targetLines } from './helpers.js'

const units = [{ template: TEMPLATE, parameters: PARAMS }]

describe('credentials', () => {
  let emu: AzureEmulator
  beforeEach(async () => {
    emu = await emulator()
  })
  afterEach(async () => {
    await emu.close()
  })

  it('secret: signs in per tenant, masks the secret and every token, logs none of them', async () => {
    const log = capture()
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units, log })
    expect(r.deployments!.map((d) => d.status)).toEqual(['succeeded', 'succeeded'])
    expect(log.secrets).toContain(SECRET)
    for (const token of emu.state.issuedTokens.keys()) expect(log.secrets).toContain(token)
    // Two customer tenants plus the managing tenant (live role check): one token request each, not one per call.
    const tokenCalls = emu.requests.filter((q) => q.path.includes('/oauth2/v2.0/token'))
    expect(tokenCalls).toHaveLength(3)
    expect(new Set(tokenCalls.map((q) => q.path.split('/')[1]))).toEqual(new Set([CUSTOMER1, 'bbbbbbbb-0000-4000-8000-000000000002', MANAGING]))
    expect(leaks(emu, JSON.stringify({ lines: log.lines, r }))).toEqual([])
  })

  it('secret: a wrong secret is reported with the fix, not a stack trace', async () => {
    const log = capture()
    const r = await runAzure({ mode: 'partner', inputs: inputs(emu, { clientSecret: 'wrong-secret-value', partnerId: '1234567' }), units: [], log })
    expect(r.failed).toBe(true)
    expect(r.partner!.message).toContain('AADSTS7000215')
    expect(r.partner!.message).not.toMatch(/\n\s+at /)
    expect(log.lines.join('\n')).not.toContain('wrong-secret-value')
  })

  it('oidc: caches the GitHub token and re-requests it within 60 s of its exp', async () => {
    let calls = 0
    const getIdToken = async (audience: string): Promise<string> => {
      expect(audience).toBe('api://AzureADTokenExchange')
      calls++
      // exp lands 61–62 s ahead (whole seconds): a full second of slack before the 60 s renewal window opens.
      return fakeGitHubIdToken(62)
    }
    const log = capture()
    // Short-lived ARM tokens make MSAL ask for a new one (and so for an assertion) on every call.
    emu.state.tokenLifetimeSeconds = 30
    const cred = createCredentialProvider({ auth: 'oidc', clientId: '11111111-1111-4111-8111-111111111111', clientSecret: '', cloud: resolveCloud('AzureCloud', emu.url, emu.authorityHost), setSecret: log.setSecret, getIdToken }).forTenant(MANAGING)
    for (let i = 0; i < 3; i++) await cred.getToken(`${emu.url}/.default`)
    expect(calls).toBe(1)
    await new Promise((r) => setTimeout(r, 2100))
    const t = await cred.getToken(`${emu.url}/.default`)
    expect(calls).toBe(2)
    expect(readJwt(t!.token)?.oid).toBe(AUTOMATION_OID)
    expect(new Set(emu.state.assertions).size).toBe(2)
    expect(log.secrets).toEqual(expect.arrayContaining(emu.state.assertions))
  })

  it.each([
    ['AzureCloud', 'api://AzureADTokenExchange'],
    ['AzureUSGovernment', 'api://AzureADTokenExchangeUSGov'],
    ['AzureChinaCloud', 'api://AzureADTokenExchangeChina']
  ])('oidc in %s asks GitHub for a token with that cloud\'s exchange audience, and signs in with it', async (environment, audience) => {
    const asked: string[] = []
    const r = await runAzure({
      mode: 'partner',
      inputs: inputs(emu, { auth: 'oidc', clientSecret: '', partnerId: '1234567', azureEnvironment: environment }),
      units: [],
      log: capture(),
      getIdToken: async (a) => {
        asked.push(a)
        return fakeGitHubIdToken(300)
      }
    })
    expect(asked).toEqual([audience])
    expect(r.partner!.status).toBe('not-linked')
    expect(emu.state.assertions).toHaveLength(1)
  })

  it('oidc: an expired GitHub token surfaces AADSTS700024 with the fix', async () => {
    const r = await runAzure({ mode: 'partner', inputs: inputs(emu, { auth: 'oidc', clientSecret: '', partnerId: '1234567' }), units: [], log: capture(), getIdToken: async () => fakeGitHubIdToken(-10) })
    expect(r.partner!.status).toBe('error')
    expect(r.partner!.message).toContain('AADSTS700024')
    expect(r.partner!.message).toContain('id-token: write')
  })

  it('auto picks oidc, then secret, then cli', () => {
    expect(chooseAuth({ auth: 'auto', clientSecret: 's' }, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' })).toBe('oidc')
    expect(chooseAuth({ auth: 'auto', clientSecret: 's' }, {})).toBe('secret')
    // The action always hands over a getIdToken hook: without the runner's OIDC variables, auto must not pick oidc.
    const saved = process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    try {
      const provider = createCredentialProvider({ auth: 'auto', clientId: 'x', clientSecret: 's', cloud: resolveCloud('AzureCloud', 'https://127.0.0.1:1', 'https://127.0.0.1:1'), setSecret: () => {}, getIdToken: async () => 'x' })
      expect(provider.kind).toBe('secret')
    } finally {
      if (saved !== undefined) process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved
    }
    expect(chooseAuth({ auth: 'auto', clientSecret: '' }, {})).toBe('cli')
    expect(chooseAuth({ auth: 'secret', clientSecret: '' }, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' })).toBe('secret')
  })

  it('a custom authority host disables instance discovery; sovereign clouds get their endpoints', () => {
    expect(resolveCloud('AzureCloud', '', 'https://127.0.0.1:1')).toMatchObject({ disableInstanceDiscovery: true, arm: 'https://management.azure.com' })
    expect(resolveCloud('AzureUSGovernment', '', '')).toMatchObject({ arm: 'https://management.usgovcloudapi.net', authorityHost: 'https://login.microsoftonline.us', armScope: 'https://management.usgovcloudapi.net/.default', disableInstanceDiscovery: false })
    expect(resolveCloud('azurechinacloud', '', '').arm).toBe('https://management.chinacloudapi.cn')
    expect(() => resolveCloud('Mars', '', '')).toThrow(/azure-environment/)
    expect(() => resolveCloud('AzureCloud', 'http://insecure', '')).toThrow(/https/)
  })
})

describe('cli credential through a fake az on PATH', () => {
  let emu: AzureEmulator
  let dir: string
  const oldPath = process.env.PATH
  beforeEach(async () => {
    emu = await emulator()
    dir = mkdtempSync(join(tmpdir(), 'fake-az-'))
    const tokens = Object.fromEntries([MANAGING, CUSTOMER1].map((t) => [t, emu.issueToken(t, t === MANAGING ? AUTOMATION_OID : 'dddddddd-0000-4000-8000-0000000000c1')]))
    writeFileSync(join(dir, 'tokens.json'), JSON.stringify(tokens))
    writeFileSync(
      join(dir, 'az'),
      `#!/usr/bin/env node
const fs = require('fs'); const path = require('path')
const args = process.argv.slice(2)
fs.appendFileSync(path.join(${JSON.stringify(dir)}, 'calls.log'), args.join(' ') + '\\n')
const tenant = args[args.indexOf('--tenant') + 1]
const tokens = JSON.parse(fs.readFileSync(path.join(${JSON.stringify(dir)}, 'tokens.json'), 'utf8'))
const exp = Math.floor(Date.now() / 1000) + 3600
process.stdout.write(JSON.stringify({ accessToken: tokens[tenant], expiresOn: new Date(exp * 1000).toISOString(), expires_on: exp, tenant, tokenType: 'Bearer' }))
`
    )
    chmodSync(join(dir, 'az'), 0o755)
    process.env.PATH = `${dir}:${oldPath}`
  })
  afterEach(async () => {
    process.env.PATH = oldPath
    rmSync(dir, { recursive: true, force: true })
    await emu.close()
  })
  afterAll(() => {
    process.env.PATH = oldPath
  })

  it('gets tokens from az per tenant and deploys', async () => {
    const log = capture()
    const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { auth: 'cli', clientSecret: '', targets: targetLines(1), partnerId: '1234567', linkPartner: 'true' }), units, log })
    expect(r.partner!.status).toBe('linked-now')
    expect(r.partner!.objectId).toBe(AUTOMATION_OID)
    expect(r.deployments![0]!.status).toBe('succeeded')
    const calls = readFileSync(join(dir, 'calls.log'), 'utf8')
    expect(calls).toContain(`--tenant ${CUSTOMER1}`)
    expect(calls).toContain(`--resource ${emu.url}`)
    expect(leaks(emu, JSON.stringify({ lines: log.lines, r }))).toEqual([])
  })
})
