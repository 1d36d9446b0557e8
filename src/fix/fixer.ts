/**
 * The fixer rules hand their fixes to (ESLint's model): each operation looks at resolved values, finds where they are
 * written (the located JSON the resolver kept: src/lint/read/located-json.ts), and returns text edits to that file —
 * the parameters file when the authorizations come from it, else the template. It never touches a file, and it
 * refuses (saying why) whenever the value is built by an expression it cannot edit safely.
 */
import type { Node as JsonNode } from 'jsonc-parser'
import { sourceOf } from '../lint/read/located-json.js'
import type { SourceFile } from '../lint/read/source-file.js'
import type { ResolvedAssignment, ResolvedAuthorization, ResolvedDefinition, ResolvedTemplate } from '../lint/model.js'
import type { RoleCatalogue } from '../lint/roles/catalogue.js'
import type { TextEdit } from '../lint/types.js'
import { allAuthorizations, authLabel, isObject, roleOf } from '../lint/rules/helpers.js'
import { pecStanding } from '../lint/rules/pec-verdict.js'
import { parseIsoDuration } from '../lint/rules/iso-duration.js'
import { SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID } from '../lint/roles/index.js'
import { docOf, isExpressionNode, isExpressionText, isPlainStringNode, propertyValue, type Draft, type JsonDoc, type JsonPath } from './json-doc.js'

export const CURRENT_API_VERSION = '2022-10-01'
export const SUBSCRIPTION_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'
export const DEFAULT_AUTOMATION_ROLE_ID = SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID
export const DEFAULT_AUTOMATION_DISPLAY_NAME = 'Provider Automation Account'
const MIN_SECONDS = 30 * 60
const MAX_SECONDS = 8 * 60 * 60

/** Edits to one file (`file` as the engine names it; reporters make it relative). */
export interface FixProposal {
  file: string
  description: string
  edits: TextEdit[]
}

/** A fix, or why there is none here; undefined when nothing needs to change. */
export type FixOutcome = FixProposal | { unavailable: string } | undefined

export function isProposal(outcome: FixOutcome): outcome is FixProposal {
  return !!outcome && 'edits' in outcome
}

export interface FixerInit {
  template: SourceFile | null
  parameters: SourceFile | null
  resolved: ResolvedTemplate
  catalogue: RoleCatalogue
  /** Lower-case GUID of the pinned automation principal. */
  automationPrincipalId?: string
  automationRoleId?: string
  automationDisplayName?: string
}

interface Located {
  doc: JsonDoc
  path: JsonPath
  node: JsonNode
}

const unavailable = (reason: string): { unavailable: string } => ({ unavailable: reason })

export class Fixer {
  private readonly automationRoleId: string

  constructor(private readonly init: FixerInit) {
    this.automationRoleId = init.automationRoleId ?? DEFAULT_AUTOMATION_ROLE_ID
  }

  // ---- PEC: the automation principal ---------------------------------------------------------------------------

