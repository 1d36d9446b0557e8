/**
 * What this run may do, decided from the event alone (before lint) and then from lint's result (before Azure).
 * Pure so every branch is unit-tested; the safety rules of the action live here and nowhere else.
 */
import type { Mode } from '../report/model.js'
import { PR_EVENTS, type TriggerFacts } from '../github/context.js'
import type { CommentMode, SuggestionsMode } from './inputs.js'

export interface GateInput {
  mode: Mode
  eventName: string
  ref: string
  /** The run is for a pull request (payload carries one). */
  pullRequest: boolean
  isFork: boolean
  actor: string
  allowedRefs: string[]
  comment: CommentMode
  /** Absent: `never`. */
  suggestions?: SuggestionsMode
  onlyChanged: boolean
  hasToken: boolean
  linkPartner: 'false' | 'true' | 'replace'
  /** `partner-id` is set: even lint mode verifies the Partner ID link in Azure. */
  partnerCheck: boolean
  /**
   * For `issue_comment` and `workflow_run`, whose payload carries no `pull_request`: what `readRunContext` read from the
   * payload. Absent on those events: assumed to concern a fork's pull request (no deployment, no Azure).
   */
  trigger?: TriggerFacts
  /**
   * Why the event payload cannot show where a pull request comes from (see RunContext.payloadProblem). On a pull
   * request event, an issue_comment or a workflow_run, such a run is untrusted: lint only (fail closed).
   */
  unprovenPayload?: string
}


export interface Plan {
  /** The mode actually run (deploy may become what-if). */
  mode: Mode
  lint: boolean
  /** Any Azure or Microsoft Graph call (login included). */
  azure: boolean
  /** Azure writes other than the deployment itself (creating / replacing the Partner ID link). */
  linkPartner: 'false' | 'true' | 'replace'
  comment: boolean
  /** Post fixes in the diff as one-click review suggestions (trusted pull requests with a token only). */
  suggestions: boolean
  onlyChanged: boolean
  notices: string[]
  /** Set by planAfterLint when lint errors stopped a deployment: the run fails whatever `fail-on` says. */
  deployRefused?: { lintErrors: number }
}

const DEPLOY_EVENTS = ['push', 'workflow_dispatch', 'merge_group']
/** Events that run with the repository's secrets on behalf of someone else's change, without `payload.pull_request`. */
const RELAYED_EVENTS = ['issue_comment', 'workflow_run']
const AZURE_MODES: readonly Mode[] = ['validate', 'what-if', 'deploy', 'audit', 'pec-report']
const LINT_MODES: readonly Mode[] = ['lint', 'validate', 'what-if', 'deploy']

/** `refs/heads/release/*` style patterns: `*` matches within one segment, `**` across segments. */
export function refMatches(ref: string, pattern: string): boolean {
  const re = pattern
    .split('**')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*')
  return new RegExp(`^${re}$`).test(ref)
}

/**
 * A real deployment needs an allowed event AND, when `allowed-refs` is set, a matching ref: `allowed-refs` narrows the
 * events, it never adds any. A schedule (GitHub starts it, from the default branch's workflow file) deploys only when
 * `allowed-refs` names its ref explicitly; every other event (issue_comment, workflow_run, release, …) never deploys.
 */
export function deployAllowed(input: Pick<GateInput, 'eventName' | 'ref' | 'allowedRefs' | 'pullRequest'>): boolean {
  if (input.pullRequest || PR_EVENTS.includes(input.eventName)) return false
  const refAllowed = input.allowedRefs.some((p) => refMatches(input.ref, p))
  if (DEPLOY_EVENTS.includes(input.eventName)) return input.allowedRefs.length === 0 || refAllowed
  if (input.eventName === 'schedule') return refAllowed
  return false
}

