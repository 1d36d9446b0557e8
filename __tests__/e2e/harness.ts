/**
 * Runs the built action (dist/index.js) the way the runner does: a child process with INPUT_* and GITHUB_* variables,
 * an event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, then reads back what it wrote.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DIST = path.join(ROOT, 'dist/index.js')
export const FIXTURES = path.join(ROOT, '__tests__/fixtures/e2e')
export const AUTOMATION = '11111111-2222-3333-4444-555555555555'
export const REPO = 'fabrikam/onboarding'

/**
 * The Node that runs the action: this one by default; `E2E_NODE=/path/to/node` runs the same tests under another
 * runtime (action.yml says `node24`; the `node@24` npm package provides one for .ci/run).
 */
export const NODE = process.env.E2E_NODE || process.execPath

export function distMissingMessage(): string | null {
  return existsSync(DIST) ? null : `dist/index.js is missing: run \`npm run bundle\` before the end-to-end tests.`
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  dir: string
}

export interface RunOptions {
  inputs?: Record<string, string>
  eventName?: string
  payload?: unknown
  env?: Record<string, string>
  /** Reuse a workspace (second run on the same PR). */
  workspace?: string
  script?: string
}

export function makeWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pec-e2e-ws-'))
  cpSync(path.join(FIXTURES, 'templates'), path.join(ws, 'templates'), { recursive: true })
  return ws
}

/** The `name<<delimiter` heredoc format @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (m) {
      const [, name, delimiter] = m
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
      outputs[name!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=')
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1)
    }
  }
  return outputs
}

export function pushPayload() {
  return {
    ref: 'refs/heads/main',
    before: '0000000000000000000000000000000000000000',
    after: 'c0ffee0000000000000000000000000000000001',
    repository: { full_name: REPO, name: 'onboarding', owner: { login: 'fabrikam' } },
    pusher: { name: 'octocat' },
    sender: { login: 'octocat', type: 'User' }
  }
}

export function pullRequestPayload(number: number, headRepo = REPO) {
  const repo = (full: string) => ({ full_name: full, name: full.split('/')[1], owner: { login: full.split('/')[0] }, fork: full !== REPO })
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Onboard Contoso',
      user: { login: 'octocat' },
      head: { ref: 'feature', sha: 'feed000000000000000000000000000000000002', repo: repo(headRepo) },
      base: { ref: 'main', sha: 'base000000000000000000000000000000000003', repo: repo(REPO) }
    },
    repository: repo(REPO),
    sender: { login: 'octocat', type: 'User' }
  }
}

export function runAction(options: RunOptions = {}): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pec-e2e-run-'))
  const workspace = options.workspace ?? makeWorkspace()
  const eventPath = path.join(dir, 'event.json')
  const outputPath = path.join(dir, 'output.txt')
  const summaryPath = path.join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload ?? pushPayload()))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const eventName = options.eventName ?? 'push'
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    ...(process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: path.resolve(ROOT, process.env.NODE_EXTRA_CA_CERTS) } : {}),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: 'fabrikam',
    GITHUB_SHA: eventName.startsWith('pull_request') ? 'merge000000000000000000000000000000000004' : 'c0ffee0000000000000000000000000000000001',
    GITHUB_REF: eventName.startsWith('pull_request') ? `refs/pull/${(options.payload as { number?: number })?.number ?? 1}/merge` : 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'octocat',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    ...options.env
  }
  // Inputs as the runner passes them: upper-cased, hyphens kept, defaults from action.yml filled in by the runner.
  const inputs: Record<string, string> = {
    mode: 'lint',
    templates: 'templates',
    'fail-on': 'error',
    comment: 'auto',
    'github-token': 'ghs_e2eTokenDoNotLeak0123456789',
    'only-changed': 'false',
    ...options.inputs
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [options.script ?? DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        workspace,
        dir
      })
    })
  })
}

/** Workflow commands (`::name props::message`) on stdout. */
export function commands(stdout: string, name?: string): Array<{ name: string; props: Record<string, string>; message: string }> {
  const out: Array<{ name: string; props: Record<string, string>; message: string }> = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m || (name && m[1] !== name)) continue
    const props: Record<string, string> = {}
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = kv.indexOf('=')
      props[kv.slice(0, at)] = decodeURIComponent(kv.slice(at + 1).replace(/%2C/g, ',').replace(/%3A/g, ':'))
    }
    out.push({ name: m[1]!, props, message: m[3]! })
  }
  return out
}

/** stdout without the `::add-mask::` commands, which the runner consumes and never shows. */
export function visibleStdout(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
}
