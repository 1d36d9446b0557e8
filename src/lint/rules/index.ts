/** The rule registry: adding a rule is one import and one entry here (order = report order within a template). */
import type { Rule } from './rule.js'
import { rule as parseError } from './parse-error.js'
import { rule as fileNotRead } from './file-not-read.js'
import { rule as expressionError } from './expression-error.js'
import { rule as templateStructure } from './template-structure.js'
import { rule as parametersMissing } from './parameters-missing.js'
import { rule as parametersUndeclared } from './parameters-undeclared.js'
import { rule as parametersInvalidValue } from './parameters-invalid-value.js'
import { rule as pecAutomationJitOnly } from './pec-automation-jit-only.js'
import { rule as pecRoleNotEligible } from './pec-role-not-eligible.js'
import { rule as pecAutomationMissing } from './pec-automation-missing.js'
import { rule as pecRoleNotAssured } from './pec-role-not-assured.js'
import { rule as pecUaaUndocumented } from './pec-uaa-undocumented.js'
import { rule as pecNoEligibleAuthorization } from './pec-no-eligible-authorization.js'
import { rule as pecPrincipalNotPinned } from './pec-principal-not-pinned.js'
import { rule as lighthouseDefinitionShape } from './lighthouse-definition-shape.js'
import { rule as lighthouseOwnerRole } from './lighthouse-owner-role.js'
import { rule as lighthouseRoleDataActions } from './lighthouse-role-data-actions.js'
import { rule as lighthouseRoleRestrictedActions } from './lighthouse-role-restricted-actions.js'
import { rule as lighthouseUaaDelegatedRoles } from './lighthouse-uaa-delegated-roles.js'
import { rule as lighthouseEligibleServicePrincipal } from './lighthouse-eligible-service-principal.js'
import { rule as lighthouseEligibleAuthorization } from './lighthouse-eligible-authorization.js'
import { rule as lighthouseJitPolicy } from './lighthouse-jit-policy.js'
import { rule as lighthouseInvalidGuid } from './lighthouse-invalid-guid.js'
import { rule as lighthousePlaceholderValue } from './lighthouse-placeholder-value.js'
import { rule as lighthouseDuplicateAuthorization } from './lighthouse-duplicate-authorization.js'
import { rule as lighthouseNondeterministicName } from './lighthouse-nondeterministic-name.js'
import { rule as lighthouseAssignmentUnlinked } from './lighthouse-assignment-unlinked.js'
import { rule as lighthouseEligibleApiVersion } from './lighthouse-eligible-api-version.js'
import { rule as lighthouseApiVersion } from './lighthouse-api-version.js'
import { rule as lighthouseSchema } from './lighthouse-schema.js'
import { rule as lighthouseManagingTenant } from './lighthouse-managing-tenant.js'
import { rule as lighthouseDisplayNameMissing } from './lighthouse-display-name-missing.js'
import { rule as lighthouseDeleteRoleMissing } from './lighthouse-delete-role-missing.js'
import { rule as lighthouseUnknownRole } from './lighthouse-unknown-role.js'

export type { Rule, RuleContext, RuleMeta, RuleOptions, ReportDescriptor } from './rule.js'
export { docsUrl } from './rule.js'

export const rules: Rule[] = [
  parseError,
  fileNotRead,
  expressionError,
  templateStructure,
  parametersMissing,
  parametersUndeclared,
  parametersInvalidValue,
  pecAutomationJitOnly,
  pecRoleNotEligible,
  pecAutomationMissing,
  pecRoleNotAssured,
  pecUaaUndocumented,
  pecNoEligibleAuthorization,
  pecPrincipalNotPinned,
  lighthouseDefinitionShape,
  lighthouseOwnerRole,
  lighthouseRoleDataActions,
  lighthouseRoleRestrictedActions,
  lighthouseUaaDelegatedRoles,
  lighthouseEligibleServicePrincipal,
  lighthouseEligibleAuthorization,
  lighthouseJitPolicy,
  lighthouseInvalidGuid,
  lighthousePlaceholderValue,
  lighthouseDuplicateAuthorization,
  lighthouseNondeterministicName,
  lighthouseAssignmentUnlinked,
  lighthouseEligibleApiVersion,
  lighthouseApiVersion,
  lighthouseSchema,
  lighthouseManagingTenant,
  lighthouseDisplayNameMissing,
  lighthouseDeleteRoleMissing,
  lighthouseUnknownRole
]

const byId = new Map(rules.map((r) => [r.meta.id, r]))

export function ruleById(id: string): Rule | undefined {
  return byId.get(id)
}

/**
 * The rule's message `messageId` with `{{name}}` placeholders filled from `data`. A placeholder without data stays
 * as written, so a missing value is visible rather than silently empty; an unknown messageId yields the ID itself.
 */
export function formatMessage(rule: Rule, messageId: string, data?: Record<string, string | number>): string {
  const template = Object.prototype.hasOwnProperty.call(rule.meta.messages, messageId) ? rule.meta.messages[messageId]! : messageId
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole
  )
}
