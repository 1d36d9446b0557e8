/** The built action on pull requests against the GitHub API stand-in: sticky comment, only-changed, forks, 403, secrets. */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiStandIn } from '../emulator/github-api.js'
import {
  AUTOMATION,
  REPO,
  commands,
  distMissingMessage,
  makeWorkspace,
  pullRequestPayload,
  runAction,
  visibleStdout,
  type RunOptions
} from './harness.js'

const TOKEN = 'ghs_e2eTokenDoNotLeak0123456789'
const CLIENT_SECRET = 'Sup3r~Secret.Value-4-e2e'
const MARKER = '<!-- lighthouse-pec-guard -->'
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
beforeEach(() => {
  api.readOnly = false
  api.requests.length = 0
  api.comments.clear()
})

function onPr(number: number, options: RunOptions = {}) {
  return runAction({
    eventName: 'pull_request',
    payload: pullRequestPayload(number),
    ...options,
    inputs: { 'automation-principal-id': AUTOMATION, 'github-token': TOKEN, ...options.inputs },
    env: { GITHUB_API_URL: api.url, ...options.env }
  })
}

describe('sticky PR comment', () => {
  it('never takes over another bot\'s comment that carries the marker', async () => {
    const otherBot = api.seedComment(12, `${MARKER}\nanother bot`, { login: 'other-app[bot]', type: 'Bot' })
    await onPr(12)
    // The stand-in refuses to edit another's comment (GitHub would not): the action must not even try.
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([])
    expect(api.commentsOf(12)).toHaveLength(2)
    expect(api.commentsOf(12)[0]).toEqual(otherBot)
    expect(api.commentsOf(12)[1]!.user.login).toBe('github-actions[bot]')
  })

  it('is created on the first run and updated in place on the second: exactly one comment', async () => {
    const ws = makeWorkspace()
    const first = await onPr(11, { workspace: ws })
    expect(first.code).toBe(1)
    expect(api.commentsOf(11)).toHaveLength(1)
    const created = api.commentsOf(11)[0]!
    expect(created.body.startsWith(MARKER)).toBe(true)
    expect(created.body).toMatch(/\| ❌ \| templates\/failing\/onboarding\.json \|/)
    expect(created.body).toContain('[job summary](https://github.com/fabrikam/onboarding/actions/runs/4242)')
    expect(created.body).toContain('/blob/feed000000000000000000000000000000000002/')

    const second = await onPr(11, { workspace: ws, inputs: { templates: 'templates/passing' } })
    expect(second.code).toBe(0)
    expect(api.commentsOf(11)).toHaveLength(1)
    expect(api.commentsOf(11)[0]!.id).toBe(created.id)
    expect(api.commentsOf(11)[0]!.body).toContain('## ✅ Lighthouse PEC Guard — lint: pass')
    const writes = api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`)
    expect(writes).toEqual([`POST /repos/${REPO}/issues/11/comments`, `PATCH /repos/${REPO}/issues/comments/${created.id}`])
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
  })

  it('escapes offer and display names taken from the templates', async () => {
    await onPr(12)
    const body = api.commentsOf(12)[0]!.body
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@octocat/)
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('comment: never and suggestions: never post nothing', async () => {
    await onPr(13, { inputs: { comment: 'never', suggestions: 'never' } })
    expect(api.requests).toHaveLength(0)
  })

  it('a read-only token (403) is a notice, never a failed run', async () => {
    api.readOnly = true
    const run = await onPr(14, { inputs: { templates: 'templates/passing' } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    const notices = commands(run.stdout, 'notice').filter((c) => !c.props.file)
    expect(notices.map((n) => n.message)).toEqual([expect.stringMatching(/^Could not post the PR comment \(HTTP 403: the token cannot do this/)])
    expect(commands(run.stdout, 'error')).toHaveLength(0)
    expect(run.summary).toContain('Could not post the PR comment')
  })
})

describe('only-changed', () => {
  it('lints only the templates whose files the PR changes (paginated) and says how many were skipped', async () => {
    api.prFiles[21] = [
      ...Array.from({ length: 120 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified' })),
      { filename: 'templates/passing/onboarding.parameters.json', status: 'modified' }
    ]
    const run = await onPr(21, { inputs: { 'only-changed': 'true', comment: 'never' } })
    expect(run.code).toBe(0)
    const findings = JSON.parse(run.outputs.findings!)
    expect(findings.results.map((r: { template: string }) => r.template)).toEqual(['templates/passing/onboarding.json'])
    expect(run.summary).toContain('1 template(s) skipped: unchanged in this pull request')
    expect(api.requests.filter((r) => r.path.endsWith('/pulls/21/files'))).toHaveLength(2)
  })

  it('falls back to every template with a notice when the files cannot be listed', async () => {
    const run = await onPr(22, { inputs: { 'only-changed': 'true', comment: 'never' } })
    expect(JSON.parse(run.outputs.findings!).summary.templates).toBe(2)
    expect(commands(run.stdout, 'notice').some((c) => /Could not list the pull request's files \(HTTP 404/.test(c.message))).toBe(true)
  })
})

describe('pull request from a fork', () => {
  it('lints and reports, skips comment and Azure with exactly one notice, and calls no API', async () => {
    const run = await onPr(31, {
      payload: pullRequestPayload(31, 'mallory/onboarding'),
      inputs: {
        mode: 'deploy',
        'partner-id': '1234567',
        targets: '00000000-0000-0000-0000-000000000001',
        'tenant-id': '9f3c1a2b-4d5e-4f60-8a7b-1c2d3e4f5a6b',
        'client-id': '0f0f0f0f-0000-4000-8000-000000000001',
        'client-secret': CLIENT_SECRET,
        'arm-endpoint': 'https://127.0.0.1:9',
        'authority-host': 'https://127.0.0.1:9'
      }
    })
    expect(run.code).toBe(1) // lint errors still fail the step
    expect(api.requests).toHaveLength(0)
    const notices = commands(run.stdout, 'notice').filter((c) => !c.props.file)
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toMatch(/^Pull request from a fork: linted and reported only; skipped the PR comment, Azure login, deployment and Partner ID verification/)
    expect(commands(run.stdout, 'error').filter((c) => c.props.file)).toHaveLength(2)
    expect(run.stdout).not.toContain('::group::Azure')
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '2', deployments: '', 'partner-linked': '' })
    expect(run.summary).toContain('Pull request from a fork')
  })
})

describe('secrets', () => {
  it('no secret or token reaches stdout, the summary, the outputs or the comment', async () => {
    const run = await onPr(41, {
      // Azure runs with real tokens are checked in azure.test.ts; here the inputs alone.
      inputs: { 'client-secret': CLIENT_SECRET }
    })
    // The runner consumes ::add-mask:: and shows nothing; the values are registered there and nowhere else.
    expect(run.stdout).toContain(`::add-mask::${CLIENT_SECRET}`)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    const places = {
      stdout: visibleStdout(run.stdout),
      stderr: run.stderr,
      summary: run.summary,
      outputs: readFileSync(`${run.dir}/output.txt`, 'utf8'),
      comment: api.commentsOf(41).map((c) => c.body).join('\n')
    }
    expect(places.comment).toContain(MARKER)
    for (const [where, text] of Object.entries(places)) {
      for (const secret of [CLIENT_SECRET, TOKEN]) {
        expect({ where, leaked: text.includes(secret) }).toEqual({ where, leaked: false })
      }
    }
  })
})
