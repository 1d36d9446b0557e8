/**
 * One-click fixes on a pull request: each fix whose lines are in the PR's diff becomes a review comment with a
 * ```suggestion block on those lines. Sticky like the PR comment: each carries a hidden marker with an ID of what it
 * suggests, so a re-run leaves an unchanged one alone, updates its text, replaces one that moved, deletes the ones
 * whose finding is gone, and never posts one twice. Which lines are in the diff comes from the pull request files
 * API's `patch` (paginated); a fix outside it stays in the job summary.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Finding, FindingFix, LintReport } from '../lint/types.js'
import { repositoryPath } from '../report/annotations.js'
import { clip, escapeMarkdown } from '../report/escape.js'
import { whoAmI, writtenBy, type Octokit } from './octokit.js'
import { Boundary, readTextInside } from '../shared/fs-boundary.js'

/** Review comments are notifications: a run posts at most this many (the summary lists every fix). */
export const MAX_SUGGESTIONS = 50
/** GitHub refuses a comment body over 65,536 characters (a fix on one line of a minified template quotes it whole). */
export const MAX_BODY = 65_536
const MARKER_PREFIX = '<!-- lighthouse-pec-guard:suggestion'

export interface SuggestionTarget {
  owner: string
  repo: string
  pullNumber: number
  /** The PR head commit: review comments are anchored to it. */
  headSha: string
  /** `comment-key`: runs with different keys keep separate suggestions. */
  key: string
}

export interface PlannedSuggestion {
  id: string
  path: string
  startLine: number
  line: number
  body: string
}

export interface SuggestionResult {
  created: number
  updated: number
  deleted: number
  unchanged: number
  /** Fixes whose lines are not in the diff (or whose file changed since): summary only. */
  outside: number
  /** Fixes not posted because of MAX_SUGGESTIONS. */
  capped: number
}

/** Right-side (new file) lines of each hunk of a unified diff patch: line number → text. */
export function rightSideHunks(patch: string): Array<Map<number, string>> {
  const hunks: Array<Map<number, string>> = []
  let current: Map<number, string> | null = null
  let line = 0
  for (const raw of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw)
    if (header) {
      current = new Map()
      hunks.push(current)
      line = Number(header[1])
      continue
    }
    if (!current) continue
    if (raw.startsWith('-') || raw.startsWith('\\')) continue
    if (raw.startsWith('+') || raw.startsWith(' ') || raw === '') {
      current.set(line, raw.slice(1).replace(/\r$/, ''))
      line++
    }
  }
  return hunks
}

interface FixOnFile {
  finding: Finding
  fix: FindingFix
  suggestion: boolean
}

/**
 * The suggestions to post: every fix (and, marked as needing a decision, every suggestion) whose whole line range
 * sits in one hunk of the diff with the same text as the checked-out file.
 */
export function planSuggestions(
  report: LintReport,
  diff: Map<string, Array<Map<number, string>>>,
  workspace: string,
  key: string,
  readText: (file: string) => string | undefined = readWorkspaceFile(workspace)
): { planned: PlannedSuggestion[]; outside: number } {
  const planned: PlannedSuggestion[] = []
  const seen = new Set<string>()
  let outside = 0
  const fixes: FixOnFile[] = report.results.flatMap((r) =>
    r.findings.flatMap((finding) => [
      ...(finding.fix ? [{ finding, fix: finding.fix, suggestion: false }] : []),
      ...(finding.suggestions ?? []).map((fix) => ({ finding, fix, suggestion: true }))
    ])
  )
  for (const item of fixes) {
    const text = readText(item.fix.file)
    const change = text === undefined ? undefined : lineChange(text, item.fix)
    const repoPath = repositoryPath(item.fix.file, workspace)
    if (!change) {
      outside++
      continue
    }
    const id = createHash('sha256')
      // Two rules can propose the same change (an apiVersion too old twice over): one suggestion.
      .update([repoPath, change.startLine, change.oldLines.join('\n'), change.newText].join('\u0000'))
      .digest('hex')
      .slice(0, 16)
    if (seen.has(id)) continue
    seen.add(id)
    if (!(diff.get(repoPath) ?? []).some((h) => inHunk(h, change.startLine, change.endLine, change.oldLines))) {
      outside++
      continue
    }
    const body = bodyOf(item, change.newText, id, key)
    if (body.length > MAX_BODY) {
      // GitHub would refuse it (422) and stop the run's other suggestions: it stays in the summary.
      outside++
      continue
    }
    planned.push({ id, path: repoPath, startLine: change.startLine, line: change.endLine, body })
  }
  return { planned, outside }
}

/** The file lines a fix replaces (1-based, inclusive) and what replaces them. */
export function lineChange(fileText: string, fix: FindingFix): { startLine: number; endLine: number; oldLines: string[]; newText: string } | undefined {
  const text = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText
  if (fix.edits.length === 0 || fix.edits.some((e) => e.offset < 0 || e.offset + e.length > text.length)) return undefined
  const edits = [...fix.edits].sort((a, b) => a.offset - b.offset)
  const from = edits[0]!.offset
  const to = Math.max(...edits.map((e) => e.offset + e.length))
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  let lineEnd = text.indexOf('\n', Math.max(to, from) - (to > from && text[to - 1] === '\n' ? 1 : 0))
  if (lineEnd === -1) lineEnd = text.length
  let after = text
  for (const e of [...edits].reverse()) after = after.slice(0, e.offset) + e.content + after.slice(e.offset + e.length)
  const delta = after.length - text.length
  const oldBlock = text.slice(lineStart, lineEnd)
  const newText = after.slice(lineStart, lineEnd + delta).replace(/\r\n/g, '\n').replace(/\r$/, '')
  const startLine = text.slice(0, lineStart).split('\n').length
  const oldLines = oldBlock.split('\n').map((l) => l.replace(/\r$/, ''))
  return { startLine, endLine: startLine + oldLines.length - 1, oldLines, newText }
}