  /**
   * Gives the automation principal a permanent PEC-eligible role in `def`. `eligible` (pec-automation-jit-only): its
   * just-in-time entries whose role moves with it when it is PEC-eligible and usable in Lighthouse. Every eligible
   * entry of the principal is removed from eligibleAuthorizations (a service principal cannot be eligible anyway) when
   * both lists are in one file.
   */
  grantAutomationRole(def: ResolvedDefinition, eligible: ResolvedAuthorization[] = []): FixOutcome {
    const principal = this.init.automationPrincipalId
    if (!principal) return undefined
    const { catalogue } = this.init
    // The role moves with it only when, granted permanently, it surely earns the credit (pec-verdict's own test).
    const kept = eligible.find((a) => pecStanding(roleOf(a, catalogue), { ...a, kind: 'permanent' } as ResolvedAuthorization, catalogue).kind === 'earns')
    const roleId = kept ? kept.roleGuid! : this.automationRoleId
    const roleName = catalogue.get(roleId)?.name ?? roleId
    const props = isObject(def.properties) ? def.properties : undefined
    if (!props) return unavailable(`the properties of registration definition ${def.path} are built by an expression: add the authorization by hand`)
    const entry = { principalId: principal, principalIdDisplayName: this.displayNameFor(principal, eligible[0]), roleDefinitionId: roleId }
    const manual = `add ${JSON.stringify(entry)} to properties.authorizations by hand`

    const list = props.authorizations
    let draft: Draft
    let doc: JsonDoc
    if (Array.isArray(list)) {
      const at = this.locateArray(list)
      if (!at) return unavailable(`properties.authorizations is built by an expression the fixer cannot edit safely: ${manual}`)
      doc = at.doc
      draft = doc.draft()
      draft.append(at.path, this.literal(doc, entry))
    } else if (list === undefined) {
      const at = this.locateObject(props)
      if (!at) return unavailable(`the properties object is built by an expression: ${manual}`)
      doc = at.doc
      draft = doc.draft()
      draft.set([...at.path, 'authorizations'], [this.literal(doc, entry)], afterKey('managedByTenantId'))
    } else {
      return unavailable(`properties.authorizations is not a list: ${manual}`)
    }

    // Its eligible entries go whichever rule asked (a service principal cannot be eligible: lighthouse-eligible-service-
    // principal), or the file would still fail after the fix.
    let moved = ''
    const mine = def.eligibleAuthorizations.filter((a) => a.principalGuid === principal)
    if (mine.length > 0) {
      const elist = props.eligibleAuthorizations
      const at = Array.isArray(elist) ? this.locateArray(elist) : undefined
      if (at && at.doc === doc) {
        for (const a of [...mine].sort((x, y) => y.index - x.index)) draft.set([...at.path, a.index], undefined)
        const removed = mine.map(authLabel).join(', ')
        moved = kept
          ? `, moved from eligibleAuthorizations (${removed} removed: a service principal cannot be eligible)`
          : `; ${removed} removed from eligibleAuthorizations (a service principal cannot be eligible)`
      } else {
        moved = '; the eligible entry is written elsewhere and was left: remove it from eligibleAuthorizations by hand'
      }
    }
    return this.proposal(doc, draft, `Grant the automation principal ${principal} ${roleName} (${roleId}) permanently in properties.authorizations${moved}.`)
  }

  // ---- Lighthouse --------------------------------------------------------------------------------------------

  addDisplayName(def: ResolvedDefinition, auth: ResolvedAuthorization): FixOutcome {
    const at = this.locateObject(auth.value)
    if (!at) return unavailable(`${authLabel(auth)} is built by an expression: add principalIdDisplayName where it is written`)
    const current = propertyValue(at.node, 'principalIdDisplayName')
    if (current && !isPlainStringNode(current)) {
      return unavailable(`${authLabel(auth)}.principalIdDisplayName comes from an expression: give it a value where that is written`)
    }
    const name = this.displayNameFor(auth.principalGuid, auth, def)
    const draft = at.doc.draft()
    if (current) draft.set(at.doc.pathOf(current), this.literal(at.doc, name))
    else draft.addProperty(at.path, 'principalIdDisplayName', this.literal(at.doc, name), 'principalId')
    return this.proposal(at.doc, draft, `Add principalIdDisplayName '${name}' to ${authLabel(auth)} (rename it to what your customers should see).`)
  }

  clampActivationDuration(auth: ResolvedAuthorization): FixOutcome {
    const policy = auth.justInTimeAccessPolicy
    const at = this.locateObject(policy)
    const where = `${authLabel(auth)}.justInTimeAccessPolicy.maximumActivationDuration`
    if (!at) return unavailable(`${authLabel(auth)}.justInTimeAccessPolicy is built by an expression: set maximumActivationDuration where it is written`)
    const node = propertyValue(at.node, 'maximumActivationDuration')
    if (!isPlainStringNode(node)) return unavailable(`${where} comes from an expression: set it where it is written`)
    const seconds = parseIsoDuration(String(node.value))
    if (seconds === undefined) return unavailable(`${where} '${String(node.value)}' is not an ISO-8601 duration: choose one from PT30M to PT8H`)
    const clamped = seconds < MIN_SECONDS ? 'PT30M' : seconds > MAX_SECONDS ? 'PT8H' : undefined
    if (!clamped) return undefined
    const draft = at.doc.draft()
    draft.set(at.doc.pathOf(node), clamped)
    return this.proposal(at.doc, draft, `Set ${where} from '${String(node.value)}' to '${clamped}' (Lighthouse allows PT30M to PT8H).`)
  }

