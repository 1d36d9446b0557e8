/**
 * A lint rule, in the spirit of ESLint's rule modules: `meta` says what it is and how it speaks; `check` looks at one
 * resolved template and reports. The engine knows nothing about any rule; a rule knows nothing about output formats.
 */
import type { ResolvedTemplate } from '../model.js'
import type { Level, SourceLocation } from '../types.js'
import type { RoleCatalogue } from '../roles/catalogue.js'
import type { Fixer, FixOutcome } from '../../fix/fixer.js'

export const DOCS_BASE_URL = 'https://github.com/lighthouse-pec-guard/lighthouse-pec-guard/blob/main/docs/rules/'

export interface RuleMeta {
  /** Stable, kebab-case; also the docs page name `docs/rules/<id>.md`. */
  id: string
  /** Default level of this rule's findings; a report may override it per message. */
  level: Level
  /** `pec`: loses partner earned credit. `lighthouse`: Azure rejects it or it breaks later. `template`: reading/resolving. */
  category: 'pec' | 'lighthouse' | 'template'
  /** One sentence: what the rule checks (SARIF shortDescription). */
  description: string
  /** Message templates by ID, with `{{placeholders}}`; say how to fix, not only what is wrong. */
  messages: Record<string, string>
  /**
   * `unknown`: a finding of this rule means the PEC verdict of the template cannot be settled offline, so the unit's
   * verdict is "unknown" rather than "ok" (a warning that PEC is not assured). pec-* errors always make it "fail".
   */
  pecVerdict?: 'unknown'
}

export interface RuleOptions {
  /** Lower-cased GUID of the Provider Automation Account, if pinned. */
  automationPrincipalId?: string
}

export interface ReportDescriptor {
  messageId: string
  data?: Record<string, string | number>
  loc: SourceLocation
  /** Override the rule's default level for this finding. */
  level?: Level
  /**
   * ESLint's model: the safe fix for this finding, as text edits built by the fixer (src/fix/), which never touches a
   * file. Called only when fixes are wanted; `lighthouse-pec fix` applies it.
   */
  fix?: (fixer: Fixer) => FixOutcome
  /** Changes a person must decide on (who may do what): offered in the output, never applied. */
  suggest?: (fixer: Fixer) => FixOutcome[]
}

export interface RuleContext {
  template: ResolvedTemplate
  options: RuleOptions
  catalogue: RoleCatalogue
  report(descriptor: ReportDescriptor): void
}

export interface Rule {
  meta: RuleMeta
  check(context: RuleContext): void
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`
}
