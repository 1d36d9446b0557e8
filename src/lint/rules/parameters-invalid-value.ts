import { isExpression } from '../arm/index.js'
import type { SuppliedParameter } from '../model.js'
import type { Rule, RuleContext } from './rule.js'
import { isObject, quoted } from './helpers.js'

/** ARM's name for each JSON kind, as its "Template parameter JToken type is not valid" message spells them. */
type JsonKind = 'String' | 'Integer' | 'Float' | 'Boolean' | 'Object' | 'Array' | 'Null'

const EXPECTED: Record<string, { kinds: JsonKind[]; arm: string; example: string }> = {
  string: { kinds: ['String'], arm: 'String, Uri', example: '"text"' },
  securestring: { kinds: ['String'], arm: 'String, Uri', example: '"text" (or a Key Vault reference)' },
  int: { kinds: ['Integer'], arm: 'Integer', example: '42 (a number without quotes)' },
  bool: { kinds: ['Boolean'], arm: 'Boolean', example: 'true or false (without quotes)' },
  object: { kinds: ['Object'], arm: 'Object', example: '{ … }' },
  secureobject: { kinds: ['Object'], arm: 'Object', example: '{ … } (or a Key Vault reference)' },
  array: { kinds: ['Array'], arm: 'Array', example: '[ … ]' }
}

function kindOf(value: unknown): JsonKind {
  if (value === null) return 'Null'
  if (Array.isArray(value)) return 'Array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float'
  if (typeof value === 'boolean') return 'Boolean'
  if (typeof value === 'string') return 'String'
  return 'Object'
}

type Scalar = string | number | boolean

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

/**
 * Lenient on purpose: ARM compares allowed strings case-insensitively, and where it is unclear whether two values
 * match, counting them as a match can only cost a missed error, never a false one.
 */
function looselyEqual(a: unknown, b: unknown): boolean {
  if (isScalar(a) && isScalar(b)) return a === b || String(a).toLowerCase() === String(b).toLowerCase() || String(a).toUpperCase() === String(b).toUpperCase()
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => looselyEqual(x, b[i]))
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a)
    const kb = new Map(Object.keys(b).map((k) => [k.toLowerCase(), k]))
    return ka.length === kb.size && ka.every((k) => kb.has(k.toLowerCase()) && looselyEqual(a[k], b[kb.get(k.toLowerCase())!]))
  }
  return a === b
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

export const rule: Rule = {
  meta: {
    id: 'parameters-invalid-value',
    level: 'error',
    category: 'template',
    description:
      'A value in the parameters file has the wrong type for its declared parameter, or breaks its allowedValues, minLength/maxLength or minValue/maxValue; ARM fails the deployment at validation.',
    messages: {
      wrongType:
        "Parameter '{{name}}' is declared {{type}}, but the parameters file gives {{actual}}: ARM rejects the deployment (\"Template parameter JToken type is not valid. Expected '{{expected}}'. Actual '{{actualKind}}'.\"). Write the value as {{example}}.",
      notAllowed:
        "Parameter '{{name}}' is {{value}} in the parameters file, which is not one of its allowedValues ({{allowed}}): ARM fails the deployment at validation (\"The parameter value is not part of the allowed value(s)\"). Use one of them.",
      itemNotAllowed:
        "Parameter '{{name}}' lists {{value}} in the parameters file, which is not one of its allowedValues ({{allowed}}); every item of an array parameter must be one: ARM fails the deployment at validation. Remove it or use an allowed value.",
      tooShort:
        "Parameter '{{name}}' has {{length}} {{unit}} in the parameters file, fewer than its minLength of {{limit}}: ARM fails the deployment at validation. Give a longer value.",
      tooLong:
        "Parameter '{{name}}' has {{length}} {{unit}} in the parameters file, more than its maxLength of {{limit}}: ARM fails the deployment at validation. Give a shorter value.",
      tooSmall:
        "Parameter '{{name}}' is {{value}} in the parameters file, less than its minValue of {{limit}}: ARM fails the deployment at validation. Give a value of at least {{limit}}.",
      tooLarge:
        "Parameter '{{name}}' is {{value}} in the parameters file, more than its maxValue of {{limit}}: ARM fails the deployment at validation. Give a value of at most {{limit}}."
    }
  },
  check(context) {
    for (const parameter of context.template.suppliedParameters) checkParameter(context, parameter)
  }
}

