/** The built action's Azure modes against the ARM / Entra emulator, with the GitHub API stand-in for the PR comment. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiStandIn } from '../emulator/github-api.js'
import { startAzureEmulator, type AzureEmulator } from '../emulator/index.js'
import { AUTOMATION, ROOT, commands, distMissingMessage, makeWorkspace, pullRequestPayload, runAction, visibleStdout, type RunOptions, type RunResult } from './harness.js'

const MANAGING = '9f3c1a2b-4d5e-4f60-8a7b-1c2d3e4f5a6b'
const CUSTOMER = 'bbbbbbbb-0000-4000-8000-000000000001'
const CUSTOMER2 = 'bbbbbbbb-0000-4000-8000-000000000002'
const CLIENT_ID = '0f0f0f0f-0000-4000-8000-000000000001'
const SECRET = 'Sup3r~Secret.Value-4-e2e'
const TOKEN = 'ghs_e2eTokenDoNotLeak0123456789'
const SUB1 = 'cccccccc-0000-4000-8000-000000000001'
const SUB2 = 'cccccccc-0000-4000-8000-000000000002'

let emu: AzureEmulator
let api: GitHubApiStandIn

beforeAll(async () => {
  const missing = distMissingMessage()
  if (missing) throw new Error(missing)
  api = new GitHubApiStandIn()
  await api.start()
})
afterAll(async () => {
  await api.stop()
})
beforeEach(async () => {
  emu = await startAzureEmulator({
    apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION, [CUSTOMER]: 'dddddddd-0000-4000-8000-0000000000c1', [CUSTOMER2]: 'dddddddd-0000-4000-8000-0000000000c2' } }],
    subscriptions: [
      { subscriptionId: SUB1, tenantId: CUSTOMER, displayName: 'Contoso prod', managementGroup: 'mg-contoso' },
      { subscriptionId: SUB2, tenantId: CUSTOMER, displayName: 'Contoso dev', managementGroup: 'mg-contoso' }
    ],
    managementGroups: [
      { tenantId: CUSTOMER, name: 'mg-contoso' },
      { tenantId: CUSTOMER2, name: 'mg-northwind' }
    ],
    lroLatencyMs: 20
  })
  const now = new Date().toISOString()
  emu.state.partnerLinks.set(`${MANAGING}/${AUTOMATION}`, { partnerId: '1234567', partnerName: 'Fabrikam', state: 'Active', createdTime: now, updatedTime: now, etag: 1 })
  api.comments.clear()
})
afterEach(async () => {
  await emu.close()
})

function azureRun(options: RunOptions & { templates?: string }): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: {
      templates: options.templates ?? 'templates/passing',
      'automation-principal-id': AUTOMATION,
      auth: 'secret',
      'client-id': CLIENT_ID,
      'client-secret': SECRET,
      'tenant-id': MANAGING,
      'arm-endpoint': emu.url,
      'authority-host': emu.authorityHost,
      targets: `${CUSTOMER}/${SUB1}\n${CUSTOMER}/${SUB2}`,
      'partner-id': '1234567',
      'github-token': TOKEN,
      ...options.inputs
    },
    env: { GITHUB_API_URL: api.url, LPG_RETRY_BASE_MS: '5', LPG_POLL_INTERVAL_MS: '10', ...options.env }
  })
}

function leaks(run: RunResult, extra: string[] = []): string[] {
  const sensitive = [SECRET, TOKEN, ...emu.state.issuedTokens.keys(), ...emu.state.assertions, ...extra]
  const text = [visibleStdout(run.stdout), run.stderr, run.summary, readFileSync(`${run.dir}/output.txt`, 'utf8'), ...[...api.comments.values()].flat().map((c) => c.body)].join('\n')
  return sensitive.filter((s) => text.includes(s))
}

describe('mode: deploy', () => {
  it('deploys on push to every target, verifies the Partner ID, and reports per target', async () => {
    const run = await azureRun({ inputs: { mode: 'deploy' } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    const deployments = JSON.parse(run.outputs.deployments!)
    expect(deployments.map((d: { subscription: string; status: string }) => [d.subscription, d.status])).toEqual([
      [SUB1, 'succeeded'],
      [SUB2, 'succeeded']
    ])
    expect(Object.keys(deployments[0]).sort()).toEqual(['deploymentName', 'durationMs', 'error', 'status', 'subscription', 'target', 'tenant'])
    expect(run.outputs['partner-linked']).toBe('true')
    expect(emu.state.registrationAssignments.size).toBe(2)
    expect(run.summary).toMatch(/### Partner ID\n\n✅ \[Partner ID\]\([^)]+\) 1234567: \*\*linked\*\*/)
    expect(run.summary).toContain(`| ✅ | ${CUSTOMER}/${SUB1} | succeeded`)
    expect(leaks(run)).toEqual([])
  })

  it('on pull_request runs what-if instead, with a notice, and puts the per-target result in the comment', async () => {
    const run = await azureRun({ eventName: 'pull_request', payload: pullRequestPayload(51), inputs: { mode: 'deploy', 'link-partner': 'true' } })
    expect(run.code).toBe(0)
    const notices = commands(run.stdout, 'notice').filter((c) => !c.props.file).map((c) => c.message)
    expect(notices).toContainEqual(expect.stringMatching(/^`mode: deploy` does not deploy on pull_request events: ran what-if instead/))
    expect(JSON.parse(run.outputs.deployments!).map((d: { status: string }) => d.status)).toEqual(['what-if', 'what-if'])
    expect(emu.state.registrationAssignments.size).toBe(0)
    const body = api.commentsOf(51)[0]!.body
    expect(body).toContain('## ✅ Lighthouse PEC Guard — what-if: pass')
    expect(body).toContain(`| 🔍 | ${CUSTOMER}/${SUB1} | what-if |`)
    expect(leaks(run)).toEqual([])
  })

  it('never deploys when lint finds errors', async () => {
    const run = await azureRun({ templates: 'templates', inputs: { mode: 'deploy' } })
    expect(run.code).toBe(1)
    expect(emu.state.registrationAssignments.size).toBe(0)
    expect(commands(run.stdout, 'notice').some((c) => /^Did not deploy: lint found 2 error\(s\)/.test(c.message))).toBe(true)
    expect(leaks(run)).toEqual([])
  })

  it('a comment on a pull request (issue_comment) never reaches Azure, even on an allowed ref', async () => {
    const run = await azureRun({
      eventName: 'issue_comment',
      payload: { action: 'created', issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/fabrikam/onboarding/pulls/7' } }, comment: { body: '/deploy' } },
      inputs: { mode: 'deploy', 'allowed-refs': 'refs/heads/main' }
    })
    expect(emu.requests).toHaveLength(0)
    expect(emu.state.registrationAssignments.size).toBe(0)
    expect(commands(run.stdout, 'notice').some((c) => /^Comment on a pull request \(issue_comment\): linted and reported only/.test(c.message))).toBe(true)
  })

  it('fails a deployment refused for lint errors even with fail-on: never', async () => {
    const run = await azureRun({ templates: 'templates', inputs: { mode: 'deploy', 'fail-on': 'never' } })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('fail')
    expect(emu.state.registrationAssignments.size).toBe(0)
    expect(commands(run.stdout, 'error').at(-1)!.message).toMatch(/did not deploy because lint found 2 error/)
  })

  it('a failed target fails the run with its real cause, annotated', async () => {
    emu.state.failDeployments.set(SUB2, { code: 'InvalidTemplate', message: 'The principal 11111111 is not in the tenant' })
    const run = await azureRun({ inputs: { mode: 'deploy' } })
    expect(run.code).toBe(1)
    const errors = commands(run.stdout, 'error')
    expect(errors.some((e) => e.props.title?.startsWith('Deployment failed') && /InvalidTemplate|not in the tenant/.test(e.message))).toBe(true)
    expect(errors.at(-1)!.message).toMatch(/1 of 2 target\(s\) failed\. See the job summary/)
    expect(run.outputs.result).toBe('fail')
  })
})

