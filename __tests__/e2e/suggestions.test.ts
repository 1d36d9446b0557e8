/**
 * One-click suggested fixes, end to end: the built action (node dist/index.js) on pull requests against the GitHub API
 * stand-in, whose review-comment endpoints check line / start_line / side against the PR files' patches as GitHub does.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiStandIn } from '../emulator/github-api.js'
import { REPO, ROOT, commands, distMissingMessage, pullRequestPayload, runAction, type RunOptions } from './harness.js'

const TOKEN = 'ghs_e2eTokenDoNotLeak0123456789'
const AUTOMATION = '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10'
const HEAD = 'feed000000000000000000000000000000000002'
const FILE = 'lighthouse/onboarding.json'
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
  api.graphql = true
  api.requests.length = 0
  api.comments.clear()
  api.reviewComments.clear()
})

/** A repository whose PR adds the tab-indented onboarding of __tests__/fix/fixtures/template-literal. */
function workspace(): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'pec-e2e-sugg-'))
  cpSync(path.join(ROOT, '__tests__/fix/fixtures/template-literal/onboarding.json'), path.join(ws, FILE))
  return ws
}

/** The patch of a file the PR adds: every line is an added line. */
function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n')
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')
}

/** The patch of a PR that changed line `from` and shows lines from..to (the rest of the file is outside the diff). */
function partialPatch(text: string, from: number, to: number): string {
  const lines = text.split('\n').slice(from - 1, to)
  return [`@@ -${from},${lines.length} +${from},${lines.length} @@`, `-${lines[0]} `, `+${lines[0]}`, ...lines.slice(1).map((l) => ` ${l}`)].join('\n')
}

function onPr(number: number, ws: string, options: RunOptions = {}) {
  api.prHeads[number] = HEAD
  return runAction({
    eventName: 'pull_request',
    payload: pullRequestPayload(number),
    workspace: ws,
    ...options,
    inputs: { templates: 'lighthouse', 'automation-principal-id': AUTOMATION, 'github-token': TOKEN, comment: 'never', ...options.inputs },
    env: { GITHUB_API_URL: api.url, ...options.env }
  })
}

/** Requests that change something (GraphQL's viewer query reads who the token is). */
const writes = () => api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`)

/** What a suggestion does to the file when its author clicks "Commit suggestion". */
function applySuggestion(text: string, c: { body: string; line: number | null; start_line: number | null }): string {
  const m = /(`{3,})suggestion\n([\s\S]*?)\n\1$/.exec(c.body)!
  const lines = text.split('\n')
  const start = (c.start_line ?? c.line!) - 1
  lines.splice(start, c.line! - start, ...m[2]!.split('\n'))
  return lines.join('\n')
}

