/**
 * The ARM template function reference, function by function: every documented function is known to the evaluator,
 * and the functions added to ARM since (what compiled Bicep emits) give the results of the docs' own examples.
 */
import { describe, expect, it } from '@jest/globals'
import { context, errorOf, ev } from './helpers.js'
import { functionNames, isUnknown } from '../../../src/lint/arm/index.js'

/**
 * The function lists of the ARM template function reference, https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions
 * (source: MicrosoftDocs/azure-docs, articles/azure-resource-manager/templates/template-functions.md and its category
 * pages template-functions-{array,cidr,comparison,date,deployment,lambda,logical,numeric,object,resource,scope,string}.md,
 * the array and object pages as of ms.date 2025-08-01, which add indexFromEnd, tryIndexFromEnd, tryGet, objectKeys
 * and shallowMerge; deployer() from template-functions-deployment.md#deployer).
 */
const REFERENCE: Record<string, readonly string[]> = {
  array: ['array', 'concat', 'contains', 'createArray', 'empty', 'first', 'indexFromEnd', 'indexOf', 'intersection', 'last', 'lastIndexOf', 'length', 'max', 'min', 'range', 'skip', 'take', 'tryGet', 'tryIndexFromEnd', 'union'],
  cidr: ['parseCidr', 'cidrSubnet', 'cidrHost'],
  comparison: ['coalesce', 'equals', 'greater', 'greaterOrEquals', 'less', 'lessOrEquals'],
  date: ['dateTimeAdd', 'dateTimeFromEpoch', 'dateTimeToEpoch', 'utcNow'],
  deployment: ['deployer', 'deployment', 'environment', 'parameters', 'variables'],
  lambda: ['filter', 'groupBy', 'lambda', 'lambdaVariables', 'map', 'mapValues', 'reduce', 'sort', 'toObject'],
  logical: ['and', 'bool', 'false', 'if', 'not', 'or', 'true'],
  numeric: ['add', 'copyIndex', 'div', 'float', 'int', 'max', 'min', 'mod', 'mul', 'sub'],
  object: ['contains', 'createObject', 'empty', 'intersection', 'items', 'json', 'length', 'null', 'objectKeys', 'shallowMerge', 'tryGet', 'union'],
  resource: ['extensionResourceId', 'managementGroupResourceId', 'pickZones', 'providers', 'reference', 'references', 'resourceId', 'subscriptionResourceId', 'tenantResourceId'],
  scope: ['managementGroup', 'resourceGroup', 'subscription', 'tenant'],
  string: ['base64', 'base64ToJson', 'base64ToString', 'concat', 'contains', 'dataUri', 'dataUriToString', 'empty', 'endsWith', 'first', 'format', 'guid', 'indexOf', 'join', 'json', 'last', 'lastIndexOf', 'length', 'newGuid', 'padLeft', 'replace', 'skip', 'split', 'startsWith', 'string', 'substring', 'take', 'toLower', 'toUpper', 'trim', 'uniqueString', 'uri', 'uriComponent', 'uriComponentToString']
}
/** The resource page's list*() family: listKeys, listSecrets, listAccountSas and any other list operation. */
const LIST_FUNCTIONS = ['listKeys', 'listSecrets', 'listAccountSas', 'listConnectionStrings']
/** Bicep functions that compile to ARM functions of the same name (Bicep's function reference; seen in compiled AVM modules). */
const COMPILED_BICEP = ['flatten', 'fail', 'buildUri', 'parseUri', 'toLogicalZone', 'toLogicalZones', 'toPhysicalZone', 'toPhysicalZones']

describe('the function reference', () => {
  const known = new Set(functionNames.map((n) => n.toLowerCase()))
  it.each(Object.entries(REFERENCE))('knows every %s function', (_category, names) => {
    expect(names.filter((name) => !known.has(name.toLowerCase()))).toEqual([])
  })
  it('knows the compiled-Bicep functions', () => {
    expect(COMPILED_BICEP.filter((name) => !known.has(name.toLowerCase()))).toEqual([])
  })
  it('evaluates list*() calls to Unknown (live secrets) without calling them unknown', () => {
    for (const name of LIST_FUNCTIONS) {
      const heard: string[] = []
      const value = ev(`[${name}(resourceId('Microsoft.Storage/storageAccounts', 'sa'), '2023-01-01')]`, { ...context(), unknownFunction: (n) => heard.push(n) })
      expect([name, isUnknown(value), heard]).toEqual([name, true, []])
    }
  })
})

