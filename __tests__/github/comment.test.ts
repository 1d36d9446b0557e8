import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiStandIn } from '../emulator/github-api.js'
import { createOctokit } from '../../src/github/octokit.js'
import { findSticky, upsertStickyComment } from '../../src/github/comment.js'
import { listChangedFiles } from '../../src/github/changed-files.js'
import { describeApiError } from '../../src/github/octokit.js'
import { markerFor } from '../../src/report/markdown.js'

const MARKER = '<!-- lighthouse-pec-guard -->'
const target = { owner: 'o', repo: 'r', issueNumber: 7, marker: MARKER }
let api: GitHubApiStandIn

beforeEach(async () => {
  api = new GitHubApiStandIn()
  await api.start()
})
afterEach(async () => {
  await api.stop()
})

describe('upsertStickyComment', () => {
  it('keeps one comment per comment-key, and the default comment apart from keyed ones', async () => {
    const octokit = await createOctokit('ghs_token', api.url)
    const markers = [markerFor(''), markerFor('shard-1'), markerFor('shard-2')]
    expect(markers[0]).toBe(MARKER)
    for (const run of [1, 2]) {
      for (const marker of markers) await upsertStickyComment(octokit, { ...target, marker }, `${marker}\nrun ${run}`)
    }
    const bodies = api.commentsOf(7).map((c) => c.body)
    expect(bodies).toHaveLength(3)
    expect(bodies.sort()).toEqual(markers.map((m) => `${m}\nrun 2`).sort())
  })

  it('creates the comment once, then updates it in place', async () => {
    const octokit = await createOctokit('ghs_token', api.url)
    const first = await upsertStickyComment(octokit, target, `${MARKER}\nrun 1`)
    const second = await upsertStickyComment(octokit, target, `${MARKER}\nrun 2`)
    expect(first.action).toBe('created')
    expect(second).toMatchObject({ action: 'updated', id: first.id })
    expect(api.commentsOf(7)).toHaveLength(1)
    expect(api.commentsOf(7)[0]!.body).toBe(`${MARKER}\nrun 2`)
  })

  it('finds its comment past the first page of 100', async () => {
    for (let i = 0; i < 150; i++) api.seedComment(7, `chatter ${i}`, { login: 'someone', type: 'User' })
    const mine = api.seedComment(7, `${MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' })
    const res = await upsertStickyComment(await createOctokit('ghs_token', api.url), target, `${MARKER}\nnew`)
    expect(res).toMatchObject({ action: 'updated', id: mine.id })
    const pages = api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'))
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2'])
  })

  it('never edits a person\'s comment that quotes the marker', async () => {
    const human = api.seedComment(7, `look: ${MARKER}`, { login: 'mallory', type: 'User' })
    const res = await upsertStickyComment(await createOctokit('ghs_token', api.url), target, `${MARKER}\nx`)
    expect(res.action).toBe('created')
    expect(api.commentsOf(7).find((c) => c.id === human.id)!.body).toBe(`look: ${MARKER}`)
  })

  it('rejects with a 403 on a read-only token, which describeApiError explains', async () => {
    api.readOnly = true
    const err = await upsertStickyComment(await createOctokit('ghs_token', api.url), target, `${MARKER}\nx`).catch((e: unknown) => e)
    expect(describeApiError(err)).toMatch(/HTTP 403: the token cannot do this/)
    expect(api.commentsOf(7)).toHaveLength(0)
  })
})

describe('findSticky', () => {
  it('prefers the login a PAT reports, and bots otherwise', () => {
    const comments = [
      { id: 1, body: MARKER, user: { login: 'other-bot[bot]', type: 'Bot' } },
      { id: 2, body: MARKER, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 3, body: MARKER, user: { login: 'me', type: 'User' } }
    ]
    expect(findSticky(comments, MARKER, null)!.id).toBe(2)
    expect(findSticky(comments, MARKER, 'me')!.id).toBe(3)
    expect(findSticky(comments, '<!-- other -->', null)).toBeUndefined()
  })

  it('with the login GraphQL names for an installation token, never another bot\'s comment', () => {
    const comments = [{ id: 1, body: MARKER, user: { login: 'other-app[bot]', type: 'Bot' } }]
    expect(findSticky(comments, MARKER, 'github-actions[bot]')).toBeUndefined()
    // With or without the [bot] suffix.
    const ours = [...comments, { id: 2, body: MARKER, user: { login: 'github-actions[bot]', type: 'Bot' } }]
    expect(findSticky(ours, MARKER, 'github-actions')!.id).toBe(2)
  })
})

describe('listChangedFiles', () => {
  it('follows Link pagination and drops removed files', async () => {
    api.prFiles[7] = [
      ...Array.from({ length: 230 }, (_, i) => ({ filename: `docs/${i}.md`, status: 'modified' })),
      { filename: 'templates/a.parameters.json', status: 'modified' },
      { filename: 'templates/gone.json', status: 'removed' }
    ]
    const res = await listChangedFiles(await createOctokit('ghs_token', api.url), { owner: 'o', repo: 'r', pullNumber: 7 })
    expect(res.complete).toBe(true)
    expect(res.files).toHaveLength(231)
    expect(res.files).toContain('templates/a.parameters.json')
    expect(res.files).not.toContain('templates/gone.json')
    expect(api.requests.filter((r) => r.path.endsWith('/pulls/7/files'))).toHaveLength(3)
  })

  it('says the list is incomplete at the API limit of 3,000 files', async () => {
    api.prFiles[8] = Array.from({ length: 3000 }, (_, i) => ({ filename: `f/${i}.json`, status: 'added' }))
    const res = await listChangedFiles(await createOctokit('ghs_token', api.url), { owner: 'o', repo: 'r', pullNumber: 8 })
    expect(res.complete).toBe(false)
    expect(res.files).toHaveLength(3000)
  })
})
