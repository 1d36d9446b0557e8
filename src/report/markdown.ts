/**
 * Markdown sections shared by the job summary and the PR comment. Verdicts come first because most readers stop
 * there; every value taken from files or Azure goes through escapeMarkdown.
 */
import type { Finding, LintUnitResult } from '../lint/types.js'
import { docsUrl } from '../lint/rules/rule.js'
import { partnerLinkOk, type AuditEntry, type DeploymentResult, type PartnerLinkResult, type RoleCheckResult, type RunReport } from './model.js'
import { rankFindings, repositoryPath, workspaceRelative, type RankInfo } from './annotations.js'
import { clip, encodePathSegment, escapeMarkdown as esc } from './escape.js'

export const MARKER = '<!-- lighthouse-pec-guard -->'

/** The sticky comment's hidden marker; a `comment-key` gives each use of the action on one PR its own comment. */
export function markerFor(key: string): string {
  return key ? `<!-- lighthouse-pec-guard:${key} -->` : MARKER
}
const PARTNER_DOCS = 'https://learn.microsoft.com/azure/cost-management-billing/manage/link-partner-id'

export interface RenderContext {
  workspace: string
  rankInfo: RankInfo
  result: 'pass' | 'fail'
  /** Why the run failed, in one sentence, if it did. */
  failure?: string
  /** `https://github.com/owner/repo`, for links to files at `sha`. */
  repoUrl?: string
  sha?: string
  /** The run page, where the job summary lives. */
  runUrl?: string
  annotationsOmitted?: { error: number; warning: number; note: number }
  /** Pre-rendered by src/billing/render.ts (its own escaping). */
  pecReportMarkdown?: string
  /** The sticky comment's marker (default MARKER). */
  marker?: string
  /** What became one-click suggestions on the PR (src/github/suggestions.ts), for the fixes section. */
  suggestions?: { created: number; updated: number; unchanged: number; outside: number; capped: number }
}

export function pecVerdict(unit: LintUnitResult, info: RankInfo): 'ok' | 'fail' | 'unknown' {
  if (unit.pec) return unit.pec
  return unit.findings.some((f) => f.level === 'error' && info.isPec(f.ruleId)) ? 'fail' : 'ok'
}

const PEC_ICON = { ok: '✅', fail: '❌', unknown: '❔' } as const

export function heading(run: RunReport, ctx: RenderContext): string {
  const icon = ctx.result === 'pass' ? '✅' : '❌'
  const lines = [`## ${icon} Lighthouse PEC Guard — ${run.mode}: ${ctx.result}`]
  if (ctx.failure) lines.push('', esc(ctx.failure))
  for (const n of run.notices) lines.push('', `> ${esc(n)}`)
  return lines.join('\n')
}

export function lintVerdict(run: RunReport, ctx: RenderContext): string {
  if (!run.lint) return ''
  const { summary } = run.lint
  const lines = [
    `### PEC per template`,
    '',
    `${summary.templates} template(s): ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.notes} note(s).`
  ]
  const skipped = run.skippedTemplates ?? run.lint.skipped ?? 0
  if (skipped > 0) lines.push(`${skipped} template(s) skipped: unchanged in this pull request (\`only-changed\`).`)
  if (run.lint.results.length > 0) {
    lines.push('', '| PEC | Template | Parameters | Offer | Errors | Warnings |', '|:-:|---|---|---|--:|--:|')
    for (const unit of run.lint.results) {
      const verdict = pecVerdict(unit, ctx.rankInfo)
      const offers = [...new Set((unit.delegations ?? []).map((d) => d.offerName).filter((o): o is string => !!o))]
      const count = (level: Finding['level']) => unit.findings.filter((f) => f.level === level).length
      lines.push(
        `| ${PEC_ICON[verdict]} | ${esc(workspaceRelative(unit.template, ctx.workspace))} | ${
          unit.parameters ? esc(workspaceRelative(unit.parameters, ctx.workspace)) : '—'
        } | ${offers.length ? esc(clip(offers.join(', '), 200)) : '—'} | ${count('error')} | ${count('warning')} |`
      )
    }
  }
  return lines.join('\n')
}

