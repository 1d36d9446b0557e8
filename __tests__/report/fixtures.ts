import type { Finding, LintReport } from '../../src/lint/types.js'
import type { RunReport } from '../../src/report/model.js'
import { prefixRankInfo } from '../../src/report/annotations.js'
import type { RenderContext } from '../../src/report/markdown.js'

export const HOSTILE = '@octocat <img src=x onerror=alert(1)> [click](https://evil.example) | x'

export function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'pec-automation-jit-only', level: 'error', message: 'JIT only', file: 'templates/a.json', line: 12, column: 5, ...over }
}

export function lintReport(findings: Finding[], templates = 1): LintReport {
  return {
    results: Array.from({ length: templates }, (_, i) => ({
      template: `templates/t${i}.json`,
      parameters: `templates/t${i}.parameters.json`,
      findings: i === 0 ? findings : [],
      pec: i === 0 && findings.some((f) => f.level === 'error' && f.ruleId.startsWith('pec-')) ? 'fail' : 'ok',
      delegations: [{ offerName: i === 0 ? HOSTILE : 'Fabrikam', managedByTenantId: null, authorizations: [] }]
    })),
    summary: {
      templates,
      errors: findings.filter((f) => f.level === 'error').length,
      warnings: findings.filter((f) => f.level === 'warning').length,
      notes: findings.filter((f) => f.level === 'note').length
    }
  }
}

export function runReport(over: Partial<RunReport> = {}): RunReport {
  return { mode: 'lint', lint: lintReport([finding()], 2), notices: [], ...over }
}

export function ctx(over: Partial<RenderContext> = {}): RenderContext {
  return {
    workspace: '/ws',
    rankInfo: prefixRankInfo,
    result: 'fail',
    repoUrl: 'https://github.com/o/r',
    sha: 'abc123',
    runUrl: 'https://github.com/o/r/actions/runs/42',
    ...over
  }
}
