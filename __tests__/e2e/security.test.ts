/**
 * The attacks of issue 9, replayed against the committed bundle the way the runner runs it: a fork's pull request
 * that commits symlinks, FIFOs and a symlinked `sarif-file`, a payload without `pull_request`, and Azure / Graph text
 * that carries workflow commands. Each must fail: nothing read from outside the workspace reaches any output, nothing
 * blocks, nothing is written through a link, nothing untrusted signs in, and no line of the log is a command.
 */
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startAzureEmulator, type AzureEmulator } from '../emulator/index.js'
import { startGraphEmulator, type GraphEmulator } from '../emulator/graph.js'
import { runnerCommands } from '../helpers/runner-commands.js'
import { dayRange, specLines } from '../billing/generate-usage.js'
import { AUTOMATION, commands, distMissingMessage, makeWorkspace, pullRequestPayload, runAction, type RunResult } from './harness.js'

const MANAGING = '9f3c1a2b-4d5e-4f60-8a7b-1c2d3e4f5a6b'
const CUSTOMER = 'bbbbbbbb-0000-4000-8000-000000000001'
const CLIENT_ID = '0f0f0f0f-0000-4000-8000-000000000001'
const SECRET = 'Sup3r~Secret.Value-4-e2e'
const SUB1 = 'cccccccc-0000-4000-8000-000000000001'
const FORK = 'mallory/onboarding'
const REPO_SAME = 'fabrikam/onboarding'

function graphInputs(graph: GraphEmulator, more: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'pec-report',
    auth: 'secret',
    'client-id': graph.clientId,
    'client-secret': graph.clientSecret,
    'tenant-id': graph.tenantId,
    'authority-host': graph.authorityHost,
    // No ARM here: the delegation audit that explains missing credit fails fast and becomes a notice.
    'arm-endpoint': graph.url,
    'graph-endpoint': graph.url,
    ...more
  }
}

beforeAll(() => {
  const missing = distMissingMessage()
  if (missing) throw new Error(missing)
})

let cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups) await c()
  cleanups = []
})

/** A folder outside the workspace (another checkout, the runner's files) holding values that must never leak. */
function outsideFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pec-e2e-outside-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(
    path.join(dir, 'secret.parameters.json'),
    JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: {
        mspOfferName: { value: 'LEAKED-OFFER-NAME' },
        managedByTenantId: { value: 'LEAKED-TENANT-VALUE' },
        authorizations: { value: [{ principalId: 'LEAKED-PRINCIPAL-VALUE', roleDefinitionId: 'LEAKED-ROLE-VALUE', principalIdDisplayName: 'LEAKED-NAME' }] }
      }
    })
  )
  mkdirSync(path.join(dir, 'tree'))
  writeFileSync(path.join(dir, 'tree', 'onboarding.json'), readFileSync(path.join(dir, 'secret.parameters.json'), 'utf8').replace('deploymentParameters', 'LEAKED-TREE'))
  return dir
}

/** Everything the run wrote that people or later steps read. */
function everything(run: RunResult, sarif?: string): string {
  return [run.stdout, run.stderr, run.summary, readFileSync(path.join(run.dir, 'output.txt'), 'utf8'), sarif ? readFileSync(sarif, 'utf8') : ''].join('\n')
}