describe('suggested fixes on a pull request', () => {
  it('posts every fix in the diff as a suggestion on its lines, and a re-run posts nothing twice', async () => {
    const ws = workspace()
    const text = readFileSync(path.join(ws, FILE), 'utf8')
    api.prFiles[51] = [{ filename: FILE, status: 'added', patch: addedPatch(text) }]
    const first = await onPr(51, ws)
    expect(first.code).toBe(1) // the errors are still there: suggestions do not change the verdict
    const posted = api.reviewCommentsOf(51)
    // schema, two names, two apiVersions, the automation account, the JIT duration
    expect(posted).toHaveLength(7)
    expect(writes()).toEqual(Array(7).fill(`POST /repos/${REPO}/pulls/51/comments`))
    for (const c of posted) {
      expect(c.body).toMatch(/^<!-- lighthouse-pec-guard:suggestion [0-9a-f]{16} -->\n\*\*Lighthouse PEC Guard\*\* · `[a-z-]+` — /)
      expect(c.body).toMatch(/\n```suggestion\n[\s\S]*\n```$/)
      expect(c).toMatchObject({ path: FILE, side: 'RIGHT', commit_id: HEAD, user: { login: 'github-actions[bot]' } })
    }
    const schema = posted.find((c) => c.body.includes('`lighthouse-schema`'))!
    expect(schema).toMatchObject({ line: 2, start_line: null })
    expect(schema.body).toContain('```suggestion\n\t"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",\n```')
    // Every suggestion, clicked on its own, is the fix `lighthouse-pec fix` makes for that finding.
    const automation = posted.find((c) => c.body.includes('`pec-automation-missing`'))!
    expect(applySuggestion(text, automation)).toContain(`{ "principalId": "${AUTOMATION}", "principalIdDisplayName": "Provider Automation Account", "roleDefinitionId": "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e" }`)
    expect(first.summary).toContain('### Fixes')
    expect(first.summary).toContain('7 fix(es) are one-click suggestions on the pull request.')

    api.requests.length = 0
    const second = await onPr(51, ws)
    expect(second.code).toBe(1)
    expect(writes()).toEqual([])
    expect(api.reviewCommentsOf(51).map((c) => c.id)).toEqual(posted.map((c) => c.id))
  })

  it('removes the suggestion whose finding is gone, keeps the others, and leaves other people\'s comments alone', async () => {
    const ws = workspace()
    const text = readFileSync(path.join(ws, FILE), 'utf8')
    api.prFiles[52] = [{ filename: FILE, status: 'added', patch: addedPatch(text) }]
    const someoneElse = api.seedReviewComment(52, { body: '<!-- lighthouse-pec-guard:suggestion 0123456789abcdef -->\nnot ours', path: FILE, line: 2, user: { login: 'octocat', type: 'User' } })
    await onPr(52, ws)
    expect(api.reviewCommentsOf(52)).toHaveLength(8)
    const schema = api.reviewCommentsOf(52).find((c) => c.body.includes('`lighthouse-schema`'))!

    // The author commits the $schema suggestion: that finding is gone, the others stay where they were.
    const fixed = applySuggestion(text, schema)
    writeFileSync(path.join(ws, FILE), fixed)
    api.prFiles[52] = [{ filename: FILE, status: 'added', patch: addedPatch(fixed) }]
    api.requests.length = 0
    await onPr(52, ws)
    expect(writes()).toEqual([`DELETE /repos/${REPO}/pulls/comments/${schema.id}`])
    expect(api.reviewCommentsOf(52)).toHaveLength(7)
    expect(api.reviewCommentsOf(52)).toContainEqual(someoneElse)
  })

  it('leaves another bot\'s comment alone even when it starts with our marker (GITHUB_TOKEN cannot read /user)', async () => {
    // Another GitHub App (or this action run by another workflow with its own token) posting the same marker text.
    const ws = workspace()
    api.prFiles[59] = [{ filename: FILE, status: 'added', patch: addedPatch(readFileSync(path.join(ws, FILE), 'utf8')) }]
    const otherBot = api.seedReviewComment(59, { body: '<!-- lighthouse-pec-guard:suggestion 0123456789abcdef -->\nanother bot', path: FILE, line: 2, user: { login: 'other-app[bot]', type: 'Bot' } })
    for (let run = 0; run < 2; run++) {
      const result = await onPr(59, ws)
      expect(commands(result.stdout, 'notice').filter((n) => !n.props.file)).toEqual([])
    }
    // GitHub lets a token that can write to the repository edit and delete anyone's comments: the stand-in refuses
    // (403), so what matters is that the action never tries.
    expect(writes().filter((w) => w.endsWith(`/comments/${otherBot.id}`))).toEqual([])
    expect(api.reviewCommentsOf(59)).toContainEqual(otherBot)
    expect(api.reviewCommentsOf(59).filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(7)
  })

  it('without GraphQL (a proxy, an old GitHub Enterprise Server) a re-run still finds its own suggestions', async () => {
    api.graphql = false
    const ws = workspace()
    api.prFiles[60] = [{ filename: FILE, status: 'added', patch: addedPatch(readFileSync(path.join(ws, FILE), 'utf8')) }]
    await onPr(60, ws)
    expect(api.reviewCommentsOf(60)).toHaveLength(7)
    api.requests.length = 0
    await onPr(60, ws)
    expect(writes()).toEqual([])
    expect(api.reviewCommentsOf(60)).toHaveLength(7)
  })

  it('updates a suggestion whose text changed in place, and replaces one GitHub marks outdated', async () => {
    const ws = workspace()
    api.prFiles[58] = [{ filename: FILE, status: 'added', patch: addedPatch(readFileSync(path.join(ws, FILE), 'utf8')) }]
    await onPr(58, ws)
    const [older, outdated] = api.reviewCommentsOf(58)
    const wanted = older!.body
    // An earlier version of the action worded it differently; a later push moved the other one off its line.
    older!.body = wanted.replace('**Lighthouse PEC Guard**', '**Lighthouse PEC Guard (old wording)**')
    outdated!.line = null
    api.requests.length = 0
    await onPr(58, ws)
    expect(writes()).toEqual([
      `PATCH /repos/${REPO}/pulls/comments/${older!.id}`,
      `POST /repos/${REPO}/pulls/58/comments`,
      `DELETE /repos/${REPO}/pulls/comments/${outdated!.id}`
    ])
    expect(older!.body).toBe(wanted)
    expect(api.reviewCommentsOf(58)).toHaveLength(7)
  })

  it('posts only what is in the diff; the other fixes stay in the summary', async () => {
    const ws = workspace()
    const text = readFileSync(path.join(ws, FILE), 'utf8')
    // The PR changed the parameters block only (lines 2-9): $schema and the two newGuid() defaults are in its diff.
    api.prFiles[53] = [{ filename: FILE, status: 'modified', patch: partialPatch(text, 2, 9) }]
    const run = await onPr(53, ws)
    const rules = api.reviewCommentsOf(53).map((c) => /`([a-z-]+)`/.exec(c.body)![1]).sort()
    expect(rules).toEqual(['lighthouse-nondeterministic-name', 'lighthouse-nondeterministic-name', 'lighthouse-schema'])
    expect(run.summary).toContain('3 fix(es) are one-click suggestions on the pull request; 4 touch lines outside its diff and are listed here only.')
    expect(run.summary).toMatch(/\| lighthouse\/onboarding\.json \| \d+ \| `pec-automation-missing` \| Grant the automation principal/)
  })

  it('a fix on a line too long for a comment (a minified template) stays in the summary; the others are posted', async () => {
    const ws = workspace()
    const text = readFileSync(path.join(ws, FILE), 'utf8')
    // The $schema line, 70,000 characters long: its suggestion would quote it whole, over GitHub's 65,536.
    const long = text.replace('"contentVersion": "1.0.0.0",', `"contentVersion": "1.0.0.0", "metadata": { "notes": "${'x'.repeat(70_000)}" },`).replace(/^(\t"\$schema": [^\n]*)\n\t"contentVersion"/m, '$1 "contentVersion"')
    writeFileSync(path.join(ws, FILE), long)
    api.prFiles[61] = [{ filename: FILE, status: 'added', patch: addedPatch(long) }]
    const run = await onPr(61, ws)
    expect(commands(run.stdout, 'notice').filter((n) => !n.props.file)).toEqual([])
    const posted = api.reviewCommentsOf(61)
    expect(posted.length).toBeGreaterThan(0)
    expect(posted.every((c) => c.body.length <= 65_536)).toBe(true)
    expect(posted.some((c) => c.body.includes('`lighthouse-schema`'))).toBe(false)
    expect(run.summary).toMatch(/touch lines outside its diff and are listed here only/)
  })

  it('escapes what comes from the files in the comment text', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'pec-e2e-sugg-'))
    cpSync(path.join(ROOT, '__tests__/fix/fixtures/role-not-eligible'), path.join(ws, 'lighthouse'), { recursive: true })
    const params = path.join(ws, 'lighthouse/onboarding.parameters.json')
    const hostile = readFileSync(params, 'utf8').replace('"Northwind automation", "roleDefinitionId": "acdd', '"@octocat <img src=x onerror=alert(1)> [x](https://evil.example)", "roleDefinitionId": "acdd')
    writeFileSync(params, hostile)
    api.prFiles[54] = [{ filename: 'lighthouse/onboarding.parameters.json', status: 'added', patch: addedPatch(hostile) }]
    await onPr(54, ws)
    const [c] = api.reviewCommentsOf(54)
    const description = c!.body.split('\n')[1]!
    expect(description).not.toContain('<img')
    expect(description).not.toMatch(/@octocat/)
    expect(description).not.toContain('](https://')
  })

  it('a fork pull request gets no suggestion and no API call, and does not fail for it', async () => {
    const ws = workspace()
    api.prFiles[55] = [{ filename: FILE, status: 'added', patch: addedPatch(readFileSync(path.join(ws, FILE), 'utf8')) }]
    const run = await onPr(55, ws, { payload: pullRequestPayload(55, 'mallory/onboarding'), inputs: { 'fail-on': 'never' } })
    expect(run.code).toBe(0)
    expect(api.requests).toHaveLength(0)
    expect(api.reviewCommentsOf(55)).toHaveLength(0)
  })

  it('a read-only token is one notice, never a failed run', async () => {
    const ws = workspace()
    api.prFiles[56] = [{ filename: FILE, status: 'added', patch: addedPatch(readFileSync(path.join(ws, FILE), 'utf8')) }]
    api.readOnly = true
    const run = await onPr(56, ws, { inputs: { 'fail-on': 'never' } })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    const notices = commands(run.stdout, 'notice').filter((n) => !n.props.file)
    expect(notices.map((n) => n.message)).toEqual([expect.stringMatching(/^Could not post the suggested fixes \(HTTP 403: the token cannot do this/)])
    expect(api.reviewCommentsOf(56)).toHaveLength(0)
  })

  it('suggestions: never reads and writes nothing', async () => {
    const ws = workspace()
    await onPr(57, ws, { inputs: { suggestions: 'never' } })
    expect(api.requests).toHaveLength(0)
  })
})
