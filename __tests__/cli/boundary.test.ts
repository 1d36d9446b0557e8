/**
 * The CLI through the file-system boundary and the inert output channel: `--output` never writes through a link,
 * a refused path is a finding (exit 1) or a message (exit 2), and what it prints is never a workflow command.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { run } from '../../src/cli/run.js'
import { activeCommands, runnerCommands } from '../helpers/runner-commands.js'
import { tmpTree } from '../helpers/tmp-tree.js'
import { AUTOMATION, parameterizedTemplate } from '../helpers/templates.js'

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

describe('--output', () => {
  it('replaces a symlink at the output path instead of writing through it', async () => {
    const root = tree({ 'ws/a.json': parameterizedTemplate(), 'victim.txt': 'keep me' })
    const ws = path.join(root, 'ws')
    symlinkSync(path.join(root, 'victim.txt'), path.join(ws, 'report.json'))
    const r = await cli(['lint', 'a.json', '--format', 'json', '--output', 'report.json'], ws)
    expect(r.code).toBe(0)
    expect(readFileSync(path.join(root, 'victim.txt'), 'utf8')).toBe('keep me')
    expect(lstatSync(path.join(ws, 'report.json')).isSymbolicLink()).toBe(false)
    expect(JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8')).summary.templates).toBe(1)
  })

  it('refuses a folder that leads out of the working directory and a device, with a message and exit 2', async () => {
    const root = tree({ 'ws/a.json': parameterizedTemplate(), 'elsewhere/.keep': '' })
    const ws = path.join(root, 'ws')
    symlinkSync(path.join(root, 'elsewhere'), path.join(ws, 'out'))
    const outside = await cli(['lint', 'a.json', '--output', 'out/report.txt'], ws)
    expect(outside).toMatchObject({ code: 2, stderr: 'lighthouse-pec: out/report.txt: its folder leads outside the workspace (a symbolic link); it was not written.\n' })
    const device = await cli(['lint', 'a.json', '--output', '/dev/null'], ws)
    expect(device).toMatchObject({ code: 2, stderr: expect.stringMatching(/^lighthouse-pec: \/dev\/null: it is not a regular file \(a device\)/) })
    // A folder named outside on purpose is the user's choice.
    mkdirSync(path.join(root, 'reports'))
    expect((await cli(['lint', 'a.json', '--output', '../reports/r.txt'], ws)).code).toBe(0)
    expect(readFileSync(path.join(root, 'reports/r.txt'), 'utf8')).toContain('1 template')
  })
})

describe('--output outside the working directory', () => {
  it('is written there, and does not make its folder readable through a symlink in the working directory', async () => {
    const root = tree({ 'ws/a.json': parameterizedTemplate(), 'reports/secret.parameters.json': { parameters: { mspOfferName: { value: 'LEAKED-OFFER' } } } })
    const ws = path.join(root, 'ws')
    symlinkSync(path.join(root, 'reports/secret.parameters.json'), path.join(ws, 'a.parameters.json'))
    const r = await cli(['lint', 'a.json', '--format', 'json', '--output', '../reports/r.json'], ws)
    expect(r.code).toBe(1)
    const report = readFileSync(path.join(root, 'reports/r.json'), 'utf8')
    expect(report).not.toContain('LEAKED')
    expect(JSON.parse(report).results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('file-not-read')
  })
})

describe('what the CLI prints is never a workflow command', () => {
  it('a file named like a command, and a message quoting ##[ from the file, stay text', async () => {
    const template = parameterizedTemplate() as { resources: Array<{ properties: Record<string, string> }> }
    template.resources[0]!.properties.managedByTenantId = 'x ##[add-mask]INJECTED'
    const dir = tree({ '::error::INJECTED.json': template })
    mkdirSync(path.join(dir, '::stop-commands::INJECTED'))
    writeFileSync(path.join(dir, '::stop-commands::INJECTED', 'b.json'), JSON.stringify(template))
    for (const format of ['text', 'json', 'sarif']) {
      const r = await cli(['lint', '.', '--format', format, '--automation-principal-id', AUTOMATION], dir)
      expect(r.code).toBe(1)
      // The text is there (so this can fail), as text.
      expect(r.stdout).toContain('INJECTED')
      expect(runnerCommands(r.stdout + r.stderr)).toEqual([])
    }
    const missing = await cli(['lint', '::error::INJECTED-missing.json\n::add-mask::x'], dir)
    expect(missing.code).toBe(2)
    expect(runnerCommands(missing.stderr)).toEqual([])
  })
})

describe('what `lighthouse-pec fix` prints is never a workflow command', () => {
  /**
   * A checkout whose fixable templates are named like commands (`::error::…` at the start of a report line, `##[`
   * anywhere) and hold a comment line that starts with `::warning::`, which a diff quotes as ` ::warning::…`.
   */
  function hostileCheckout(): string {
    const dir = tree({ '.keep': '' })
    const literal = readFileSync(path.resolve('__tests__/fix/fixtures/template-literal/onboarding.json'), 'utf8').replace(
      '"contentVersion": "1.0.0.0",',
      '"contentVersion": "1.0.0.0",\n/*\n::warning::INJECTED-COMMENT\n##[error]INJECTED-LEGACY\n*/'
    )
    writeFileSync(path.join(dir, '::error::INJECTED-NAME.json'), literal)
    mkdirSync(path.join(dir, 'sub'))
    writeFileSync(path.join(dir, 'sub', '##[error]INJECTED.json'), literal)
    execFileSync('git', ['init', '-q'], { cwd: dir })
    execFileSync('git', ['add', '.'], { cwd: dir })
    return dir
  }

  it('the text and JSON reports, applied or dry-run', async () => {
    for (const args of [[], ['--format', 'json'], ['--dry-run', '--format', 'json']]) {
      const dir = hostileCheckout()
      const r = await cli(['fix', '.', ...args], dir)
      expect(r.stdout + r.stderr).toContain('INJECTED')
      expect(runnerCommands(r.stdout + r.stderr)).toEqual([])
    }
  })

  it('the dry-run diff on GitHub Actions: inert in the log, and still exactly what git apply takes', () => {
    const dir = hostileCheckout()
    const bundle = path.resolve('dist/cli/index.js')
    const dryRun = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bundle, 'fix', '.', '--dry-run'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } })
    const onActions = dryRun({ GITHUB_ACTIONS: 'true' })
    expect(onActions.stdout).toContain('INJECTED-COMMENT')
    expect(runnerCommands(onActions.stdout).length).toBeGreaterThan(0) // the quoted lines are there, between the markers
    expect(activeCommands(onActions.stdout + onActions.stderr)).toEqual([])
    // Off Actions the diff is unchanged; on Actions it is the same diff between the two marker lines.
    const local = dryRun({})
    expect(runnerCommands(local.stdout).length).toBeGreaterThan(0)
    const lines = onActions.stdout.split('\n')
    expect(lines[0]).toMatch(/^::stop-commands::lighthouse-pec-[0-9a-f]{32}$/)
    expect(lines.at(-2)).toBe(`::${lines[0]!.slice('::stop-commands::'.length)}::`)
    expect(lines.slice(1, -2).join('\n') + '\n').toBe(local.stdout)
    const patch = path.join(dir, 'fix.patch')
    writeFileSync(patch, onActions.stdout)
    execFileSync('git', ['apply', '--check', patch], { cwd: dir })
  })
})
