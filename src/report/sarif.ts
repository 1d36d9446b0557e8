import { createHash } from 'node:crypto'
import type { Fix, Log, ReportingDescriptor, Result } from 'sarif'
import type { Finding, FindingFix, LintReport } from '../lint/types.js'
import { prefixRankInfo, rankFindings, repositoryPath } from './annotations.js'
import { rules } from '../lint/rules/index.js'
import { docsUrl } from '../lint/rules/rule.js'
import { inertJson } from './escape.js'

export const TOOL_NAME = 'Lighthouse PEC Guard'
export const TOOL_VERSION = '1.0.0'

/**
 * SARIF 2.1.0 as GitHub code scanning wants it: every rule with descriptions, help and a helpUri to its docs page;
 * repository-relative URIs; regions; and a fingerprint that ignores line numbers so alerts follow code that moves.
 */
/** Code scanning rejects a whole upload with more results than this in one run (and shows the first 5,000). */
export const SARIF_RESULT_LIMIT = 25_000

/**
 * `workspace`: where the report's relative paths start. URIs are made relative to the git checkout that holds each
 * file, as code scanning expects.
 */
export function toSarif(report: LintReport, workspace = process.cwd(), resultLimit = SARIF_RESULT_LIMIT): Log {
  const all = report.results.flatMap((unit) => unit.findings)
  const used = new Set(all.map((f) => f.ruleId))
  const descriptors: ReportingDescriptor[] = rules.map((rule) => {
    const url = docsUrl(rule.meta.id)
    return {
      id: rule.meta.id,
      name: toPascal(rule.meta.id),
      shortDescription: { text: rule.meta.description },
      fullDescription: { text: rule.meta.description },
      helpUri: url,
      help: {
        text: `${rule.meta.description} See ${url}`,
        markdown: `${rule.meta.description}\n\n[Rule documentation](${url})`
      },
      defaultConfiguration: { level: rule.meta.level },
      properties: { tags: ['azure-lighthouse', rule.meta.category], precision: 'very-high', 'problem.severity': rule.meta.level === 'note' ? 'recommendation' : rule.meta.level }
    }
  })
  // A finding from a rule the registry does not know still needs a descriptor, or upload-sarif rejects the run.
  for (const id of used) {
    if (!descriptors.some((d) => d.id === id)) {
      descriptors.push({ id, shortDescription: { text: id }, fullDescription: { text: id }, help: { text: `See ${docsUrl(id)}` }, helpUri: docsUrl(id) })
    }
  }
  const index = new Map(descriptors.map((d, i) => [d.id, i]))
  // Over the limit, keep what matters most (errors, PEC first: the annotations' ranking) and say what was left out,
  // rather than have code scanning reject every result.
  const omitted = Math.max(0, all.length - resultLimit)
  const kept = omitted === 0 ? all : rankFindings(all, prefixRankInfo).slice(0, resultLimit)
  const results: Result[] = kept.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: f.level,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(repositoryPath(f.file, workspace)), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) }
        }
      }
    ],
    partialFingerprints: { 'lighthousePecGuard/v1': fingerprint(f.ruleId, f.file, f.message) },
    ...fixesOf(f, workspace)
  }))
  const invocations = omitted === 0 ? undefined : [{
    executionSuccessful: true,
    toolExecutionNotifications: [{ level: 'warning' as const, message: { text: `${omitted} less severe result(s) were left out: code scanning accepts at most ${resultLimit} per run. The job summary and the JSON output have every finding.` } }]
  }]
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: docsUrl('').replace(/docs\/rules\/\.md$/, ''), rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the git checkout (the working directory when there is none).' } } },
        ...(invocations ? { invocations } : {}),
        results
      }
    ]
  }
}

export function formatSarif(report: LintReport, workspace = process.cwd()): string {
  return `${inertJson(JSON.stringify(toSarif(report, workspace), null, 2))}\n`
}

/**
 * The finding's fix, then its suggestions (marked as such), as SARIF `fixes`: one artifactChange per file with
 * replacements by charOffset / charLength (UTF-16 code units after any byte-order mark, as in the JSON output).
 */
function fixesOf(f: Finding, workspace: string): { fixes?: Fix[] } {
  const all: Array<{ fix: FindingFix; suggestion: boolean }> = [
    ...(f.fix ? [{ fix: f.fix, suggestion: false }] : []),
    ...(f.suggestions ?? []).map((fix) => ({ fix, suggestion: true }))
  ]
  if (all.length === 0) return {}
  return {
    fixes: all.map(({ fix, suggestion }) => ({
      description: { text: suggestion ? `Suggestion (a person decides; never applied automatically): ${fix.description}` : fix.description },
      artifactChanges: [
        {
          artifactLocation: { uri: encodeUri(repositoryPath(fix.file, workspace)), uriBaseId: '%SRCROOT%' },
          replacements: fix.edits.map((e) => ({
            deletedRegion: { charOffset: e.offset, charLength: e.length },
            ...(e.content ? { insertedContent: { text: e.content } } : {})
          }))
        }
      ]
    }))
  }
}

function fingerprint(ruleId: string, file: string, message: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${file}\u0000${message}`).digest('hex').slice(0, 32)
}

function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

function toPascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())
}
