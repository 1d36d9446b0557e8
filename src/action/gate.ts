/**
 * What this run may do, decided from the event alone (before lint) and then from lint's result (before Azure).
 * Pure so every branch is unit-tested; the safety rules of the action live here and nowhere else.
 */
import type { Mode } from '../report/model.js'
import type { CommentMode } from './inputs.js'

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
  onlyChanged: boolean
  hasToken: boolean
  linkPartner: 'false' | 'true' | 'replace'
  /** `partner-id` is set: even lint mode verifies the Partner ID link in Azure. */
  partnerCheck: boolean
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
  onlyChanged: boolean
  notices: string[]
}

const DEPLOY_EVENTS = ['push', 'workflow_dispatch', 'merge_group']
const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']
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

export function deployAllowed(input: Pick<GateInput, 'eventName' | 'ref' | 'allowedRefs' | 'pullRequest'>): boolean {
  if (input.pullRequest || PR_EVENTS.includes(input.eventName)) return false
  if (input.allowedRefs.length > 0) return input.allowedRefs.some((p) => refMatches(input.ref, p))
  return DEPLOY_EVENTS.includes(input.eventName)
}

export function planRun(input: GateInput): Plan {
  const notices: string[] = []
  let mode = input.mode
  const isPr = input.pullRequest || PR_EVENTS.includes(input.eventName)
  // Dependabot's pull_request runs get the same treatment as forks: read-only token, no Actions secrets.
  const restricted = isPr && (input.isFork || input.actor === 'dependabot[bot]')
  let azure = AZURE_MODES.includes(mode) || (mode === 'lint' && input.partnerCheck)
  let linkPartner = input.linkPartner
  let comment =
    input.comment === 'always' ? isPr : input.comment === 'auto' ? isPr && !restricted : false

  if (restricted) {
    const who = input.isFork ? 'a fork' : 'Dependabot'
    const skipped = [
      comment || input.comment !== 'never' ? 'the PR comment' : '',
      azure ? 'Azure login' : '',
      azure && mode === 'deploy' ? 'deployment' : '',
      azure && input.partnerCheck ? 'Partner ID verification' : ''
    ].filter(Boolean)
    if (skipped.length > 0) {
      notices.push(
        `Pull request from ${who}: linted and reported only; skipped ${joinList(skipped)} because such runs get no secrets, no OIDC token and a read-only GITHUB_TOKEN.`
      )
    }
    comment = false
    azure = false
    // Only lint ran: say so in the summary's heading rather than naming a mode that did nothing.
    if (LINT_MODES.includes(mode)) mode = 'lint'
  } else if (mode === 'deploy' && !deployAllowed(input)) {
    mode = 'what-if'
    notices.push(
      isPr
        ? `\`mode: deploy\` does not deploy on ${input.eventName || 'pull request'} events: ran what-if instead. Deployments run on push, workflow_dispatch or merge_group (or the refs in \`allowed-refs\`).`
        : `\`mode: deploy\` is not allowed on ${input.eventName || 'this event'} for ${input.ref || 'this ref'}: ran what-if instead. Deployments run on push, workflow_dispatch or merge_group, or on the refs in \`allowed-refs\`.`
    )
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

  return { mode, lint: LINT_MODES.includes(mode), azure, linkPartner, comment, onlyChanged, notices }
}

/** Lint errors never reach a deployment: the run becomes a what-if so people still see what would change. */
export function planAfterLint(plan: Plan, lintErrors: number): Plan {
  if (plan.mode !== 'deploy' || !plan.azure || lintErrors === 0) return plan
  return {
    ...plan,
    mode: 'what-if',
    linkPartner: 'false',
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
