/** Fail closed: a pull request event whose payload cannot show who opened it is handled as a fork's. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readEventPayload, readRunContext } from '../../src/github/context.js'

function file(name: string, content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'payload-'))
  const at = path.join(dir, name)
  writeFileSync(at, content)
  return at
}

const sameRepoPr = { number: 7, pull_request: { number: 7, head: { sha: 'h', repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }
/** What an overwritten event.json looked like in the demonstrated attack: a SARIF file, no pull_request. */
const sarif = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] }

describe('readEventPayload', () => {
  it('says why there is no payload: unset, missing, not a regular file, not JSON, not an object', () => {
    expect(readEventPayload({}).problem).toMatch(/GITHUB_EVENT_PATH is not set/)
    expect(readEventPayload({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }).problem).toBe('does not exist')
    const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'payload-')), 'event.json')
    execFileSync('mkfifo', [fifo])
    // Nobody writes to the FIFO: a blocking read would hang here.
    expect(readEventPayload({ GITHUB_EVENT_PATH: fifo }).problem).toBe('is not a regular file')
    expect(readEventPayload({ GITHUB_EVENT_PATH: file('e.json', '{"pull_request": ') }).problem).toBe('is not valid JSON')
    expect(readEventPayload({ GITHUB_EVENT_PATH: file('e.json', '[1]') }).problem).toBe('is not a JSON object')
    expect(readEventPayload({ GITHUB_EVENT_PATH: file('e.json', JSON.stringify(sameRepoPr)) })).toEqual({ payload: sameRepoPr })
  })
})

describe('readRunContext on pull request events', () => {
  const ctx = (eventName: string, content: string | null) =>
    readRunContext({ GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'o/r', ...(content === null ? {} : { GITHUB_EVENT_PATH: file('event.json', content) }) })

  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    '%s without pull_request in the payload is untrusted (isFork) and says why',
    (event) => {
      const run = ctx(event, JSON.stringify(sarif))
      expect(run.pullRequest).toBeNull()
      expect(run.isFork).toBe(true)
      expect(run.payloadProblem).toMatch(/has no `pull_request`/)
    }
  )

  it('an unreadable or unparsable payload on a pull request event is untrusted too', () => {
    expect(ctx('pull_request_target', '{ not json').isFork).toBe(true)
    expect(ctx('pull_request_target', null)).toMatchObject({ isFork: true, payloadProblem: expect.stringMatching(/not set/) })
  })

  it('a same-repository pull request with a full payload stays trusted; a push needs no pull_request', () => {
    const pr = ctx('pull_request_target', JSON.stringify(sameRepoPr))
    expect(pr).toMatchObject({ isFork: false, pullRequest: { headRepo: 'o/r' } })
    expect(pr.payloadProblem).toBeUndefined()
    const push = ctx('push', JSON.stringify({ ref: 'refs/heads/main' }))
    expect(push.isFork).toBe(false)
    expect(push.payloadProblem).toBeUndefined()
  })
})
