import { isUnknown } from '../arm/unknown.js'
import type { Rule } from './rule.js'
import { hasLighthouseResources, show } from './helpers.js'

const SUBSCRIPTION_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'

/** The deployment template schemas that exist (path part, compared case-insensitively, scheme and `#` optional). */
const KNOWN = new Map<string, 'resourceGroup' | 'subscription' | 'managementGroup' | 'tenant'>([
  ['schemas/2014-04-01-preview/deploymenttemplate.json', 'resourceGroup'],
  ['schemas/2015-01-01/deploymenttemplate.json', 'resourceGroup'],
  ['schemas/2019-04-01/deploymenttemplate.json', 'resourceGroup'],
  ['schemas/2018-05-01/subscriptiondeploymenttemplate.json', 'subscription'],
  ['schemas/2019-08-01/managementgroupdeploymenttemplate.json', 'managementGroup'],
  ['schemas/2019-08-01/tenantdeploymenttemplate.json', 'tenant']
])

export function schemaScope(schema: string): 'resourceGroup' | 'subscription' | 'managementGroup' | 'tenant' | undefined {
  const m = /^(?:https?:\/\/)?schema\.management\.azure\.com\/(schemas\/[^#?]+?)\/?#?$/i.exec(schema.trim())
  return m ? KNOWN.get(m[1]!.toLowerCase()) : undefined
}

export const rule: Rule = {
  meta: {
    id: 'lighthouse-schema',
    level: 'warning',
    category: 'lighthouse',
    description: "The template's $schema must be a real deployment template schema; Lighthouse onboarding is a subscription deployment.",
    messages: {
      unknownSchema:
        "$schema is '{{value}}', which is not a known ARM deployment template schema{{hint}}. Use '" + SUBSCRIPTION_SCHEMA + "'.",
      missing: "The template has no $schema. Add \"$schema\": \"" + SUBSCRIPTION_SCHEMA + '".',
      resourceGroupScope:
        "$schema is the resource-group deploymentTemplate, but the template declares registration definition {{path}} at top level: Lighthouse onboarding is deployed at subscription scope (az deployment sub create / New-AzSubscriptionDeployment). " +
        "Use '" + SUBSCRIPTION_SCHEMA + "', and create resource-group assignments through nested deployments."
    }
  },
  check(context) {
    const { template } = context
    if (!hasLighthouseResources(template)) return
    const schema = template.schema
    if (isUnknown(schema)) return
    if (schema === undefined || schema === null) {
      context.report({ messageId: 'missing', loc: template.schemaLoc, fix: (fixer) => fixer.setSchema() })
      return
    }
    const value = show(schema)
    const scope = typeof schema === 'string' ? schemaScope(schema) : undefined
    if (scope === undefined) {
      // Microsoft's eligible-authorization samples use this URL; it does not exist, though deployments ignore it.
      const hint = /2019-08-01\/subscriptionDeploymentTemplate/i.test(value)
        ? ' (there is no 2019-08-01 subscriptionDeploymentTemplate; Microsoft samples use it by mistake)'
        : ''
      context.report({ messageId: 'unknownSchema', loc: template.schemaLoc, data: { value, hint }, fix: (fixer) => fixer.setSchema() })
      return
    }
    if (scope !== 'resourceGroup') return
    // Only top-level definitions: inside a nested deployment the scope is that deployment's, not this schema's.
    const topLevel = template.definitions.find((d) => !d.path.includes('›') && !/nested/i.test(d.path))
    if (topLevel) context.report({ messageId: 'resourceGroupScope', loc: template.schemaLoc, data: { path: topLevel.path }, fix: (fixer) => fixer.setSchema() })
  }
}

export default rule
