import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readRunContext, runUrl, triggerFacts } from '../../src/github/context.js'

function withEvent(payload: unknown) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctx-'))
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return file
}

const prPayload = (head: string | null) => ({
  number: 7,
  pull_request: { number: 7, head: { sha: 'h', repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: 'o/r' } } },
  repository: { full_name: 'o/r' }
})

describe('readRunContext', () => {
  it('reads a same-repository pull request', () => {
    const ctx = readRunContext({ GITHUB_EVENT_PATH: withEvent(prPayload('o/r')), GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' })
    expect(ctx.pullRequest).toEqual({ number: 7, headRepo: 'o/r', baseRepo: 'o/r', headSha: 'h' })
    expect(ctx.isFork).toBe(false)
    expect([ctx.owner, ctx.repo]).toEqual(['o', 'r'])
  })

  it('detects a fork, and a deleted fork', () => {
    expect(readRunContext({ GITHUB_EVENT_PATH: withEvent(prPayload('mallory/r')), GITHUB_REPOSITORY: 'o/r' }).isFork).toBe(true)
    expect(readRunContext({ GITHUB_EVENT_PATH: withEvent(prPayload(null)), GITHUB_REPOSITORY: 'o/r' }).isFork).toBe(true)
  })

  it('treats a push or a missing payload as no pull request', () => {
    const ctx = readRunContext({ GITHUB_EVENT_PATH: withEvent({ ref: 'refs/heads/main', after: 'x' }), GITHUB_REPOSITORY: 'o/r' })
    expect(ctx.pullRequest).toBeNull()
    expect(readRunContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }).pullRequest).toBeNull()
  })

  it('reads, from the one payload read, whose code an issue_comment or workflow_run handles', () => {
    const comment = readRunContext({ GITHUB_EVENT_PATH: withEvent({ issue: { number: 7, pull_request: { url: 'u' } } }), GITHUB_EVENT_NAME: 'issue_comment', GITHUB_REPOSITORY: 'o/r' })
    expect(comment.trigger).toEqual({ pullRequest: true, fork: true })
    expect(comment.pullRequest).toBeNull()
    const push = readRunContext({ GITHUB_EVENT_PATH: withEvent({ ref: 'refs/heads/main' }), GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'o/r' })
    expect(push.trigger).toBeUndefined()
  })

  it('builds the run URL from the server URL', () => {
    const ctx = readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_SERVER_URL: 'https://ghe.example/' })
    expect(runUrl(ctx)).toBe('https://ghe.example/o/r/actions/runs/42')
  })
})

describe('triggerFacts', () => {
  const repo = 'Fabrikam/Onboarding'
  const run = (workflowRun: unknown) => triggerFacts('workflow_run', { workflow_run: workflowRun }, repo)

  it('issue_comment: on a pull request when payload.issue.pull_request is present', () => {
    expect(triggerFacts('issue_comment', { issue: { number: 3, pull_request: { url: 'u' } } }, repo)).toEqual({ pullRequest: true, fork: true })
    expect(triggerFacts('issue_comment', { issue: { number: 3 } }, repo)).toEqual({ pullRequest: false, fork: false })
    expect(triggerFacts('issue_comment', {}, repo)).toEqual({ pullRequest: true, fork: true })
  })

  it('workflow_run: a fork when the head repository is another one or unknown', () => {
    expect(run({ event: 'pull_request', head_repository: { full_name: 'mallory/onboarding' } })).toEqual({ pullRequest: true, fork: true })
    expect(run({ event: 'push', head_repository: { full_name: 'fabrikam/onboarding' } })).toEqual({ pullRequest: false, fork: false })
    // A pull_request_target run runs on the base branch: its head repository is this one even for a fork's pull request.
    expect(run({ event: 'pull_request_target', head_repository: { full_name: repo } })).toEqual({ pullRequest: true, fork: true })
    expect(run({ event: 'pull_request_target', head_repository: { full_name: repo }, pull_requests: [] })).toEqual({ pullRequest: true, fork: true })
    const prs = (head: number) => [{ number: 7, head: { ref: 'f', sha: 'a', repo: { id: head, name: 'onboarding' } }, base: { ref: 'main', sha: 'b', repo: { id: 42, name: 'onboarding' } } }]
    expect(run({ event: 'pull_request_target', head_repository: { full_name: repo }, pull_requests: prs(42) })).toEqual({ pullRequest: true, fork: false })
    expect(run({ event: 'pull_request_review', head_repository: { full_name: repo }, pull_requests: prs(99) })).toEqual({ pullRequest: true, fork: true })
    expect(run({ event: 'pull_request', head_repository: { full_name: repo }, pull_requests: [] })).toEqual({ pullRequest: true, fork: false })
    expect(run({ event: 'push', head_repository: null })).toEqual({ pullRequest: false, fork: true })
    expect(run(undefined)).toEqual({ pullRequest: true, fork: true })
    expect(triggerFacts('workflow_run', { workflow_run: { event: 'push', head_repository: { full_name: repo } } }, '')).toEqual({ pullRequest: false, fork: true })
    // Other events carry their pull request (if any) in payload.pull_request: no facts.
    expect(triggerFacts('push', {}, repo)).toBeUndefined()
    expect(triggerFacts('pull_request_target', { pull_request: {} }, repo)).toBeUndefined()
  })
})
