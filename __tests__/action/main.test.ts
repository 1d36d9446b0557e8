/**
 * src/main.ts from source (the e2e tests run the bundle): @actions/core replaced by a recording fake, in the
 * actions/typescript-action style, to pin down orchestration without the runner.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'

const calls: Array<[string, ...unknown[]]> = []
let inputs: Record<string, string> = {}
const record =
  (name: string) =>
  (...args: unknown[]) =>
    void calls.push([name, ...args])

jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string, options?: { trimWhitespace?: boolean }) =>
    options?.trimWhitespace === false ? (inputs[name] ?? '') : (inputs[name] ?? '').trim(),
  setSecret: record('setSecret'),
  setOutput: record('setOutput'),
  setFailed: record('setFailed'),
  debug: record('debug'),
  info: record('info'),
  warning: record('warning'),
  error: record('error'),
  notice: record('notice'),
  group: async (_name: string, fn: () => Promise<unknown>) => fn(),
  getIDToken: async () => 'unused',
  summary: { addRaw: () => ({ write: async () => undefined }) }
}))

const { run } = await import('../../src/main.js')

const ROOT = path.resolve(import.meta.dirname, '../..')
function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pec-main-'))
  cpSync(path.join(ROOT, '__tests__/fixtures/e2e/templates'), path.join(ws, 'templates'), { recursive: true })
  const event = path.join(ws, 'event.json')
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main' }))
  process.env.GITHUB_EVENT_PATH = event
  process.env.GITHUB_EVENT_NAME = 'push'
  process.env.GITHUB_REPOSITORY = 'o/r'
  process.env.GITHUB_WORKSPACE = ws
  delete process.env.GITHUB_STEP_SUMMARY
  return ws
}

const of = (name: string) => calls.filter((c) => c[0] === name)
const outputs = () => Object.fromEntries(of('setOutput').map((c) => [c[1], c[2]]))

beforeEach(() => {
  calls.length = 0
  inputs = { mode: 'lint', templates: 'templates', 'fail-on': 'error', comment: 'auto', 'github-token': 'ghs_x' }
})

describe('run()', () => {
  it('lints, annotates PEC errors first, sets every output and fails per fail-on', async () => {
    workspace()
    inputs['automation-principal-id'] = '11111111-2222-3333-4444-555555555555'
    await run()
    expect(of('error')[0]![2]).toMatchObject({ title: 'pec-automation-jit-only', file: 'templates/failing/onboarding.parameters.json' })
    expect(Object.keys(outputs()).sort()).toEqual(
      ['deployments', 'errors', 'findings', 'partner-linked', 'pec-report', 'pec-report-csv', 'result', 'sarif-file', 'warnings'].sort()
    )
    expect(outputs()).toMatchObject({ result: 'fail', errors: '2' })
    expect(of('setFailed')).toEqual([['setFailed', expect.stringMatching(/lint found 2 error\(s\) \(fail-on: error\)/)]])
  })

  it('masks secrets before anything else happens', async () => {
    workspace()
    inputs['client-secret'] = ' s3cret '
    await run()
    expect(calls.slice(0, 3).map((c) => c[0])).toEqual(['setSecret', 'setSecret', 'setSecret'])
    expect(of('setSecret').map((c) => c[1])).toEqual(expect.arrayContaining([' s3cret ', 's3cret', 'ghs_x']))
  })

  it('turns a bad input into one clear failure, the stack only in debug', async () => {
    workspace()
    inputs['fail-on'] = 'loud'
    await run()
    expect(of('setFailed')).toEqual([['setFailed', 'Input `fail-on` must be one of `error`, `warning`, `never` (got "loud").']])
    expect(of('debug').some((c) => String(c[1]).includes('InputError'))).toBe(true)
    expect(of('setOutput')).toEqual([])
  })
})
