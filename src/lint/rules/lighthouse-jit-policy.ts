import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'
import { authLabel, describeRole, isObject, roleIdOf } from './helpers.js'
import { parseIsoDuration } from './iso-duration.js'

const MIN_SECONDS = 30 * 60
const MAX_SECONDS = 8 * 60 * 60
const MAX_APPROVERS = 10

export const rule: Rule = {
  meta: {
    id: 'lighthouse-jit-policy',
    level: 'error',
    category: 'lighthouse',
    description:
      'Just-in-time policies must use a duration between PT30M and PT8H, multiFactorAuthProvider Azure or None, at most 10 approvers, and be identical for one role.',
    messages: {
      duration:
        "{{where}}.justInTimeAccessPolicy.maximumActivationDuration is '{{value}}', {{problem}}. Use an ISO-8601 duration from PT30M to PT8H, e.g. 'PT8H' or 'PT1H30M'.",
      mfa: "{{where}}.justInTimeAccessPolicy.multiFactorAuthProvider is '{{value}}'. Use 'Azure' (require Azure AD MFA on activation) or 'None'.",
      approvers:
        '{{where}}.justInTimeAccessPolicy.managedByTenantApprovers lists {{count}} approvers; Lighthouse allows at most 10. Use a group as approver instead of many individuals.',
      inconsistent:
        '{{where}} and {{other}} are both eligible for {{role}} with different justInTimeAccessPolicy values; Lighthouse requires identical policies for one role. Make the policies the same.'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      const seen = new Map<string, { where: string; policy: string }>()
      for (const auth of def.eligibleAuthorizations) {
        const policy = auth.justInTimeAccessPolicy
        if (!isObject(policy)) continue
        const where = authLabel(auth)
        const duration = policy.maximumActivationDuration
        if (typeof duration === 'string') {
          const seconds = parseIsoDuration(duration)
          const problem =
            seconds === undefined
              ? 'which is not an ISO-8601 duration'
              : seconds < MIN_SECONDS
                ? 'shorter than the minimum PT30M'
                : seconds > MAX_SECONDS
                  ? 'longer than the maximum PT8H'
                  : undefined
          if (problem) {
            context.report({ messageId: 'duration', loc: auth.fieldLoc('justInTimeAccessPolicy'), data: { where, value: duration, problem }, fix: (fixer) => fixer.clampActivationDuration(auth) })
          }
        }
        const mfa = policy.multiFactorAuthProvider
        if (typeof mfa === 'string' && mfa !== 'Azure' && mfa !== 'None') {
          context.report({ messageId: 'mfa', loc: auth.fieldLoc('justInTimeAccessPolicy'), data: { where, value: mfa } })
        }
        const approvers = policy.managedByTenantApprovers
        if (Array.isArray(approvers) && approvers.length > MAX_APPROVERS) {
          context.report({ messageId: 'approvers', loc: auth.fieldLoc('justInTimeAccessPolicy'), data: { where, count: approvers.length } })
        }
        const role = roleIdOf(auth.roleDefinitionId)
        if (role === undefined || containsUnknown(policy)) continue
        const key = canonical(policy)
        const earlier = seen.get(role)
        if (!earlier) {
          seen.set(role, { where, policy: key })
        } else if (earlier.policy !== key) {
          context.report({
            messageId: 'inconsistent',
            level: 'warning',
            loc: auth.fieldLoc('justInTimeAccessPolicy'),
            data: { where, other: earlier.where, role: describeRole(role, context.catalogue) }
          })
        }
      }
    }
  }
}

function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true
  if (Array.isArray(value)) return value.some(containsUnknown)
  if (isObject(value)) return Object.values(value).some(containsUnknown)
  return false
}

/** Key-order- and GUID-case-insensitive form, so equal policies written differently compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${canonical(value[k])}`)
      .join(',')}}`
  }
  return typeof value === 'string' ? JSON.stringify(value.toLowerCase()) : JSON.stringify(value)
}

export default rule
