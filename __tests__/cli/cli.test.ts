import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { run } from '../../src/cli/run.js'
import { tmpTree } from '../helpers/tmp-tree.js'
import { AUTOMATION, CONTRIBUTOR, OPS_GROUP, goodParameters, parameterizedTemplate } from '../helpers/templates.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

function tree(files: Record<string, string | object>): string {
  const t = tmpTree(files)
  cleanups.push(t.cleanup)
  return t.dir
}

function sink(): Writable & { text: string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk))
      done()
    }
  }) as Writable & { text: string }
  Object.defineProperty(stream, 'text', { get: () => chunks.join('') })
  return stream
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink()
  const stderr = sink()
  const code = await run(args, { stdout, stderr, cwd })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const missingAutomation = goodParameters([{ principalId: OPS_GROUP, principalIdDisplayName: 'Ops', roleDefinitionId: CONTRIBUTOR }])

describe('lighthouse-pec lint', () => {
  it('exits 0 on a clean template and prints a text report', async () => {
    const dir = tree({ 'a.json': parameterizedTemplate(), 'a.parameters.json': goodParameters() })
    const r = await cli(['lint', '.', '--automation-principal-id', AUTOMATION], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('a.json + a.parameters.json  PEC ok')
    expect(r.stdout).toMatch(/1 template: 0 errors/)
    // Not a TTY: no colour codes.
    expect(r.stdout).not.toContain('\u001b[')
  })

  it('exits 1 when a finding reaches --fail-on, and 0 with --fail-on never', async () => {
    const dir = tree({ 'a.json': parameterizedTemplate(), 'a.parameters.json': missingAutomation })
    expect((await cli(['lint', '--automation-principal-id', AUTOMATION], dir)).code).toBe(1)
    expect((await cli(['lint', '--automation-principal-id', AUTOMATION, '--fail-on', 'never'], dir)).code).toBe(0)
  })

  it('treats warnings as failures with --fail-on warning', async () => {
    const params = goodParameters([{ principalId: AUTOMATION, roleDefinitionId: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e' }])
    const dir = tree({ 'a.json': parameterizedTemplate(), 'a.parameters.json': params })
    expect((await cli(['lint', '--automation-principal-id', AUTOMATION], dir)).code).toBe(0)
    expect((await cli(['lint', '--automation-principal-id', AUTOMATION, '--fail-on', 'warning'], dir)).code).toBe(1)
  })

  it('prints exactly the JSON contract with --format json', async () => {
    const dir = tree({ 'a.json': parameterizedTemplate(), 'a.parameters.json': missingAutomation })
    const r = await cli(['lint', 'a.json', '--automation-principal-id', AUTOMATION, '--format', 'json'], dir)
    const json = JSON.parse(r.stdout)
    // `skipped` was added later (fields are only ever added): what was found but not linted, and why.
    expect(Object.keys(json)).toEqual(['results', 'summary', 'skipped'])
    expect(json.skipped).toEqual({ count: 0, reasons: {}, files: [] })
    expect(Object.keys(json.results[0])).toEqual(['template', 'parameters', 'findings'])
    // The original six keys, in order; a finding with a fix adds `fix` (issue 13: fields may only be added).
    expect(Object.keys(json.results[0].findings[0])).toEqual(['ruleId', 'level', 'message', 'file', 'line', 'column', 'fix'])
    expect(Object.keys(json.results[0].findings[0].fix)).toEqual(['file', 'description', 'edits'])
    expect(Object.keys(json.results[0].findings[0].fix.edits[0])).toEqual(['offset', 'length', 'content'])
    expect(Object.keys(json.summary)).toEqual(['templates', 'errors', 'warnings', 'notes'])
    expect(json.results[0]).toMatchObject({ template: 'a.json', parameters: 'a.parameters.json' })
    expect(json.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('pec-automation-missing')
  })

  it('writes SARIF 2.1.0 to --output with rules, help URIs and repository-relative locations', async () => {
    const dir = tree({ 'lh/a.json': parameterizedTemplate(), 'lh/a.parameters.json': missingAutomation })
    const r = await cli(['lint', 'lh', '--automation-principal-id', AUTOMATION, '--format', 'sarif', '--output', 'out/lint.sarif'], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/lint.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    const run0 = sarif.runs[0]
    const rule = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'pec-automation-missing')
    expect(rule.helpUri).toMatch(/docs\/rules\/pec-automation-missing\.md$/)
    expect(rule.shortDescription.text.length).toBeGreaterThan(10)
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'pec-automation-missing')
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('lh/a.parameters.json')
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1)
    expect(result.partialFingerprints['lighthousePecGuard/v1']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('pairs --parameters FILE with the single template, and TEMPLATE=FILE explicitly', async () => {
    const dir = tree({ 'multi-rg.json': parameterizedTemplate(), 'multiple-rg.parameters.json': goodParameters() })
    const single = await cli(['lint', 'multi-rg.json', '--parameters', 'multiple-rg.parameters.json', '--automation-principal-id', AUTOMATION, '--format', 'json'], dir)
    expect(JSON.parse(single.stdout).results[0].parameters).toBe('multiple-rg.parameters.json')
    expect(single.code).toBe(0)
    const pair = await cli(['lint', '.', '--parameters', 'multi-rg.json=multiple-rg.parameters.json', '--automation-principal-id', AUTOMATION], dir)
    expect(pair.code).toBe(0)
  })

  it.each([
    [['lint', 'nope.json'], /Path not found: nope\.json/],
    [['lint', '--format', 'xml'], /--format must be text, json or sarif/],
    [['lint', '--fail-on', 'sometimes'], /--fail-on must be error, warning or never/],
    [['lint', '--automation-principal-id', 'not-a-guid'], /must be a GUID/],
    [['lint', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /Unknown command 'frobnicate'/],
    [[], /Missing command/]
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const dir = tree({ 'a.json': parameterizedTemplate() })
    const r = await cli(args, dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('prints help and version', async () => {
    const dir = tree({})
    expect((await cli(['--help'], dir)).stdout).toContain('Usage: lighthouse-pec lint')
    expect((await cli(['--version'], dir)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

// The committed bundle is what `bin.lighthouse-pec` runs: check it the way a user does.
const bundle = path.resolve('dist/cli/index.js')
describe('the committed CLI bundle', () => {
  it('is committed', () => {
    expect(existsSync(bundle)).toBe(true)
  })

  it('lints examples/ with the exit codes and JSON of the sources', () => {
    const passing = spawnSync(process.execPath, [bundle, 'lint', 'examples/passing', '--automation-principal-id', '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10'], { encoding: 'utf8' })
    expect(passing.status).toBe(0)
    const failing = spawnSync(process.execPath, [bundle, 'lint', 'examples/failing', '--automation-principal-id', '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10', '--format', 'json'], { encoding: 'utf8' })
    expect(failing.status).toBe(1)
    expect(JSON.parse(failing.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('pec-automation-jit-only')
    expect(() => execFileSync(process.execPath, [bundle, 'lint', 'missing-path'], { stdio: 'pipe' })).toThrow(expect.objectContaining({ status: 2 }))
  })

  it('ends quietly when the reader closes the pipe early (lighthouse-pec lint | head)', () => {
    const files: Record<string, object> = {}
    // Enough findings that the report outgrows the pipe buffer, so the write really meets a closed pipe.
    for (let i = 0; i < 150; i++) {
      files[`t${i}.json`] = parameterizedTemplate()
      files[`t${i}.parameters.json`] = missingAutomation
    }
    const dir = tree(files)
    const script = `"${process.execPath}" "${bundle}" lint . --automation-principal-id ${AUTOMATION} 2>"$ERR" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`
    const errFile = path.join(dir, 'stderr.txt')
    const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: '', ERR: errFile } })
    expect(readFileSync(errFile, 'utf8')).toBe('')
    expect(result.stdout.trim()).toBe('1')
  })
})