describe('failures are cheap', () => {
  it('an ExpressionError carries no stack trace (one is thrown per failing expression)', async () => {
    const { ExpressionError } = await import('../../../src/lint/arm/index.js')
    const error = new ExpressionError('type', 'x')
    expect(error.stack).toBe('ExpressionError: x')
    expect(error).toBeInstanceOf(Error)
    expect(Error.stackTraceLimit).toBeGreaterThan(0)
  })
})

describe('the docs examples of the newer functions', () => {
  // template-functions-object.md#tryget
  const users = { name: 'John Doe', age: 30 }
  const colors = ['red', 'green']
  const docs = context({}, { users, colors })
  it('tryGet', () => {
    expect(ev("[tryGet(variables('users'), 'region')]", docs)).toBeNull()
    expect(ev("[tryGet(variables('users'), 'name')]", docs)).toBe('John Doe')
    expect(ev("[tryGet(variables('colors'), 0)]", docs)).toBe('red')
  })
  it('tryGet as compiled Bicep uses it: a path, null all the way once a step is missing', () => {
    const ctx = context({ o: { a: { b: [1, 2, 3] }, Upper: 1 } })
    expect(ev("[tryGet(parameters('o'), 'a', 'b', 1)]", ctx)).toBe(2)
    expect(ev("[tryGet(parameters('o'), 'x', 'b', 1)]", ctx)).toBeNull()
    expect(ev("[tryGet(parameters('o'), 'a', 'b', 7)]", ctx)).toBeNull()
    expect(ev("[tryGet(parameters('o'), 'upper')]", ctx)).toBe(1) // property names ignore case
    expect(ev("[tryGet(null(), 'a')]", ctx)).toBeNull()
    expect(ev("[tryGet(parameters('o'), 'a', 'b', createObject('value', 1, 'fromEnd', true()))]", ctx)).toBe(3)
    expect(isUnknown(ev("[tryGet(parameters('p'), 'a')]", context({ p: ev("[reference('x')]") })))).toBe(true)
  })
  it('indexFromEnd and tryIndexFromEnd (template-functions-array.md#indexfromend)', () => {
    const ctx = context({}, { items: ['apple', 'banana', 'orange', 'grape'] })
    expect(ev("[indexFromEnd(variables('items'), 2)]", ctx)).toBe('orange')
    expect(ev("[tryIndexFromEnd(variables('items'), 1)]", ctx)).toBe('grape')
    expect(ev("[tryIndexFromEnd(variables('items'), 5)]", ctx)).toBeNull()
    expect(ev("[tryIndexFromEnd(variables('items'), 0)]", ctx)).toBeNull()
    const error = errorOf(() => ev("[indexFromEnd(variables('items'), 5)]", ctx))
    expect([error.code, error.message]).toEqual(['reference', expect.stringMatching(/index 5 from the end is out of range; the array has 4 items/)])
  })
  it('shallowMerge (template-functions-object.md#shallowmerge)', () => {
    const ctx = context({}, {
      firstArray: [{ one: 'a' }, { two: 'b' }, { two: 'c' }],
      secondArray: [{ one: 'a', nested: { a: 1, nested: { c: 3 } } }, { two: 'b', nested: { b: 2 } }]
    })
    expect(ev("[shallowMerge(variables('firstArray'))]", ctx)).toEqual({ one: 'a', two: 'c' })
    expect(ev("[shallowMerge(variables('secondArray'))]", ctx)).toEqual({ one: 'a', nested: { b: 2 }, two: 'b' })
  })
  it('objectKeys (template-functions-object.md#objectkeys)', () => {
    expect(ev("[objectKeys(variables('obj'))]", context({}, { obj: { a: 1, b: 2 } }))).toEqual(['a', 'b'])
  })
  it('items (template-functions-object.md#items), sorted by key', () => {
    const entities = { item002: { enabled: false, displayName: 'Example item 2', number: 200 }, item001: { enabled: true, displayName: 'Example item 1', number: 300 } }
    expect(ev("[items(variables('entities'))]", context({}, { entities }))).toEqual([
      { key: 'item001', value: { displayName: 'Example item 1', enabled: true, number: 300 } },
      { key: 'item002', value: { displayName: 'Example item 2', enabled: false, number: 200 } }
    ])
  })
  it('indexOf and lastIndexOf on arrays (template-functions-array.md#indexof)', () => {
    const names = ['one', 'two', 'three']
    const numbers = [4, 5, 6]
    const ctx = context({}, { names, numbers, collection: [names, numbers], duplicates: [1, 2, 3, 1] })
    const outputs = {
      index1: "[lastIndexOf(variables('names'), 'two')]",
      index2: "[indexOf(variables('names'), 'one')]",
      notFoundIndex1: "[lastIndexOf(variables('names'), 'Three')]",
      index3: "[lastIndexOf(variables('numbers'), 4)]",
      index4: "[indexOf(variables('numbers'), 6)]",
      notFoundIndex2: "[lastIndexOf(variables('numbers'), '5')]",
      index5: "[indexOf(variables('collection'), variables('numbers'))]",
      index6: "[indexOf(variables('duplicates'), 1)]",
      index7: "[lastIndexOf(variables('duplicates'), 1)]"
    }
    const got = Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, ev(v, ctx)]))
    expect(got).toEqual({ index1: 1, index2: 0, index3: 0, index4: 2, index5: 1, index6: 0, index7: 3, notFoundIndex1: -1, notFoundIndex2: -1 })
  })
  it('join (template-functions-string.md#join)', () => {
    const ctx = context({}, { arrayString: ['one', 'two', 'three'] })
    expect(ev("[join(variables('arrayString'), ',')]", ctx)).toBe('one,two,three')
    expect(ev("[join(variables('arrayString'), ';')]", ctx)).toBe('one;two;three')
  })
  it('flatten (Bicep bicep-functions-array.md#flatten): one level, in order', () => {
    expect(ev("[flatten(createArray(createArray('one', 'two'), createArray('three'), createArray('four', 'five')))]")).toEqual(['one', 'two', 'three', 'four', 'five'])
    expect(ev('[flatten(createArray(createArray(createArray(1)), createArray()))]')).toEqual([[1]])
    // What ARM does with an item that is not an array is not documented: not checked rather than called an error.
    expect(errorOf(() => ev("[flatten(createArray(createArray(1), 'x'))]")).code).toBe('unsupported')
  })
  it('deployer() is known only at deployment time', () => {
    const value = ev('[deployer()]') as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['objectId', 'tenantId', 'userPrincipalName'])
    expect(isUnknown(value.objectId)).toBe(true)
  })
  it('fail() stops the evaluation with its message, but not from a branch that is not taken', () => {
    const error = errorOf(() => ev("[fail('The offer name is required.')]"))
    expect([error.code, error.message]).toEqual(['fail', 'The template calls fail(): "The offer name is required.". ARM stops the deployment here'])
    expect(ev("[if(true(), 'ok', fail('never'))]")).toBe('ok')
  })
  it('and, or and coalesce stop at the first operand that decides, as compiled Bicep relies on', () => {
    const ctx = context({ o: {} })
    expect(ev("[and(contains(parameters('o'), 'a'), parameters('o').a)]", ctx)).toBe(false)
    expect(ev("[or(empty(parameters('o')), parameters('o').a)]", ctx)).toBe(true)
    expect(ev("[coalesce(tryGet(parameters('o'), 'a'), 'fallback', parameters('o').a)]", ctx)).toBe('fallback')
    // After an Unknown operand, a failing one might never be reached: Unknown, not an error.
    const unknownCtx = context({ o: {}, u: ev("[reference('x').flag]") })
    expect(isUnknown(ev("[and(parameters('u'), parameters('o').a)]", unknownCtx))).toBe(true)
    expect(errorOf(() => ev("[and(true(), parameters('o').a)]", ctx)).code).toBe('reference')
  })
})
