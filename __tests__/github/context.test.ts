import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readRunContext, runUrl } from '../../src/github/context.js'

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

  it('builds the run URL from the server URL', () => {
    const ctx = readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_SERVER_URL: 'https://ghe.example/' })
    expect(runUrl(ctx)).toBe('https://ghe.example/o/r/actions/runs/42')
  })
})