  setApiVersion(resource: ResolvedDefinition | ResolvedAssignment): FixOutcome {
    const value = this.valueNodeAt(resource.fieldLoc('apiVersion'), 'apiVersion')
    if (!value) return unavailable(`the apiVersion of ${resource.path} could not be found where it is written: set it to '${CURRENT_API_VERSION}'`)
    if (!isPlainStringNode(value.node)) {
      return unavailable(`the apiVersion of ${resource.path} comes from an expression: set it to '${CURRENT_API_VERSION}' where it is written`)
    }
    const draft = value.doc.draft()
    draft.set(value.doc.pathOf(value.node), CURRENT_API_VERSION)
    return this.proposal(value.doc, draft, `Set apiVersion of ${resource.path} from '${String(value.node.value)}' to '${CURRENT_API_VERSION}' (the current stable Microsoft.ManagedServices API).`)
  }

  setSchema(): FixOutcome {
    const file = this.init.template
    if (!file) return undefined
    const doc = docOf(file)
    const root = doc.tree
    if (!root || root.type !== 'object') return undefined
    if (!propertyValue(root, 'resources')) return unavailable('this file has no resources (a policy definition?): add $schema only if it is a deployment template')
    const current = propertyValue(root, '$schema')
    const draft = doc.draft()
    draft.set(['$schema'], SUBSCRIPTION_SCHEMA, () => 0)
    const was = current && current.type === 'string' ? ` (was '${String(current.value)}')` : ''
    return this.proposal(doc, draft, `Set $schema to the subscription deployment template schema${was}.`)
  }