describe('a fork pull request that commits symlinks', () => {
  it('a parameters file linked to a file outside the workspace: not read, a file-not-read error, its values nowhere', async () => {
    const outside = outsideFolder()
    const workspace = makeWorkspace()
    const parameters = path.join(workspace, 'templates/passing/onboarding.parameters.json')
    rmSync(parameters)
    symlinkSync(path.join(outside, 'secret.parameters.json'), parameters)
    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(61, FORK),
      inputs: { templates: 'templates', 'automation-principal-id': AUTOMATION, 'sarif-file': 'lighthouse-pec.sarif' }
    })
    expect(run.code).toBe(1)
    const sarif = path.join(workspace, 'lighthouse-pec.sarif')
    expect(everything(run, sarif)).not.toMatch(/LEAKED/)
    const refused = commands(run.stdout, 'error').find((c) => c.props.file === 'templates/passing/onboarding.parameters.json')
    expect(refused?.message).toMatch(/symbolic link to a file outside the workspace; it was not read/)
    const findings = JSON.parse(run.outputs.findings!)
    const unit = findings.results.find((r: { template: string }) => r.template === 'templates/passing/onboarding.json')
    expect(unit.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('file-not-read')
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'file-not-read')).toBe(true)
  })

  it('folders linked to another tree and to /: not entered, counted in the summary and the findings output', async () => {
    const outside = outsideFolder()
    const workspace = makeWorkspace()
    symlinkSync(path.join(outside, 'tree'), path.join(workspace, 'templates/other-checkout'))
    symlinkSync('/', path.join(workspace, 'templates/root'))
    const run = await runAction({ workspace, eventName: 'pull_request', payload: pullRequestPayload(62, FORK), inputs: { templates: 'templates' } })
    expect(run.code).toBe(1) // the fixture's failing template
    expect(everything(run)).not.toMatch(/LEAKED/)
    const { skipped } = JSON.parse(run.outputs.findings!)
    expect(skipped.reasons).toEqual({ 'symlinked-folder': 2 })
    expect(skipped.files).toEqual(
      expect.arrayContaining([
        { file: 'templates/other-checkout', reason: 'symlinked-folder' },
        { file: 'templates/root', reason: 'symlinked-folder' }
      ])
    )
    expect(run.summary).toContain('2 file(s) skipped: 2 symbolic links to folders (not followed).')
  })

  it('a link to /dev/stdout and a FIFO never block the step: found by a search or named, and a templates folder linked to /dev/stdout', async () => {
    const workspace = makeWorkspace()
    symlinkSync('/dev/stdout', path.join(workspace, 'templates/stdout.json'))
    execFileSync('mkfifo', [path.join(workspace, 'templates/fifo.json')])
    symlinkSync('/dev/stdout', path.join(workspace, 'lh'))
    const started = Date.now()
    // Nobody writes to the FIFO: a blocking read would hold the step until the harness kills it (30 s).
    const run = await runAction({ workspace, eventName: 'pull_request', payload: pullRequestPayload(63, FORK), inputs: { templates: 'templates\ntemplates/fifo.json\nlh' } })
    expect(run.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(25_000)
    const findings = JSON.parse(run.outputs.findings!)
    const refused = Object.fromEntries(
      findings.results.filter((r: { findings: Array<{ ruleId: string }> }) => r.findings.some((f) => f.ruleId === 'file-not-read')).map((r: { template: string; findings: Array<{ message: string }> }) => [r.template, r.findings[0]!.message])
    )
    expect(refused).toEqual({ 'templates/fifo.json': expect.stringMatching(/not a regular file \(a FIFO\)/), lh: expect.stringMatching(/symbolic link/) })
    expect(findings.skipped.files).toContainEqual({ file: 'templates/stdout.json', reason: expect.stringMatching(/^(outside-workspace|unreadable)$/) })
  })
})

describe('an output named in the runner\'s temporary folder', () => {
  it('sarif-file under RUNNER_TEMP is written there, and does not make RUNNER_TEMP readable through a committed symlink', async () => {
    // `sarif-file: ${{ runner.temp }}/lighthouse-pec.sarif`, a common setting: RUNNER_TEMP holds the event payload and
    // files other steps left there. An output folder must be writable, never a folder the checkout can read from.
    const runnerTemp = outsideFolder()
    const workspace = makeWorkspace()
    const parameters = path.join(workspace, 'templates/passing/onboarding.parameters.json')
    rmSync(parameters)
    symlinkSync(path.join(runnerTemp, 'secret.parameters.json'), parameters)
    const sarif = path.join(runnerTemp, 'lighthouse-pec.sarif')
    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload(65, FORK),
      env: { RUNNER_TEMP: runnerTemp },
      inputs: { templates: 'templates/passing', 'automation-principal-id': AUTOMATION, 'sarif-file': sarif }
    })
    expect(run.code).toBe(1)
    expect(run.outputs['sarif-file']).toBe(sarif)
    expect(everything(run, sarif)).not.toMatch(/LEAKED/)
    const refused = commands(run.stdout, 'error').find((c) => c.props.file === 'templates/passing/onboarding.parameters.json')
    expect(refused?.message).toMatch(/symbolic link to a file outside the workspace; it was not read/)
  })
})