export function planRun(input: GateInput): Plan {
  const notices: string[] = []
  let mode = input.mode
  const isPr = input.pullRequest || PR_EVENTS.includes(input.eventName)
  const relayed = RELAYED_EVENTS.includes(input.eventName) ? (input.trigger ?? { pullRequest: true, fork: true }) : undefined
  const untrusted = untrustedSource(input, isPr, relayed)
  let azure = AZURE_MODES.includes(mode) || (mode === 'lint' && input.partnerCheck)
  let linkPartner = input.linkPartner
  let comment =
    input.comment === 'always' ? isPr : input.comment === 'auto' ? isPr && !untrusted : false

  if (untrusted) {
    const skipped = [
      isPr && (comment || input.comment !== 'never') ? 'the PR comment' : '',
      azure ? 'Azure login' : '',
      azure && mode === 'deploy' ? 'deployment' : '',
      azure && input.partnerCheck ? 'Partner ID verification' : ''
    ].filter(Boolean)
    if (skipped.length > 0) {
      notices.push(`${untrusted.what}: linted and reported only; skipped ${joinList(skipped)} because ${untrusted.why}.`)
    }
    comment = false
    azure = false
    // Only lint ran: say so in the summary's heading rather than naming a mode that did nothing.
    if (LINT_MODES.includes(mode)) mode = 'lint'
  } else if (mode === 'deploy' && !deployAllowed(input)) {
    mode = 'what-if'
    notices.push(refusalNotice(input, isPr || relayed?.pullRequest === true))
  }

  if (azure && input.partnerCheck && mode !== 'deploy' && linkPartner !== 'false') {
    linkPartner = 'false'
    notices.push(`\`link-partner: ${input.linkPartner}\` only changes the Partner ID link when deploying; verified the link instead.`)
  }

  if (comment && !input.hasToken) {
    comment = false
    if (input.comment === 'always') notices.push('No `github-token`: skipped the PR comment.')
  }

  let onlyChanged = input.onlyChanged && isPr
  if (onlyChanged && !input.hasToken) {
    onlyChanged = false
    notices.push('No `github-token` to list the pull request files: linted every template instead of only the changed ones.')
  }

  // Like the comment: never for forks, Dependabot or relayed runs (read-only token), never without a token.
  const suggestions = input.suggestions === 'auto' && isPr && !untrusted && input.hasToken && LINT_MODES.includes(mode)
  return { mode, lint: LINT_MODES.includes(mode), azure, linkPartner, comment, suggestions, onlyChanged, notices }
}

/**
 * Runs that must not reach Azure with this repository's credentials: they lint and report only, with one notice.
 * Fork and Dependabot pull requests get no secrets; a workflow_run after a fork's run, and an issue_comment on a pull
 * request (anyone may comment; the head may be a fork's), do get them while handling code the repository did not vet.
 */
function untrustedSource(input: GateInput, isPr: boolean, relayed: TriggerFacts | undefined): { what: string; why: string } | null {
  const noSecrets = 'such runs get no secrets, no OIDC token and a read-only GITHUB_TOKEN'
  // Before anything the payload says: a payload that cannot be trusted to say it cannot say "not a fork" either.
  if (input.unprovenPayload && (isPr || relayed)) {
    return {
      what: `${input.eventName || 'Pull request'} event whose payload does not show where the pull request comes from`,
      why: `the event payload ${input.unprovenPayload}, and a run that cannot tell a fork from this repository is handled as one`
    }
  }
  if (isPr && input.isFork) return { what: 'Pull request from a fork', why: noSecrets }
  // Dependabot's pull_request runs get the same treatment as forks: read-only token, no Actions secrets.
  if (isPr && input.actor === 'dependabot[bot]') return { what: 'Pull request from Dependabot', why: noSecrets }
  if (input.eventName === 'workflow_run' && relayed?.fork) {
    return {
      what: 'workflow_run after a run from a fork',
      why: "such runs hold this repository's secrets while handling code or artifacts from another repository"
    }
  }
  if (input.eventName === 'issue_comment' && relayed?.pullRequest) {
    return {
      what: 'Comment on a pull request (issue_comment)',
      why: "anyone who can comment starts such runs with this repository's secrets, and the pull request may come from a fork"
    }
  }
  return null
}

const DEPLOY_RULE =
  'Deployments run on push, workflow_dispatch or merge_group events (only on the refs in `allowed-refs` when it is set), and on a schedule only when `allowed-refs` names its ref.'

function refusalNotice(input: GateInput, prLike: boolean): string {
  const event = input.eventName || (prLike ? 'pull request' : 'this event')
  if (!prLike && input.allowedRefs.length > 0 && (DEPLOY_EVENTS.includes(input.eventName) || input.eventName === 'schedule')) {
    return `\`mode: deploy\` is not allowed on ${event} for ${input.ref || 'this ref'} (not in \`allowed-refs\`): ran what-if instead. ${DEPLOY_RULE}`
  }
  return `\`mode: deploy\` does not deploy on ${event} events: ran what-if instead. ${DEPLOY_RULE}`
}

/**
 * Lint errors never reach a deployment: the run becomes a what-if so people still see what would change, and it is
 * marked refused so that it fails whatever `fail-on` says (a deployment that did not happen must not look green).
 */
export function planAfterLint(plan: Plan, lintErrors: number): Plan {
  if (plan.mode !== 'deploy' || !plan.azure || lintErrors === 0) return plan
  return {
    ...plan,
    mode: 'what-if',
    linkPartner: 'false',
    deployRefused: { lintErrors },
    notices: [
      ...plan.notices,
      `Did not deploy: lint found ${lintErrors} error(s). Ran what-if instead; fix the errors listed below and re-run.`
    ]
  }
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
