import { isUnknown } from '../arm/unknown.js'
import type { ResolvedDefinition } from '../model.js'
import type { SourceLocation } from '../types.js'
import { validateRegistrationDefinition, type ShapeError } from '../schema/registration-definition.js'
import type { Rule } from './rule.js'
import { defLabel } from './helpers.js'

export const rule: Rule = {
  meta: {
    id: 'lighthouse-definition-shape',
    level: 'error',
    category: 'lighthouse',
    description: 'The registration definition must match the Microsoft.ManagedServices schema: required fields and types (unknown authorization fields are a warning).',
    messages: {
      shape: '{{definition}}: {{path}} {{problem}}. {{fix}}'
    }
  },
  check(context) {
    for (const def of context.template.definitions) {
      if (isUnknown(def.properties)) continue
      const errors = validateRegistrationDefinition({ properties: def.properties, plan: def.plan })
      for (const error of errors) {
        if (ownedElsewhere(error)) continue
        const { path, problem, fix } = describe(error)
        // Required fields and types are documented by the REST API; that Lighthouse refuses a field it does not
        // document is not, so an unknown field (usually a typo whose value is lost) is a warning.
        const level = error.keyword === 'additionalProperties' ? 'warning' : undefined
        context.report({ messageId: 'shape', loc: locate(def, error), data: { definition: defLabel(def), path, problem, fix }, ...(level ? { level } : {}) })
      }
    }
  }
}

/** lighthouse-jit-policy reports these with the valid values spelled out; reporting them twice helps nobody. */
function ownedElsewhere(error: ShapeError): boolean {
  return (
    (error.keyword === 'enum' && error.instancePath.endsWith('/justInTimeAccessPolicy/multiFactorAuthProvider')) ||
    (error.keyword === 'maxItems' && error.instancePath.endsWith('/justInTimeAccessPolicy/managedByTenantApprovers'))
  )
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** `/properties/authorizations/0/principalId` → `properties.authorizations[0].principalId`. */
function humanPath(segs: string[]): string {
  let out = ''
  for (const s of segs) out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`
  return out === '' ? 'the resource' : out
}

function describe(error: ShapeError): { path: string; problem: string; fix: string } {
  const segs = segments(error.instancePath)
  const p = error.params
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty)
      return { path: humanPath([...segs, missing]), problem: 'is required but missing', fix: `Add ${missing} to ${humanPath(segs)}.` }
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty)
      return {
        path: humanPath([...segs, extra]),
        problem: 'is not a property the Microsoft.ManagedServices API documents here (its value is ignored or the deployment refused)',
        fix: `Remove ${extra} or fix its spelling (allowed: ${segs[0] === 'plan' ? 'name, publisher, product, version' : 'principalId, principalIdDisplayName, roleDefinitionId, delegatedRoleDefinitionIds'}).`
      }
    }
    case 'type':
      return { path: humanPath(segs), problem: `must be of type ${String(p.type).replace(',', ' or ')}`, fix: `Write it as ${withArticle(String(p.type).split(',')[0])}.` }
    case 'minItems':
      return { path: humanPath(segs), problem: `must hold at least ${String(p.limit)} item(s)`, fix: 'Add at least one permanent authorization.' }
    case 'maxItems':
      return { path: humanPath(segs), problem: `must hold at most ${String(p.limit)} item(s)`, fix: 'Remove entries.' }
    case 'enum':
      return {
        path: humanPath(segs),
        problem: `must be one of ${((p.allowedValues as unknown[]) ?? []).map((v) => `'${String(v)}'`).join(', ')}`,
        fix: 'Use one of the allowed values.'
      }
    default:
      return { path: humanPath(segs), problem: error.message, fix: 'See the Microsoft.ManagedServices/registrationDefinitions template reference.' }
  }
}

/** The most precise location the resolver knows for an error path. */
function locate(def: ResolvedDefinition, error: ShapeError): SourceLocation {
  const segs = segments(error.instancePath)
  if (segs[0] === 'plan') return def.fieldLoc('plan')
  if (segs[0] !== 'properties') return def.loc
  if (segs.length === 1) return def.fieldLoc('properties')
  const key = segs[1]!
  if ((key === 'authorizations' || key === 'eligibleAuthorizations') && segs.length >= 3) {
    const index = Number(segs[2])
    const list = key === 'authorizations' ? def.authorizations : def.eligibleAuthorizations
    const auth = list.find((a) => a.index === index)
    if (auth) return segs.length >= 4 ? auth.fieldLoc(segs[3]!) : auth.loc
  }
  return def.fieldLoc(`properties.${key}`)
}

export default rule

/** 'an array', 'an object', 'a string': the JSON type names of the schema with their article. */
function withArticle(type: string): string {
  return `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type}`
}