describe('sarif-file committed as a symlink on pull_request_target', () => {
  it('replaces the link with the SARIF file and leaves the event payload it pointed at untouched', async () => {
    const runner = mkdtempSync(path.join(tmpdir(), 'pec-e2e-runner-'))
    cleanups.push(() => rmSync(runner, { recursive: true, force: true }))
    const event = path.join(runner, 'event.json')
    const payload = JSON.stringify(pullRequestPayload(64, REPO_SAME))
    writeFileSync(event, payload)
    const workspace = makeWorkspace()
    symlinkSync(event, path.join(workspace, 'lighthouse-pec.sarif'))
    const run = await runAction({
      workspace,
      eventName: 'pull_request_target',
      payload: pullRequestPayload(64, REPO_SAME),
      env: { GITHUB_EVENT_PATH: event },
      inputs: { templates: 'templates/passing', 'automation-principal-id': AUTOMATION, 'sarif-file': 'lighthouse-pec.sarif' }
    })
    expect(run.code).toBe(0)
    expect(readFileSync(event, 'utf8')).toBe(payload)
    const sarif = path.join(workspace, 'lighthouse-pec.sarif')
    expect(lstatSync(sarif).isSymbolicLink()).toBe(false)
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0')
    expect(run.outputs['sarif-file']).toBe(sarif)
  })

  it('a sarif-file whose folder is a symlink out of the workspace is not written, and the run says so', async () => {
    const outside = outsideFolder()
    const workspace = makeWorkspace()
    symlinkSync(outside, path.join(workspace, 'reports'))
    const run = await runAction({ workspace, inputs: { templates: 'templates/passing', 'automation-principal-id': AUTOMATION, 'sarif-file': 'reports/x.sarif' } })
    expect(run.code).toBe(1)
    expect(() => lstatSync(path.join(outside, 'x.sarif'))).toThrow()
    expect(commands(run.stdout, 'error').at(-1)!.message).toMatch(/could not write the SARIF file 'reports\/x\.sarif' \(its folder leads outside the workspace \(a symbolic link\); it was not written\); check the sarif-file input/)
  })
})