export function partnerSection(partner: PartnerLinkResult | undefined): string {
  if (!partner) return ''
  const ok = partnerLinkOk(partner)
  const lines = [
    `### Partner ID`,
    '',
    `${ok ? '✅' : '❌'} [Partner ID](${PARTNER_DOCS}) ${esc(partner.partnerId)}: **${esc(partner.status)}**${
      partner.linkedPartnerId && partner.linkedPartnerId !== partner.partnerId
        ? ` (linked to ${esc(partner.linkedPartnerId)})`
        : ''
    }`
  ]
  if (partner.message) lines.push('', esc(clip(partner.message, 1000)))
  if (partner.principalMismatch) lines.push('', `⚠️ ${esc(clip(partner.principalMismatch, 1000))}`)
  return lines.join('\n')
}

const STATUS_ICON: Record<DeploymentResult['status'], string> = {
  succeeded: '✅',
  validated: '✅',
  'what-if': '🔍',
  failed: '❌',
  skipped: '⏭️',
  'timed-out': '⏱️'
}

export function deploymentsSection(deployments: DeploymentResult[] | undefined, opts: { detailLimit: number }): string {
  if (!deployments || deployments.length === 0) return ''
  const lines = [
    `### Targets`,
    '',
    '| | Target | Status | Deployment | Changes | Duration | Error |',
    '|:-:|---|---|---|---|--:|---|'
  ]
  for (const d of deployments) {
    const changes = d.changes ? summariseChanges(d.changes.map((c) => c.changeType)) : '—'
    const inGroups = d.resourceGroups?.length ? ` in ${d.resourceGroups.join(', ')}` : ''
    const verified = d.delegationVerified === true ? ` (delegation verified${inGroups})` : d.delegationVerified === false ? ` (delegation NOT verified${inGroups})` : ''
    lines.push(
      `| ${STATUS_ICON[d.status] ?? ''} | ${esc(d.target)} | ${esc(d.status)}${verified} | ${esc(d.deploymentName)} | ${esc(
        changes
      )} | ${(d.durationMs / 1000).toFixed(1)} s | ${d.error ? esc(clip(d.error, 500)) : d.note ? `ℹ️ ${esc(clip(d.note, 500))}` : ''} |`
    )
  }
  const withChanges = deployments.filter((d) => d.changes && d.changes.some((c) => c.changeType !== 'NoChange' && c.changeType !== 'Ignore'))
  for (const d of withChanges.slice(0, opts.detailLimit)) {
    const items = (d.changes ?? [])
      .filter((c) => c.changeType !== 'NoChange' && c.changeType !== 'Ignore')
      .map((c) => {
        const details = (c.details ?? []).map((x) => `\n  - ${esc(clip(x, 300))}`).join('')
        return `- **${esc(c.changeType)}** ${esc(clip(c.resourceId, 400))}${details}`
      })
    lines.push('', `<details><summary>What-if: ${esc(d.target)}</summary>`, '', ...items, '', '</details>')
  }
  if (withChanges.length > opts.detailLimit) {
    lines.push('', `What-if details for ${withChanges.length - opts.detailLimit} more target(s) are in the job summary.`)
  }
  return lines.join('\n')
}

function summariseChanges(types: string[]): string {
  const counts = new Map<string, number>()
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts].map(([t, n]) => `${n} ${t}`).join(', ') || 'none'
}

export function roleChecksSection(checks: RoleCheckResult[] | undefined): string {
  if (!checks || checks.length === 0) return ''
  const lines = ['### Automation roles (live check)', '', '| | Role | Check |', '|:-:|---|---|']
  for (const c of [...checks].sort((a, b) => Number(a.ok) - Number(b.ok))) {
    lines.push(`| ${c.ok ? '✅' : '❌'} | ${esc(c.roleName ?? c.roleDefinitionId)} | ${esc(clip(c.message, 500))} |`)
  }
  return lines.join('\n')
}

