/**
 * What the resolver hands to the rules: every Lighthouse resource of one lint unit, with ARM expressions evaluated
 * as far as they can be offline. Values are plain JSON values, `Unknown` placeholders (see arm/unknown.ts), or
 * whatever wrong type the file held — rules must check types, never assume them.
 */
import type { Finding, SourceLocation } from './types.js'

export interface ResolvedAuthorization {
  kind: 'permanent' | 'eligible'
  /** Index inside `authorizations` / `eligibleAuthorizations`. */
  index: number
  /** The resolved authorization value (normally an object; may be anything if the file is wrong). */
  value: unknown
  principalId: unknown
  principalIdDisplayName: unknown
  roleDefinitionId: unknown
  delegatedRoleDefinitionIds: unknown
  justInTimeAccessPolicy: unknown
  /** Where the authorization object is written (template or parameters file). */
  loc: SourceLocation
  /** Where a field of it is written; falls back to `loc`. */
  fieldLoc(key: string): SourceLocation
}

export interface ResolvedDefinition {
  /** Where the resource object is declared. */
  loc: SourceLocation
  /** Human path, e.g. `resources[0]`, `resources[1] (nested deployment 'rgAssignment') › resources[0]`. */
  path: string
  apiVersion: unknown
  /** Evaluated `name` (a GUID string, an Unknown, ...). */
  name: unknown
  /** Evaluated `properties` object. */
  properties: unknown
  /** Evaluated `plan`. */
  plan: unknown
  managedByTenantId: unknown
  registrationDefinitionName: unknown
  authorizations: ResolvedAuthorization[]
  eligibleAuthorizations: ResolvedAuthorization[]
  /** Set when this resource came from a `copy` loop iteration. */
  copyIndex?: number
  /** Location of a top-level key of the resource (`name`, `apiVersion`, ...) or of `properties.<key>` when prefixed with `properties.`. */
  fieldLoc(key: string): SourceLocation
}

export interface ResolvedAssignment {
  loc: SourceLocation
  path: string
  apiVersion: unknown
  name: unknown
  /** Evaluated `properties.registrationDefinitionId`. */
  registrationDefinitionId: unknown
  copyIndex?: number
  fieldLoc(key: string): SourceLocation
}

/** One entry of the paired parameters file, as written (ARM does not evaluate parameter values). */
export interface SuppliedParameter {
  /** The name as written in the parameters file. */
  name: string
  /** The entry: normally `{ "value": … }` or a Key Vault `{ "reference": … }`; may be anything if the file is wrong. */
  entry: unknown
  /** The template's declaration the name binds to (ARM matches names case-insensitively); undefined when none. */
  declaration: unknown
  /** Where the entry is written in the parameters file (computed when read). */
  readonly loc: SourceLocation
  /** Where its `value` is written, else `loc`. */
  readonly valueLoc: SourceLocation
}

export interface ResolvedTemplate {
  /** Template path as given to the engine. */
  file: string
  parametersFile: string | null
  /**
   * Set when a parameters file was paired but could not be read (a parse error, already reported): the values
   * expected from it are missing for that reason, not because no file was paired.
   */
  unreadableParametersFile?: string
  /** Names the template declares under `parameters`, as written. */
  declaredParameterNames: string[]
  /** The entries of the paired parameters file (empty without one). */
  suppliedParameters: SuppliedParameter[]
  /** The template's `$schema` value and where it is. */
  schema: unknown
  schemaLoc: SourceLocation
  definitions: ResolvedDefinition[]
  assignments: ResolvedAssignment[]
  /**
   * Problems met while resolving (unknown function, variable cycle, expression too deep, bad copy count,
   * wrong types): already findings, reported as they are.
   */
  resolveFindings: Finding[]
  /** What evaluating the template cost against its budget (src/lint/arm/budget.ts), for benchmarks and tests. */
  evaluation?: { steps: number; cells: number; copies: number; exceeded: boolean }
}