function inHunk(hunk: Map<number, string>, start: number, end: number, oldLines: string[]): boolean {
  for (let line = start; line <= end; line++) if (hunk.get(line) !== oldLines[line - start]) return false
  return true
}

function bodyOf(item: FixOnFile, newText: string, id: string, key: string): string {
  const longest = Math.max(0, ...(newText.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  const lines = [
    `${MARKER_PREFIX}${key ? `:${key}` : ''} ${id} -->`,
    `**Lighthouse PEC Guard** · \`${escapeMarkdown(item.finding.ruleId).replace(/`/g, '')}\` — ${escapeMarkdown(clip(item.fix.description, 1000))}`
  ]
  if (item.suggestion) lines.push('', '⚠️ Needs your decision: this changes who may do what, so it is never applied automatically.')
  lines.push('', `${fence}suggestion`, newText, fence)
  return lines.join('\n')
}

/** The checked-out file a fix is for, read through the workspace boundary like the lint read it. */
function readWorkspaceFile(workspace: string): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>()
  const boundary = Boundary.create(workspace)
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readTextInside(boundary, path.resolve(workspace, file), file))
      } catch {
        cache.set(file, undefined)
      }
    }
    return cache.get(file)
  }
}

interface ReviewComment {
  id: number
  body?: string | null
  path?: string
  line?: number | null
  start_line?: number | null
  in_reply_to_id?: number
  user?: { login?: string; type?: string } | null
}

/** Ours: our marker (and key), written by us (our login — see whoAmI — or a bot when it cannot be known). */
function ownSuggestions(comments: ReviewComment[], key: string, login: string | null): Array<ReviewComment & { suggestionId: string }> {
  const marker = new RegExp(`^${escapeRegExp(MARKER_PREFIX)}${key ? escapeRegExp(`:${key}`) : ''} ([0-9a-f]{16}) -->`)
  const out: Array<ReviewComment & { suggestionId: string }> = []
  for (const c of comments) {
    const m = marker.exec(c.body ?? '')
    if (!m || c.in_reply_to_id) continue
    if (!writtenBy(c.user, login)) continue
    out.push({ ...c, suggestionId: m[1]! })
  }
  return out
}

/** Lines of each file in the PR's diff, from the files API (paginated; no patch for binary or huge files). */
export async function diffLines(octokit: Octokit, target: SuggestionTarget): Promise<Map<string, Array<Map<number, string>>>> {
  const files = (await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100
  })) as Array<{ filename: string; status?: string; patch?: string }>
  const map = new Map<string, Array<Map<number, string>>>()
  for (const f of files) if (f.status !== 'removed' && typeof f.patch === 'string') map.set(f.filename, rightSideHunks(f.patch))
  return map
}

export async function syncSuggestions(octokit: Octokit, target: SuggestionTarget, report: LintReport, workspace: string): Promise<SuggestionResult> {
  const comments = (await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100
  })) as ReviewComment[]
  const ours = ownSuggestions(comments, target.key, await whoAmI(octokit))
  // Without a fix there is nothing to place: the diff is read only when a suggestion could be posted.
  const anyFix = report.results.some((r) => r.findings.some((f) => f.fix || f.suggestions?.length))
  const { planned, outside } = anyFix ? planSuggestions(report, await diffLines(octokit, target), workspace, target.key) : { planned: [], outside: 0 }
  const posted = planned.slice(0, MAX_SUGGESTIONS)
  const result: SuggestionResult = { created: 0, updated: 0, deleted: 0, unchanged: 0, outside, capped: planned.length - posted.length }
  const kept = new Set<number>()
  const repo = { owner: target.owner, repo: target.repo }
  for (const p of posted) {
    const same = ours.find((c) => !kept.has(c.id) && c.suggestionId === p.id && c.path === p.path && c.line === p.line && (c.start_line ?? c.line) === p.startLine)
    if (same) {
      kept.add(same.id)
      if (same.body === p.body) result.unchanged++
      else {
        await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: same.id, body: p.body })
        result.updated++
      }
      continue
    }
    await octokit.rest.pulls.createReviewComment({
      ...repo,
      pull_number: target.pullNumber,
      commit_id: target.headSha,
      path: p.path,
      body: p.body,
      line: p.line,
      side: 'RIGHT',
      ...(p.startLine < p.line ? { start_line: p.startLine, start_side: 'RIGHT' as const } : {})
    })
    result.created++
  }
  // What is left of ours is for findings that are gone, moved or outdated: remove it.
  for (const c of ours) {
    if (kept.has(c.id)) continue
    await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: c.id })
    result.deleted++
  }
  return result
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