  /**
   * Replaces the newGuid()/utcNow() a definition or assignment name is built from with `[guid(<offer name>)]` where it
   * is written (the name itself, or the variable or parameter default it comes from), as Microsoft's samples name them.
   */
  deterministicName(resource: ResolvedDefinition | ResolvedAssignment, kind: 'definition' | 'assignment'): FixOutcome {
    const manual = `use [guid(parameters('mspOfferName'))] or a literal GUID where the name is written`
    if (resource.path.includes('›')) return unavailable(`the ${kind} is inside a nested deployment, whose expressions see other names: ${manual}`)
    const name = this.valueNodeAt(resource.fieldLoc('name'), 'name')
    const file = this.init.template
    if (!name || !file || name.doc.file !== file) return unavailable(`the name of ${resource.path} could not be found: ${manual}`)
    const doc = name.doc
    const root = doc.tree!
    // Follow `[parameters('x')]` / `[variables('x')]` to the text that calls newGuid()/utcNow().
    let target: JsonNode | undefined = name.node
    let section: 'resource' | 'parameters' | 'variables' = 'resource'
    let sectionKey = ''
    for (let hops = 0; hops < 6 && target; hops++) {
      if (!isExpressionNode(target)) return unavailable(`the name of ${resource.path} is not built where the fixer can see: ${manual}`)
      const inner = String(target.value).slice(1, -1).trim()
      if (/\b(newguid|utcnow)\s*\(/i.test(inner)) break
      const parameter = /^parameters\s*\(\s*'([^']+)'\s*\)$/i.exec(inner)
      const variable = /^variables\s*\(\s*'([^']+)'\s*\)$/i.exec(inner)
      if (parameter) {
        target = propertyValue(propertyValue(propertyValue(root, 'parameters'), parameter[1]!), 'defaultValue')
        section = 'parameters'
        sectionKey = parameter[1]!
      } else if (variable) {
        target = propertyValue(propertyValue(root, 'variables'), variable[1]!)
        section = 'variables'
        sectionKey = variable[1]!
      } else {
        return unavailable(`the name of ${resource.path} is built by an expression the fixer does not rewrite: ${manual}`)
      }
    }
    if (!target || !isExpressionNode(target) || !/\b(newguid|utcnow)\s*\(/i.test(String(target.value))) {
      return unavailable(`the newGuid()/utcNow() in the name of ${resource.path} was not found: ${manual}`)
    }
    const offer = this.offerExpression(resource, kind, doc)
    if (!offer) return unavailable(`the offer name (registrationDefinitionName) is not a value the fixer can reuse: ${manual}`)
    if (/\b(newguid|utcnow)\s*\(/i.test(offer)) return unavailable(`the offer name itself changes on every deployment: ${manual}`)
    if (section === 'parameters' && (/\b(variables|reference|list\w*)\s*\(/i.test(offer) || new RegExp(`parameters\\s*\\(\\s*'${escapeRegExp(sectionKey)}'`, 'i').test(offer))) {
      return unavailable(`parameter '${sectionKey}' cannot default to the offer name as written: ${manual}`)
    }
    if (section === 'variables' && /\bvariables\s*\(/i.test(offer)) return unavailable(`variable '${sectionKey}' cannot be built from the offer name as written: ${manual}`)
    const replacement = `[guid(${offer})]`
    const draft = doc.draft()
    draft.set(doc.pathOf(target), replacement)
    const where = section === 'resource' ? 'the name' : section === 'parameters' ? `the defaultValue of parameter '${sectionKey}'` : `variable '${sectionKey}'`
    return this.proposal(doc, draft, `Replace ${String(target.value)} in ${where} with ${replacement}, stable across deployments.`)
  }

  // ---- suggestions: a person decides ---------------------------------------------------------------------------

  replaceRole(auth: ResolvedAuthorization, roleId: string, why: string): FixOutcome {
    const at = this.locateObject(auth.value)
    const node = at && propertyValue(at.node, 'roleDefinitionId')
    const old = auth.roleGuid
    if (!at || !isPlainStringNode(node) || !old) {
      return unavailable(`${authLabel(auth)}.roleDefinitionId comes from an expression: change it where it is written`)
    }
    const text = String(node.value)
    const replaced = text.replace(new RegExp(escapeRegExp(old), 'i'), roleId)
    const draft = at.doc.draft()
    draft.set(at.doc.pathOf(node), replaced)
    const name = this.init.catalogue.get(roleId)?.name ?? roleId
    return this.proposal(at.doc, draft, `Grant ${name} (${roleId}) instead in ${authLabel(auth)}: ${why}`)
  }

  removeAuthorization(def: ResolvedDefinition, auth: ResolvedAuthorization, why: string): FixOutcome {
    const props = isObject(def.properties) ? def.properties : undefined
    const list = props?.[auth.kind === 'eligible' ? 'eligibleAuthorizations' : 'authorizations']
    const at = Array.isArray(list) ? this.locateArray(list) : undefined
    if (!at) return unavailable(`${authLabel(auth)} is in a list built by an expression: remove it where it is written`)
    const draft = at.doc.draft()
    draft.set([...at.path, auth.index], undefined)
    return this.proposal(at.doc, draft, `Remove ${authLabel(auth)}: ${why}`)
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private proposal(doc: JsonDoc, draft: Draft, description: string): FixOutcome {
    const edit = draft.edit()
    return edit ? { file: doc.file.path, description, edits: [edit] } : undefined
  }

  /** An array read from a file, unchanged in length by evaluation (copy variables and expressions are not). */
  private locateArray(value: unknown[]): Located | undefined {
    const at = this.locate(value)
    return at && at.node.type === 'array' && (at.node.children?.length ?? 0) === value.length ? at : undefined
  }

  private locateObject(value: unknown): Located | undefined {
    const at = isObject(value) ? this.locate(value) : undefined
    return at && at.node.type === 'object' ? at : undefined
  }

  private locate(value: unknown): Located | undefined {
    const source = sourceOf(value)
    if (!source) return undefined
    const doc = docOf(source.file)
    const node = doc.nodeAt(source.path)
    return node ? { doc, path: source.path, node } : undefined
  }

  /** The value node of `key` from a finding's location, checked to be that key (locations fall back to parents). */
  private valueNodeAt(loc: { file: string; line: number; column: number }, key: string): { doc: JsonDoc; node: JsonNode } | undefined {
    const file = [this.init.template, this.init.parameters].find((f) => f?.path === loc.file)
    if (!file) return undefined
    const doc = docOf(file)
    const at = doc.nodeAtPosition(loc.line, loc.column)
    const property = at?.parent
    if (!at || at.type !== 'string' || at.value !== key || property?.type !== 'property' || property.children?.[0] !== at) return undefined
    const value = property.children?.[1]
    return value ? { doc, node: value } : undefined
  }

  /** The offer name as an ARM expression body: `parameters('mspOfferName')` or a quoted literal. */
  private offerExpression(resource: ResolvedDefinition | ResolvedAssignment, kind: 'definition' | 'assignment', doc: JsonDoc): string | undefined {
    let definition: ResolvedDefinition | undefined
    if (kind === 'definition') definition = resource as ResolvedDefinition
    else if (this.init.resolved.definitions.length >= 1) {
      const tops = new Set(this.init.resolved.definitions.filter((d) => !d.path.includes('›')).map((d) => d.path))
      if (tops.size !== 1) return undefined
      definition = this.init.resolved.definitions.find((d) => tops.has(d.path))
    }
    if (!definition) return undefined
    const name = this.valueNodeAt(definition.fieldLoc('name'), 'name')
    if (!name || name.doc !== doc) return undefined
    const resourceNode = name.node.parent?.parent
    const offer = propertyValue(propertyValue(resourceNode, 'properties'), 'registrationDefinitionName')
    if (!offer || offer.type !== 'string') return undefined
    const text = String(offer.value)
    if (isExpressionText(text)) return text.slice(1, -1).trim()
    const literal = text.startsWith('[[') ? text.slice(1) : text
    return `'${literal.replace(/'/g, "''")}'`
  }

  /** A name the template already gives this principal, else the automation account's, else one from offer and role. */
  private displayNameFor(principal: string | undefined, auth?: ResolvedAuthorization, def?: ResolvedDefinition): string {
    if (principal) {
      for (const d of this.init.resolved.definitions) {
        for (const a of allAuthorizations(d)) {
          if (a.principalGuid === principal && typeof a.principalIdDisplayName === 'string' && a.principalIdDisplayName.trim() !== '') return a.principalIdDisplayName
        }
      }
      if (principal === this.init.automationPrincipalId) return this.init.automationDisplayName ?? DEFAULT_AUTOMATION_DISPLAY_NAME
    }
    const role = (auth && roleOf(auth, this.init.catalogue)?.name) ?? 'delegated role'
    const offer = def && typeof def.registrationDefinitionName === 'string' && def.registrationDefinitionName.trim() !== '' ? def.registrationDefinitionName.trim() : ''
    return offer ? `${offer}: ${role}` : `Partner ${role}`
  }

  /** Strings written into a template that start with '[' would be read as expressions: escape them as ARM does. */
  private literal<T>(doc: JsonDoc, value: T): T {
    if (doc.file !== this.init.template) return value
    const escape = (v: unknown): unknown =>
      isExpressionText(v) ? `[${v}` : isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x)])) : v
    return escape(value) as T
  }
}

/** Inserts a new property right after `key` when the object has it, else at the end. */
function afterKey(key: string): (properties: string[]) => number {
  return (properties) => {
    const at = properties.findIndex((p) => p.toLowerCase() === key.toLowerCase())
    return at === -1 ? properties.length : at + 1
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

