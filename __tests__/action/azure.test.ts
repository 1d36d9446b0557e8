import { afterEach, describe, expect, it } from '@jest/globals'
import { startGraphEmulator, type GraphEmulator } from '../emulator/graph.js'
import { runPecReportStep } from '../../src/action/azure.js'
import { planRun } from '../../src/action/gate.js'
import { readInputs } from '../../src/action/inputs.js'
import { readRunContext } from '../../src/github/context.js'

process.env.LPG_POLL_INTERVAL_MS = '10'
process.env.LPG_RETRY_BASE_MS = '5'

let emu: GraphEmulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

describe('runPecReportStep', () => {
  it('words a sign-in failure like the ARM side: one line with the fix, no trace IDs', async () => {
    emu = await startGraphEmulator({ blobs: [] })
    const values: Record<string, string> = {
      mode: 'pec-report',
      auth: 'secret',
      'client-id': emu.clientId,
      'client-secret': 'wrong-secret',
      'tenant-id': emu.tenantId,
      'authority-host': emu.authorityHost,
      'arm-endpoint': emu.url,
      'graph-endpoint': emu.url,
      'timeout-minutes': '1'
    }
    const inputs = readInputs((name) => values[name] ?? '')
    const plan = planRun({ mode: 'pec-report', eventName: 'schedule', ref: 'refs/heads/main', pullRequest: false, isFork: false, actor: 'me', allowedRefs: [], comment: 'never', onlyChanged: false, hasToken: false, linkPartner: 'false', partnerCheck: false })
    const failure = await runPecReportStep(inputs, plan, readRunContext({ GITHUB_WORKSPACE: process.cwd() })).then(
      () => null,
      (e: Error) => e.message
    )
    expect(failure).toMatch(/^Invalid client secret \(AADSTS7000215\): use the secret value/)
    expect(failure).not.toContain('\n')
    expect(failure).not.toContain('ClientSecretCredential')
  })
})
