/** The built action on push events: annotations, outputs, summary, SARIF, fail-on, bad input, lazy Azure chunks. */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { AUTOMATION, DIST, commands, distMissingMessage, makeWorkspace, runAction, type RunResult } from './harness.js'

beforeAll(() => {
  const missing = distMissingMessage()
  if (missing) throw new Error(missing)
})

describe('lint mode on push (dist/index.js)', () => {
  let run: RunResult
  beforeAll(async () => {
    run = await runAction({ inputs: { 'automation-principal-id': AUTOMATION, 'sarif-file': 'out/results.sarif' } })
  })

  it('fails the step with a message naming the count and the summary', () => {
    expect(run.code).toBe(1)
    const failure = commands(run.stdout, 'error').filter((c) => !c.props.file)
    expect(failure.map((c) => c.message)).toEqual(['Lighthouse PEC Guard: lint found 2 error(s) (fail-on: error). See the job summary for details.'])
  })

  it('annotates the JIT-only automation principal with file, line, column and the rule ID, PEC rule first', () => {
    const errors = commands(run.stdout, 'error').filter((c) => c.props.file)
    expect(errors[0]!.props).toEqual({
      title: 'pec-automation-jit-only',
      file: 'templates/failing/onboarding.parameters.json',
      line: '19',
      col: '9'
    })
    expect(errors).toHaveLength(2)
    expect(commands(run.stdout, 'error').some((c) => (c.props.file ?? '').startsWith('templates/passing'))).toBe(false)
  })

  it('writes the outputs, findings being the JSON report', () => {
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '2', warnings: '0', deployments: '', 'partner-linked': '' })
    const findings = JSON.parse(run.outputs.findings!)
    expect(Object.keys(findings)).toEqual(['results', 'summary', 'skipped'])
    expect(findings.summary).toEqual({ templates: 2, errors: 2, warnings: 0, notes: expect.any(Number) })
    const failing = findings.results.find((r: { template: string }) => r.template === 'templates/failing/onboarding.json')
    expect(failing.parameters).toBe('templates/failing/onboarding.parameters.json')
    expect(failing.findings[0]).toEqual({
      ruleId: expect.any(String),
      level: expect.stringMatching(/^(error|warning|note)$/),
      message: expect.any(String),
      file: expect.stringMatching(/^templates\//),
      line: expect.any(Number),
      column: expect.any(Number)
    })
  })

  it('writes SARIF 2.1.0 with repository-relative URIs', () => {
    expect(run.outputs['sarif-file']).toBe(path.join(run.workspace, 'out/results.sarif'))
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    const uris = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri)
    expect(uris).toContain('templates/failing/onboarding.parameters.json')
    expect(uris.every((u: string) => !u.startsWith('/'))).toBe(true)
  })

  it('writes a job summary: verdict first, escaped names, rule docs links', () => {
    expect(run.summary.startsWith('## ❌ Lighthouse PEC Guard — lint: fail')).toBe(true)
    expect(run.summary.indexOf('PEC per template')).toBeLessThan(run.summary.indexOf('### Findings'))
    expect(run.summary).toMatch(/\| ❌ \| templates\/failing\/onboarding\.json \|/)
    expect(run.summary).toMatch(/\| ✅ \| templates\/passing\/onboarding\.json \|/)
    expect(run.summary).toContain('[pec-automation-jit-only](https://github.com/lighthouse-pec-guard/lighthouse-pec-guard/blob/main/docs/rules/pec-automation-jit-only.md)')
    expect(run.summary).toContain('(https://github.com/fabrikam/onboarding/blob/c0ffee0000000000000000000000000000000001/templates/failing/onboarding.parameters.json#L19)')
    expect(run.summary).not.toContain('<img')
    expect(run.summary).not.toMatch(/@octocat/)
  })
})