describe('Azure and Graph text carrying workflow commands', () => {
  const INJECTION = '\n::error title=Pwned::INJECTED-ERROR\n::add-mask::INJECTED-MASK\n  ::stop-commands::INJECTED-STOP\n##[add-mask]INJECTED-V1 ::warning::x'

  /** No line the runner reads as a command was made by injected text: injected text is only ever data, never a command. */
  function assertInert(run: RunResult): void {
    const all = runnerCommands(`${run.stdout}\n${run.stderr}`)
    for (const c of all.filter((command) => command.line.includes('INJECTED'))) {
      // Our own annotations may quote the text in their (escaped) message: the command is ours, the text its data.
      expect({ name: c.name, info: c.info }).toEqual({ name: expect.stringMatching(/^(error|warning|notice|debug)$/), info: expect.not.stringContaining('INJECTED') })
    }
    expect(all.filter((c) => c.name === 'stop-commands')).toEqual([])
    expect(all.filter((c) => c.name === 'add-mask' && c.data.includes('INJECTED'))).toEqual([])
  }

  let emu: AzureEmulator
  async function azure(): Promise<AzureEmulator> {
    emu = await startAzureEmulator({
      apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION, [CUSTOMER]: 'dddddddd-0000-4000-8000-0000000000c1' } }],
      subscriptions: [{ subscriptionId: SUB1, tenantId: CUSTOMER, displayName: 'Contoso prod' }],
      lroLatencyMs: 20
    })
    cleanups.push(() => emu.close())
    return emu
  }
  const azureInputs = () => ({
    auth: 'secret',
    'client-id': CLIENT_ID,
    'client-secret': SECRET,
    'tenant-id': MANAGING,
    'arm-endpoint': emu.url,
    'authority-host': emu.authorityHost,
    'automation-principal-id': AUTOMATION,
    targets: `${CUSTOMER}/${SUB1}`
  })
  const env = { LPG_RETRY_BASE_MS: '5', LPG_POLL_INTERVAL_MS: '10' }

  it('a deployment error message from ARM', async () => {
    await azure()
    emu.state.failDeployments.set(SUB1, { code: 'InvalidTemplate', message: `Deployment refused.${INJECTION}` })
    const run = await runAction({ inputs: { ...azureInputs(), mode: 'deploy', templates: 'templates/passing' }, env })
    expect(run.code).toBe(1)
    // The text did reach the log (so this test can fail), as one inert line.
    expect(run.stdout).toMatch(/Deployment refused\. .*INJECTED-MASK/)
    assertInert(run)
  })

  it('an offer name a customer tenant chose, read by the audit', async () => {
    await azure()
    emu.seedDelegation(SUB1, { registrationDefinitionName: `Offer${INJECTION}`, managedByTenantId: MANAGING, authorizations: [{ principalId: AUTOMATION, roleDefinitionId: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' }] })
    const run = await runAction({ eventName: 'schedule', inputs: { ...azureInputs(), mode: 'audit' }, env })
    expect(run.stdout).toMatch(/Offer .*INJECTED-MASK/)
    assertInert(run)
  })

  it('a Graph billing export status', async () => {
    const graph: GraphEmulator = await startGraphEmulator({ blobs: [], manifest: 'inline', statuses: ['notStarted', `running${INJECTION}`] })
    cleanups.push(() => graph.close())
    const run = await runAction({ eventName: 'schedule', inputs: graphInputs(graph), env })
    expect(run.stdout).toMatch(/Billing export operation: running .*INJECTED-MASK/)
    assertInert(run)
  })
})

describe('csv-file committed as a symlink', () => {
  it('the PEC report CSV replaces the link; the file it pointed at is untouched', async () => {
    const graph = await startGraphEmulator({
      blobs: [{ name: 'part-0.json.gz', lines: () => specLines([{ customerId: 'c1', customerName: 'Fabrikam', subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001', days: dayRange('2024-06-01', 3) }]) }],
      manifest: 'inline'
    })
    cleanups.push(() => graph.close())
    const outside = outsideFolder()
    const victim = path.join(outside, 'secret.parameters.json')
    const before = readFileSync(victim, 'utf8')
    const workspace = makeWorkspace()
    symlinkSync(victim, path.join(workspace, 'pec-report.csv'))
    const run = await runAction({ workspace, eventName: 'schedule', inputs: graphInputs(graph, { 'csv-file': 'pec-report.csv' }), env: { LPG_POLL_INTERVAL_MS: '10', LPG_RETRY_BASE_MS: '5' } })
    expect(run.outputs['pec-report-csv']).toBe(path.join(workspace, 'pec-report.csv'))
    expect(readFileSync(victim, 'utf8')).toBe(before)
    expect(lstatSync(path.join(workspace, 'pec-report.csv')).isSymbolicLink()).toBe(false)
    expect(readFileSync(path.join(workspace, 'pec-report.csv'), 'utf8')).toMatch(/aaaaaaaa-0000-4000-8000-000000000001/)
  })
})

describe('workflow_run after a pull_request_target run', () => {
  it('is untrusted unless its pull_requests show a head in this repository: lint only, no Azure sign-in', async () => {
    const emu = await startAzureEmulator({
      apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION } }],
      subscriptions: [{ subscriptionId: SUB1, tenantId: CUSTOMER }]
    })
    cleanups.push(() => emu.close())
    // A pull_request_target run runs on the base branch: its head repository is this one, for a fork's pull request too.
    const workflowRun = { event: 'pull_request_target', head_repository: { full_name: REPO_SAME }, head_branch: 'main', pull_requests: [] }
    const run = await runAction({
      eventName: 'workflow_run',
      payload: { action: 'completed', workflow_run: workflowRun, repository: { full_name: REPO_SAME } },
      inputs: {
        mode: 'what-if',
        templates: 'templates/passing',
        auth: 'secret',
        'client-id': CLIENT_ID,
        'client-secret': SECRET,
        'tenant-id': MANAGING,
        'arm-endpoint': emu.url,
        'authority-host': emu.authorityHost,
        'automation-principal-id': AUTOMATION,
        targets: `${CUSTOMER}/${SUB1}`
      }
    })
    expect(run.code).toBe(0)
    expect(emu.requests).toHaveLength(0)
    const notices = commands(run.stdout, 'notice').filter((c) => !c.props.file)
    expect(notices.map((n) => n.message)).toEqual([expect.stringMatching(/^workflow_run after a run from a fork: linted and reported only; skipped Azure login/)])
  })
})

describe('the step after an overwritten event payload', () => {
  it('a pull_request_target payload without pull_request is untrusted: lint only, no Azure sign-in, one notice', async () => {
    const emu = await startAzureEmulator({
      apps: [{ clientId: CLIENT_ID, secret: SECRET, objectIds: { [MANAGING]: AUTOMATION } }],
      subscriptions: [{ subscriptionId: SUB1, tenantId: CUSTOMER }]
    })
    cleanups.push(() => emu.close())
    // What the demonstrated attack left in event.json: the action's own SARIF.
    const sarif = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'Lighthouse PEC Guard' } }, results: [] }] }
    const run = await runAction({
      eventName: 'pull_request_target',
      payload: sarif,
      inputs: {
        mode: 'what-if',
        templates: 'templates/passing',
        auth: 'secret',
        'client-id': CLIENT_ID,
        'client-secret': SECRET,
        'tenant-id': MANAGING,
        'arm-endpoint': emu.url,
        'authority-host': emu.authorityHost,
        'automation-principal-id': AUTOMATION,
        targets: `${CUSTOMER}/${SUB1}`,
        'partner-id': '1234567'
      }
    })
    expect(emu.requests).toHaveLength(0)
    const notices = commands(run.stdout, 'notice').filter((c) => !c.props.file)
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toMatch(
      /^pull_request_target event whose payload does not show where the pull request comes from: linted and reported only; skipped .*Azure login and Partner ID verification because the event payload has no `pull_request`/
    )
    expect(run.outputs).toMatchObject({ deployments: '', 'partner-linked': '' })
    expect(run.stdout).not.toContain('::group::Azure')
  })
})