export function auditSection(audit: AuditEntry[] | undefined): string {
  if (!audit || audit.length === 0) return audit ? '### Audit\n\nNo delegated subscriptions visible to this identity.' : ''
  const lines = ['### Audit', '', '| PEC | Subscription | Tenant | Offer | Roles | Fix |', '|:-:|---|---|---|---|---|']
  for (const a of [...audit].sort((x, y) => Number(x.pecOk) - Number(y.pecOk))) {
    lines.push(
      `| ${a.pecOk ? '✅' : a.error ? '⚠️' : '❌'} | ${esc(a.subscription)}${a.scope === 'resourceGroup' ? ` › resource group ${esc(a.resourceGroup ?? '')}` : ''} | ${esc(a.tenant ?? '—')} | ${esc(a.offerName ?? '—')} | ${esc(
        clip(a.roles.join(', '), 300)
      )} | ${a.fix ? esc(clip(a.fix, 500)) : ''} |`
    )
  }
  return lines.join('\n')
}

export function findingRow(f: Finding, ctx: RenderContext): string {
  const rel = workspaceRelative(f.file, ctx.workspace)
  const where = `${esc(rel)}:${f.line}:${f.column}`
  const inRepo = repositoryPath(f.file, ctx.workspace)
  const location =
    ctx.repoUrl && ctx.sha && !inRepo.startsWith('..')
      ? `[${where}](${ctx.repoUrl}/blob/${ctx.sha}/${inRepo.split('/').map(encodePathSegment).join('/')}#L${f.line})`
      : where
  const icon = f.level === 'error' ? '❌' : f.level === 'warning' ? '⚠️' : 'ℹ️'
  return `| ${icon} ${f.level} | [${esc(f.ruleId)}](${docsUrl(encodePathSegment(f.ruleId))}) | ${location} | ${esc(
    clip(f.message, 2000)
  )} |`
}

export const FINDINGS_HEADER = '| Level | Rule | Location | Message |\n|---|---|---|---|'

export function allFindings(run: RunReport, ctx: RenderContext): Finding[] {
  return rankFindings(run.lint?.results.flatMap((u) => u.findings) ?? [], ctx.rankInfo)
}

export function annotationsNote(ctx: RenderContext): string {
  const o = ctx.annotationsOmitted
  if (!o) return ''
  const parts = [
    o.error ? `${o.error} error(s)` : '',
    o.warning ? `${o.warning} warning(s)` : '',
    o.note ? `${o.note} note(s)` : ''
  ].filter(Boolean)
  if (parts.length === 0) return ''
  return `${parts.join(', ')} not annotated in the diff (GitHub shows 10 annotations per level and step); every finding is listed here.`
}

export function joinSections(sections: string[]): string {
  return sections.filter((s) => s.trim() !== '').join('\n\n') + '\n'
}

const OPEN_DETAILS = /<details\b/g
const CLOSE_DETAILS = /<\/details>/g

/**
 * At most `max` characters of `text`, cut at a line end (never inside a tag or a table row) and with every
 * `<details>` it opened closed again: an unclosed one would fold the footer and everything after it away.
 */
export function cutBalanced(text: string, max: number): string {
  for (let budget = max; budget > 0; ) {
    let kept = text.slice(0, budget)
    const lineEnd = kept.lastIndexOf('\n')
    if (lineEnd > 0) kept = kept.slice(0, lineEnd)
    const unclosed = (kept.match(OPEN_DETAILS)?.length ?? 0) - (kept.match(CLOSE_DETAILS)?.length ?? 0)
    const closing = unclosed > 0 ? '\n\n</details>'.repeat(unclosed) : ''
    if (kept.length + closing.length <= max) return kept + closing
    budget = kept.length - closing.length
  }
  return ''
}