function checkParameter(context: RuleContext, parameter: SuppliedParameter): void {
  const declaration = parameter.declaration
  const entry = parameter.entry
  if (!isObject(declaration) || !isObject(entry) || !('value' in entry)) return // undeclared, Key Vault reference, or malformed
  const value = entry.value
  // null: a nullable parameter (languageVersion 2.0) accepts it, and for the others ARM's answer is not documented.
  if (value === null || value === undefined) return
  // Whether ARM would evaluate "[…]" in a parameter value is not something to bet an error on.
  if (typeof value === 'string' && isExpression(value)) return
  const type = typeof declaration.type === 'string' ? declaration.type.toLowerCase() : undefined
  const expected = type ? EXPECTED[type] : undefined
  if (!type || !expected) return // `$ref` types (languageVersion 2.0) and unknown type names: nothing certain to say
  const secure = type.startsWith('secure')
  const name = parameter.name
  const shown = (v: unknown): string => (secure ? 'the secure value given' : typeof v === 'string' ? quoted(v, 80) : quotedJson(v))
  const report = (messageId: string, data: Record<string, string | number>): void =>
    context.report({ messageId, loc: parameter.valueLoc, data: { name, ...data } })

  const actualKind = kindOf(value)
  if (!expected.kinds.includes(actualKind)) {
    report('wrongType', {
      type: String(declaration.type),
      actual: secure ? `a value of kind ${actualKind}` : `${shown(value)} (${actualKind})`,
      expected: expected.arm,
      actualKind,
      example: expected.example
    })
    return
  }

  const allowed = Array.isArray(declaration.allowedValues) ? declaration.allowedValues : undefined
  if (allowed && allowed.length > 0) {
    const list = allowed.length > 8 ? `${allowed.slice(0, 8).map(shownAllowed).join(', ')}, …` : allowed.map(shownAllowed).join(', ')
    if (type === 'array') {
      const items = value as unknown[]
      // The whole array may itself be one allowed value; otherwise each item must be (ARM checks arrays by item).
      if (!allowed.some((a) => looselyEqual(a, items)) && items.every(isScalar)) {
        const bad = items.find((item) => !allowed.some((a) => looselyEqual(a, item)))
        if (bad !== undefined) report('itemNotAllowed', { value: shown(bad), allowed: list })
      }
    } else if (isScalar(value) && !allowed.some((a) => looselyEqual(a, value))) {
      report('notAllowed', { value: shown(value), allowed: secure ? `${allowed.length} value(s)` : list })
    }
  }

  if (type === 'array' || type === 'string' || type === 'securestring') {
    const length = (value as string | unknown[]).length
    const unit = type === 'array' ? 'item(s)' : 'character(s)'
    if (isWholeNumber(declaration.minLength) && length < declaration.minLength) report('tooShort', { length, unit, limit: declaration.minLength })
    if (isWholeNumber(declaration.maxLength) && length > declaration.maxLength) report('tooLong', { length, unit, limit: declaration.maxLength })
  }
  if (type === 'int' && isWholeNumber(value)) {
    if (isWholeNumber(declaration.minValue) && value < declaration.minValue) report('tooSmall', { value, limit: declaration.minValue })
    if (isWholeNumber(declaration.maxValue) && value > declaration.maxValue) report('tooLarge', { value, limit: declaration.maxValue })
  }
}

function quotedJson(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function shownAllowed(value: unknown): string {
  return typeof value === 'string' ? quoted(value, 60) : quotedJson(value)
}

export default rule
