import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-managing-tenant',
    level: 'error',
    category: 'lighthouse',
    description: "managedByTenantId must be the managing (provider) tenant, never the customer's own tenant.",
    messages: {
      customerTenant:
        "Registration definition {{path}} sets managedByTenantId to {{value}}, which is the customer's own tenant at deployment: Azure rejects a delegation to the same tenant. " +
        'Set managedByTenantId to your managing tenant ID (a literal GUID in the parameters file).'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      const v = def.managedByTenantId
      // subscription().tenantId and tenant().tenantId both evaluate to the deploying (customer) tenant.
      if (!isUnknown(v) || v.kind !== 'tenantId') continue
      context.report({ messageId: 'customerTenant', loc: def.fieldLoc('properties.managedByTenantId'), data: { path: def.path, value: v.toString() } })
    }
  }
}

export default rule