describe('pass and fail-on', () => {
  it('passes on a clean template', async () => {
    const run = await runAction({ inputs: { templates: 'templates/passing', 'automation-principal-id': AUTOMATION } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(commands(run.stdout, 'error')).toHaveLength(0)
    expect(run.summary.startsWith('## ✅')).toBe(true)
  })

  it('fail-on: never reports errors without failing', async () => {
    const run = await runAction({ inputs: { 'fail-on': 'never', 'automation-principal-id': AUTOMATION } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'pass', errors: '2' })
    expect(commands(run.stdout, 'error').length).toBeGreaterThan(0)
  })
})

describe('bad input never shows a stack trace', () => {
  it.each([
    [{ 'fail-on': 'sometimes' }, 'Input `fail-on` must be one of `error`, `warning`, `never` (got "sometimes").'],
    [{ mode: 'destroy' }, 'Input `mode` must be one of'],
    [{ 'automation-principal-id': 'abc' }, 'Input `automation-principal-id` must be a GUID'],
    [{ templates: 'does/not/exist.json' }, 'does/not/exist.json']
  ])('%j', async (inputs, message) => {
    const run = await runAction({ inputs })
    expect(run.code).toBe(1)
    const errors = commands(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain(message)
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })
})

describe('lint-only runs never load the Azure SDK', () => {
  /** dist/index.js alone, without the chunk files ncc split off for dynamic imports. */
  function strippedDist(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'pec-dist-'))
    copyFileSync(DIST, path.join(dir, 'index.js'))
    copyFileSync(path.join(path.dirname(DIST), 'package.json'), path.join(dir, 'package.json'))
    return path.join(dir, 'index.js')
  }

  it('the Azure SDK lives in separate chunks', () => {
    const main = readFileSync(DIST, 'utf8')
    expect(main).not.toContain('ClientAssertionCredential')
    const chunks = readdirSync(path.dirname(DIST)).filter((f) => /^\d+\.index\.js$/.test(f))
    expect(chunks.some((f) => readFileSync(path.join(path.dirname(DIST), f), 'utf8').includes('ClientAssertionCredential'))).toBe(true)
  })

  it('lints with every chunk file removed', async () => {
    const run = await runAction({ script: strippedDist(), inputs: { 'automation-principal-id': AUTOMATION } })
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '2' })
    expect(run.stdout).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/)
  })

  it('control: a mode that needs Azure does need the chunks', async () => {
    const run = await runAction({
      script: strippedDist(),
      inputs: { mode: 'validate', templates: 'templates/passing', targets: '00000000-0000-0000-0000-000000000001', 'tenant-id': '9f3c1a2b-4d5e-4f60-8a7b-1c2d3e4f5a6b' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|Loading chunk/)
  })
})

describe('results are never lost to a reporting problem', () => {
  it('a SARIF file that cannot be written fails the run with a reason, and the summary and outputs are still written', async () => {
    const workspace = makeWorkspace()
    mkdirSync(path.join(workspace, 'out', 'results.sarif'), { recursive: true })
    const run = await runAction({ workspace, inputs: { templates: 'templates/passing', 'automation-principal-id': AUTOMATION, 'sarif-file': 'out/results.sarif' } })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '0', 'sarif-file': '' })
    expect(JSON.parse(run.outputs.findings!).summary.templates).toBe(1)
    const failure = commands(run.stdout, 'error').filter((c) => !c.props.file).map((c) => c.message)
    expect(failure).toEqual([expect.stringMatching(/could not write the SARIF file 'out\/results\.sarif' \(it is not a regular file \(a folder\); it was not written\)/)])
    expect(run.summary).toMatch(/^## ❌ Lighthouse PEC Guard/)
  })

  it("keeps one of GitHub's 10 error annotations for the failure reason", async () => {
    const workspace = makeWorkspace()
    for (const copy of ['a', 'b', 'c', 'd']) cpSync(path.join(workspace, 'templates', 'failing'), path.join(workspace, 'templates', copy), { recursive: true })
    const run = await runAction({ workspace, inputs: { templates: 'templates', 'automation-principal-id': AUTOMATION } })
    const errors = commands(run.stdout, 'error')
    expect(errors).toHaveLength(10)
    expect(errors.filter((c) => c.props.file)).toHaveLength(9)
    expect(errors[errors.length - 1]!.message).toMatch(/^Lighthouse PEC Guard: lint found \d+ error\(s\)/)
  })
})

describe('a repository checked out into a sub-folder (actions/checkout with path:)', () => {
  it('gives annotations, SARIF and summary links the paths GitHub knows the files by', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'pec-e2e-ws-'))
    cpSync(path.join(makeWorkspace(), 'templates'), path.join(workspace, 'repo', 'templates'), { recursive: true })
    mkdirSync(path.join(workspace, 'repo', '.git'))
    writeFileSync(path.join(workspace, 'repo', '.git', 'HEAD'), 'ref: refs/heads/main\n')
    const run = await runAction({ workspace, inputs: { templates: 'repo/templates', 'automation-principal-id': AUTOMATION, 'sarif-file': 'results.sarif' } })
    const files = commands(run.stdout, 'error').map((c) => c.props.file).filter(Boolean)
    expect(files).toContain('templates/failing/onboarding.parameters.json')
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'results.sarif'), 'utf8'))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^templates\/failing\//)
    expect(run.summary).toContain('/blob/c0ffee0000000000000000000000000000000001/templates/failing/onboarding.parameters.json#L19)')
    // What people read stays as their workspace has it, and the findings output keeps its documented paths.
    expect(run.summary).toContain('repo/templates/failing/onboarding.parameters.json:19')
    expect(JSON.parse(run.outputs.findings!).results[0].template).toMatch(/^repo\/templates\//)
  })
})
