/**
 * What the run is: event, PR, fork or not. Read straight from the runner's environment (not @actions/github, whose
 * import pulls in an HTTP stack that lint-only runs do not need).
 */
import { readRegularFile, type RefusalReason } from '../shared/fs-boundary.js'

export interface PullRequestInfo {
  number: number
  /** `owner/repo` of the head branch's repository; null when that repository was deleted. */
  headRepo: string | null
  baseRepo: string | null
  headSha: string | null
}

export interface RunContext {
  eventName: string
  ref: string
  sha: string
  repository: string
  owner: string
  repo: string
  actor: string
  serverUrl: string
  apiUrl: string
  runId: string
  workspace: string
  pullRequest: PullRequestInfo | null
  /** A pull request whose head lives in another repository: no secrets, read-only token, no OIDC. */
  isFork: boolean
  /** For issue_comment and workflow_run, which carry no `pull_request`: whose code the run may handle. */
  trigger?: TriggerFacts
  /**
   * Why the event payload cannot show who opened the pull request (unreadable, not JSON, or a pull request event
   * without `pull_request`): such a run is handled as untrusted (fail closed), never as this repository's own.
   */
  payloadProblem?: string
}

/** What an `issue_comment` or `workflow_run` payload says about the code the run may be handling. */
export interface TriggerFacts {
  /** An issue_comment on a pull request, or a workflow_run that followed a pull_request(_target) run. */
  pullRequest: boolean
  /** That code may come from another repository (a fork, or a head repository that is gone or unknown). */
  fork: boolean
}

type Env = Record<string, string | undefined>

/** Webhook payloads are at most 25 MB; anything larger is not one. */
const PAYLOAD_LIMIT = 32 * 1024 * 1024
const PAYLOAD_REFUSAL: Record<RefusalReason, string> = {
  missing: 'does not exist',
  'not-regular': 'is not a regular file',
  'too-large': 'is over 32 MB',
  unreadable: 'cannot be read',
  outside: 'cannot be read'
}

/**
 * The event payload the runner wrote (GITHUB_EVENT_PATH, outside the workspace: the runner's own file, so no boundary
 * applies), read as a regular file only (never blocking on a FIFO) and up to a limit. `problem` says why there is none.
 */
export function readEventPayload(env: Env): { payload: Record<string, unknown>; problem?: string } {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return { payload: {}, problem: 'is not there (GITHUB_EVENT_PATH is not set)' }
  const read = readRegularFile(null, file, PAYLOAD_LIMIT)
  if (!read.ok) return { payload: {}, problem: PAYLOAD_REFUSAL[read.refusal.reason] }
  let text = read.buffer.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { payload: {}, problem: 'is not valid JSON' }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { payload: {}, problem: 'is not a JSON object' }
  return { payload: parsed as Record<string, unknown> }
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null
}

function get(obj: unknown, ...keys: string[]): unknown {
  let cur = obj
  for (const k of keys) {
    if (!cur || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

export function pullRequestOf(payload: Record<string, unknown>): PullRequestInfo | null {
  const pr = payload.pull_request
  if (!pr || typeof pr !== 'object') return null
  const number = get(pr, 'number') ?? payload.number
  if (typeof number !== 'number') return null
  return {
    number,
    headRepo: str(get(pr, 'head', 'repo', 'full_name')),
    baseRepo: str(get(pr, 'base', 'repo', 'full_name')) ?? str(get(payload, 'repository', 'full_name')),
    headSha: str(get(pr, 'head', 'sha'))
  }
}

/** Events whose runs are for a pull request. */
export const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']

/** Reads the payload of the events whose pull request (if any) the `payload.pull_request` check cannot see. */
export function triggerFacts(eventName: string, payload: Record<string, unknown>, repository: string): TriggerFacts | undefined {
  if (eventName === 'issue_comment') {
    const issue = get(payload, 'issue')
    // The issue_comment payload does not say where a pull request's head lives: on a pull request, assume a fork.
    const onPullRequest = !issue || typeof issue !== 'object' || get(issue, 'pull_request') != null
    return { pullRequest: onPullRequest, fork: onPullRequest }
  }
  if (eventName === 'workflow_run') {
    const event = str(get(payload, 'workflow_run', 'event')) ?? ''
    const head = str(get(payload, 'workflow_run', 'head_repository', 'full_name')) ?? ''
    return {
      pullRequest: event === '' || PR_EVENTS.includes(event),
      fork:
        head === '' ||
        repository === '' ||
        head.toLowerCase() !== repository.toLowerCase() ||
        (event !== 'pull_request' && PR_EVENTS.includes(event) && !sameRepositoryPullRequests(get(payload, 'workflow_run', 'pull_requests')))
    }
  }
  return undefined
}

/**
 * A run for pull_request_target (or a review event) runs on the base branch, so its head repository is this one
 * whoever opened the pull request: only `pull_requests`, each with its head in the base repository, shows it is not a
 * fork's (GitHub leaves the list empty for forks). Anything else is handled as a fork's (fail closed).
 */
function sameRepositoryPullRequests(list: unknown): boolean {
  if (!Array.isArray(list) || list.length === 0) return false
  return list.every((pr) => {
    const head = get(pr, 'head', 'repo', 'id')
    const base = get(pr, 'base', 'repo', 'id')
    return (typeof head === 'number' || typeof head === 'string') && head === base
  })
}

export function readRunContext(env: Env = process.env): RunContext {
  const { payload, problem } = readEventPayload(env)
  const repository = env.GITHUB_REPOSITORY ?? str(get(payload, 'repository', 'full_name')) ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  const pullRequest = pullRequestOf(payload)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  // Fail closed: a pull request event whose payload does not show where the head comes from is not this repository's.
  const payloadProblem = problem ?? (PR_EVENTS.includes(eventName) && pullRequest === null ? 'has no `pull_request` (with a number) in it' : undefined)
  const unproven = payloadProblem !== undefined && PR_EVENTS.includes(eventName)
  const isFork =
    unproven ||
    (pullRequest !== null &&
      (pullRequest.headRepo === null || pullRequest.headRepo.toLowerCase() !== (pullRequest.baseRepo ?? repository).toLowerCase()))
  return {
    eventName,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository,
    owner,
    repo,
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    pullRequest,
    isFork,
    trigger: triggerFacts(eventName, payload, repository),
    ...(payloadProblem ? { payloadProblem } : {})
  }
}

export function repoUrl(ctx: RunContext): string | undefined {
  return ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined
}

export function runUrl(ctx: RunContext): string | undefined {
  return ctx.repository && ctx.runId ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : undefined
}