describe('Partner ID in lint mode', () => {
  it('reports a missing link with partner-linked=false', async () => {
    emu.state.partnerLinks.clear()
    const run = await azureRun({ inputs: { mode: 'lint' } })
    expect(run.outputs['partner-linked']).toBe('false')
    expect(run.summary).toMatch(/❌ \[Partner ID\]\([^)]+\) 1234567: \*\*not-linked\*\*/)
    expect(commands(run.stdout, 'error').some((e) => e.props.title === 'Partner ID not linked')).toBe(true)
  })
})

describe('mode: deploy at management-group scope', () => {
  /** A workspace with the policy-based onboarding template (management-group schema) beside the usual fixtures. */
  function policyWorkspace(): string {
    const ws = makeWorkspace()
    mkdirSync(path.join(ws, 'templates', 'policy'))
    const fixtures = path.join(ROOT, '__tests__', 'azure', 'fixtures')
    for (const f of ['policy-mg.json', 'policy-mg.parameters.json']) copyFileSync(path.join(fixtures, f), path.join(ws, 'templates', 'policy', f))
    // The onboarding grants the automation principal of these runs its PEC-eligible role.
    const params = path.join(ws, 'templates', 'policy', 'policy-mg.parameters.json')
    writeFileSync(params, readFileSync(params, 'utf8').replace(/dddddddd-0000-4000-8000-00000000000a/g, AUTOMATION).replace(/aaaaaaaa-0000-4000-8000-00000000000a/g, MANAGING))
    return ws
  }
  const groups = `${CUSTOMER}/providers/Microsoft.Management/managementGroups/mg-contoso\n${CUSTOMER2}/providers/Microsoft.Management/managementGroups/mg-northwind`

  it('deploys policy-based onboarding to two management groups in two tenants, with per-target results and the remediation note', async () => {
    const run = await azureRun({ templates: 'templates/policy', workspace: policyWorkspace(), inputs: { mode: 'deploy', targets: groups } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    const deployments = JSON.parse(run.outputs.deployments!)
    expect(deployments.map((d: { managementGroup: string; subscription: string; tenant: string; status: string }) => [d.managementGroup, d.tenant, d.subscription, d.status])).toEqual([
      ['mg-contoso', CUSTOMER, '', 'succeeded'],
      ['mg-northwind', CUSTOMER2, '', 'succeeded']
    ])
    expect(emu.requests.filter((q) => q.method === 'PUT' && /^\/providers\/Microsoft\.Management\/managementGroups\/mg-(contoso|northwind)\/providers\/Microsoft\.Resources\/deployments\/lh-/.test(q.path))).toHaveLength(2)
    expect(run.summary).toMatch(/\| ✅ \| bbbbbbbb-0000-4000-8000-000000000001\/providers\/Microsoft\.Management\/managementGroups\/mg-contoso \| succeeded \|.*ℹ️ Policy-based onboarding: /)
    expect(emu.state.policyDefinitions.size).toBe(2)
    // After the policy's remediation the delegation is there, and the audit sees it with the PEC role.
    expect(emu.remediate('mg-contoso')).toBe(2)
    const audit = await azureRun({ inputs: { mode: 'audit', targets: `${CUSTOMER}/${SUB1}` } })
    expect(audit.summary).toContain('### Audit')
    expect(audit.summary).toMatch(new RegExp(`\\| ✅ \\| ${SUB1} \\|`))
    expect(leaks(run)).toEqual([])
  })

  it('a management-group template aimed at a subscription fails that target before anything is sent', async () => {
    const run = await azureRun({ templates: 'templates/policy', workspace: policyWorkspace(), inputs: { mode: 'deploy', targets: `${CUSTOMER}/${SUB1}` } })
    expect(run.code).toBe(1)
    const [d] = JSON.parse(run.outputs.deployments!)
    expect(d).toMatchObject({ subscription: SUB1, status: 'failed' })
    expect(d.error).toMatch(/^Not sent: policy-mg\.json is a management-group template/)
    expect(emu.requests.filter((q) => q.path.includes('/deployments/'))).toEqual([])
  })
})
