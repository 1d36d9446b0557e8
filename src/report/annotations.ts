/**
 * GitHub shows only 10 error, 10 warning and 10 notice annotations per step and drops the rest silently, so the
 * findings are ranked and cut here; the job summary and SARIF carry the complete list.
 */
import path from 'node:path'
import type { Finding, Level } from '../lint/types.js'
import { repoRelative } from '../lint/read/repo-root.js'

export const ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  level: Level
  message: string
  title: string
  /** Workspace-relative, forward slashes. Absent for annotations about a target rather than a file. */
  file?: string
  startLine?: number
  startColumn?: number
}

export interface AnnotationPlan {
  emit: Annotation[]
  /** Per level, how many were ranked out; the summary says so. */
  omitted: Record<Level, number>
}

export interface RankInfo {
  /** True for rules whose findings lose partner earned credit. */
  isPec(ruleId: string): boolean
  /** Position of the rule in the registry; unknown rules sort last. */
  order(ruleId: string): number
}

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 }

/** Rank info when the rule registry is not at hand: rule IDs of the PEC category start with `pec-`. */
export const prefixRankInfo: RankInfo = {
  isPec: (id) => id.startsWith('pec-'),
  order: () => Number.MAX_SAFE_INTEGER
}

export function rankFindings<T extends Finding>(findings: readonly T[], info: RankInfo): T[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        LEVEL_RANK[a.finding.level] - LEVEL_RANK[b.finding.level] ||
        Number(info.isPec(b.finding.ruleId)) - Number(info.isPec(a.finding.ruleId)) ||
        info.order(a.finding.ruleId) - info.order(b.finding.ruleId) ||
        a.index - b.index
    )
    .map((x) => x.finding)
}

export function workspaceRelative(file: string, workspace: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, file))
  return rel.split(path.sep).join('/')
}

/**
 * The path GitHub knows the file by (annotations, code scanning, blob links): relative to the root of the git
 * checkout that holds it, which is not the workspace when actions/checkout ran with `path:`. Outside a checkout,
 * workspace-relative.
 */
export function repositoryPath(file: string, workspace: string): string {
  return repoRelative(path.resolve(workspace, file)) ?? workspaceRelative(file, workspace)
}

/**
 * `first` (Azure failures, lost credit) goes ahead of lint findings of the same level: there are few of them and
 * they are what the run is about. Lint findings follow in rank order.
 */
export function planAnnotations(
  findings: readonly Finding[],
  options: { workspace: string; rankInfo: RankInfo; first?: Annotation[]; perLevel?: number; reserve?: Partial<Record<Level, number>> }
): AnnotationPlan {
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL
  const fromFindings: Annotation[] = rankFindings(findings, options.rankInfo).map((f) => ({
    level: f.level,
    message: f.message,
    title: f.ruleId,
    file: repositoryPath(f.file, options.workspace),
    startLine: f.line,
    startColumn: f.column
  }))
  const all = [...(options.first ?? []), ...fromFindings]
  const used: Record<Level, number> = { error: 0, warning: 0, note: 0 }
  const omitted: Record<Level, number> = { error: 0, warning: 0, note: 0 }
  const emit: Annotation[] = []
  for (const a of all) {
    if (used[a.level] < perLevel - (options.reserve?.[a.level] ?? 0)) {
      used[a.level]++
      emit.push(a)
    } else {
      omitted[a.level]++
    }
  }
  return { emit, omitted }
}

export interface AnnotationSink {
  error(message: string, props: object): void
  warning(message: string, props: object): void
  notice(message: string, props: object): void
}

/** GitHub shows an annotation's first lines only; one several-MB offer name must not make a several-MB log line. */
export const ANNOTATION_MESSAGE_LIMIT = 4096

export function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink): void {
  for (const annotation of plan.emit) {
    const a = annotation.message.length > ANNOTATION_MESSAGE_LIMIT ? { ...annotation, message: `${annotation.message.slice(0, ANNOTATION_MESSAGE_LIMIT - 1)}…` } : annotation
    const props = {
      title: a.title,
      ...(a.file !== undefined ? { file: a.file } : {}),
      ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
      ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {})
    }
    if (a.level === 'error') sink.error(a.message, props)
    else if (a.level === 'warning') sink.warning(a.message, props)
    else sink.notice(a.message, props)
  }
}
