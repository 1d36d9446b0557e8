import { describe, it, expect } from '@jest/globals'
import { ev, errorOf, context } from './helpers.js'
import { isUnknown } from '../../../src/lint/arm/unknown.js'

describe('strings', () => {
  it('concat joins strings and integers, and arrays', () => {
    expect(ev("[concat('a', 'b', 1)]")).toBe('ab1')
    expect(ev("[concat(createArray(1, 2), createArray('x'))]")).toEqual([1, 2, 'x'])
    expect(errorOf(() => ev("[concat(createArray(1), 'x')]")).code).toBe('type')
    expect(errorOf(() => ev("[concat('a', createArray(1))]")).message).toMatch(/concat\(\) expects argument 2 to be a string or integer/)
  })
  it('format handles {0}, {0:D3}, alignment and brace escapes', () => {
    expect(ev("[format('{0}-{1}', 'a', 2)]")).toBe('a-2')
    expect(ev("[format('{0:D3}', 7)]")).toBe('007')
    expect(ev("[format('{0:N0}', 1234567)]")).toBe('1,234,567')
    expect(ev("[format('{0:X}', 255)]")).toBe('FF')
    expect(ev("[format('{0:000}', 5)]")).toBe('005')
    expect(ev("[format('vm{0:00}', 7)]")).toBe('vm07')
    expect(ev("[format('{0:#0}', 123)]")).toBe('123')
    expect(ev("[format('{0:F2}', 3)]")).toBe('3.00')
    expect(ev("[format('{0:F0}', -4)]")).toBe('-4')
    expect(ev("[format('{0:G}', 42)]")).toBe('42')
    // Valid in ARM but culture-dependent: a placeholder, not a false error on a valid template.
    expect(isUnknown(ev("[format('{0:P0}', 1)]"))).toBe(true)
    expect(isUnknown(ev("[format('{0:C}', 1)]"))).toBe(true)
    expect(ev("[format('{{{0}}}', 'x')]")).toBe('{x}')
    expect(ev("[format('[{0,4}]', 'ab')]")).toBe('[  ab]')
    expect(ev("[format('{0}', true())]")).toBe('True')
    expect(errorOf(() => ev("[format('{1}', 'a')]")).message).toMatch(/placeholder \{1\}/)
    expect(errorOf(() => ev("[format('{0', 'a')]")).code).toBe('argument')
  })
  it('toLower, toUpper, trim', () => {
    expect(ev("[toLower('AbC')]")).toBe('abc')
    expect(ev("[TOUPPER('AbC')]")).toBe('ABC')
    expect(ev("[trim('  x  ')]")).toBe('x')
  })
  it('replace, split, substring, padLeft', () => {
    expect(ev("[replace('a-b-c', '-', '/')]")).toBe('a/b/c')
    expect(errorOf(() => ev("[replace('abc', '', 'x')]")).code).toBe('argument')
    expect(ev("[split('a,b;c', createArray(',', ';'))]")).toEqual(['a', 'b', 'c'])
    expect(ev("[split('a,,b', ',')]")).toEqual(['a', '', 'b'])
    expect(ev("[substring('hello', 1, 3)]")).toBe('ell')
    expect(ev("[substring('hello', 2)]")).toBe('llo')
    expect(errorOf(() => ev("[substring('hello', 4, 5)]")).message).toMatch(/runs past the end/)
    expect(ev("[padLeft('7', 3, '0')]")).toBe('007')
  })
  it('startsWith, endsWith, indexOf and lastIndexOf ignore case; contains does not', () => {
    expect(ev("[startsWith('Microsoft.ManagedServices', 'microsoft.')]")).toBe(true)
    expect(ev("[endsWith('abcDEF', 'def')]")).toBe(true)
    expect(ev("[endsWith('abc', 'x')]")).toBe(false)
    expect(ev("[indexOf('abcdef', 'CD')]")).toBe(2)
    expect(ev("[indexOf('abc', 'z')]")).toBe(-1)
    expect(ev("[lastIndexOf('test', 't')]")).toBe(3)
    expect(ev("[contains('abc', 'B')]")).toBe(false)
    expect(ev("[contains('abc', 'b')]")).toBe(true)
  })
  it('indexOf and lastIndexOf on arrays match deeply and case-sensitively (doc example)', () => {
    const ctx = context({}, { names: ['one', 'two', 'three'], numbers: [4, 5, 6], collection: [['one', 'two', 'three'], [4, 5, 6]], duplicates: [1, 2, 3, 1] })
    expect(ev("[lastIndexOf(variables('names'), 'two')]", ctx)).toBe(1)
    expect(ev("[indexOf(variables('names'), 'one')]", ctx)).toBe(0)
    expect(ev("[lastIndexOf(variables('names'), 'Three')]", ctx)).toBe(-1)
    expect(ev("[lastIndexOf(variables('numbers'), 4)]", ctx)).toBe(0)
    expect(ev("[indexOf(variables('numbers'), 6)]", ctx)).toBe(2)
    expect(ev("[lastIndexOf(variables('numbers'), '5')]", ctx)).toBe(-1)
    expect(ev("[indexOf(variables('collection'), variables('numbers'))]", ctx)).toBe(1)
    expect(ev("[indexOf(variables('duplicates'), 1)]", ctx)).toBe(0)
    expect(ev("[lastIndexOf(variables('duplicates'), 1)]", ctx)).toBe(3)
    expect(errorOf(() => ev('[indexOf(1, 1)]')).message).toMatch(/^indexOf\(\) expects argument 1 to be a string or an array/)
  })
  it('indexOf on an array is Unknown when an Unknown item comes before a match', async () => {
    const { Unknown, isUnknown } = await import('../../../src/lint/arm/index.js')
    const ctx = context({ list: ['a', new Unknown('parameter', "parameters('x')"), 'b'] })
    expect(ev("[indexOf(parameters('list'), 'a')]", ctx)).toBe(0)
    expect(isUnknown(ev("[indexOf(parameters('list'), 'b')]", ctx))).toBe(true)
    expect(ev("[lastIndexOf(parameters('list'), 'b')]", ctx)).toBe(2)
  })
  it('base64 round trip', () => {
    expect(ev("[base64('one, two, three')]")).toBe('b25lLCB0d28sIHRocmVl')
    expect(ev("[base64ToString('b25lLCB0d28sIHRocmVl')]")).toBe('one, two, three')
  })
})

describe('collections', () => {
  it('createArray and createObject', () => {
    expect(ev("[createArray(1, 'a', createArray())]")).toEqual([1, 'a', []])
    expect(ev("[createObject('a', 1, 'b', createArray(2))]")).toEqual({ a: 1, b: [2] })
    expect(errorOf(() => ev("[createObject('a')]")).message).toMatch(/odd number/)
    expect(errorOf(() => ev('[createObject(1, 2)]')).code).toBe('type')
  })
  it('length, empty, first, last', () => {
    expect(ev("[length('abc')]")).toBe(3)
    expect(ev('[length(createArray(1, 2))]')).toBe(2)
    expect(ev("[length(createObject('a', 1))]")).toBe(1)
    expect(errorOf(() => ev('[length(1)]')).code).toBe('type')
    expect(ev("[empty('')]")).toBe(true)
    expect(ev('[empty(createArray())]')).toBe(true)
    expect(ev('[empty(createObject())]')).toBe(true)
    expect(ev('[empty(null())]')).toBe(true)
    expect(ev("[empty('x')]")).toBe(false)
    expect(ev("[first('abc')]")).toBe('a')
    expect(ev('[first(createArray(4, 5))]')).toBe(4)
    expect(ev('[last(createArray(4, 5))]')).toBe(5)
    expect(ev("[last('abc')]")).toBe('c')
  })
  it('contains on arrays (deep) and objects (keys, case-insensitive)', () => {
    expect(ev("[contains(createArray('a', createArray(1)), createArray(1))]")).toBe(true)
    expect(ev("[contains(createArray('a'), 'A')]")).toBe(false)
    expect(ev("[contains(createObject('Key', 1), 'key')]")).toBe(true)
    expect(ev("[contains(createObject('Key', 1), 'other')]")).toBe(false)
  })
  it('union and intersection', () => {
    expect(ev("[union(createArray(1, 2), createArray(2, 3))]")).toEqual([1, 2, 3])
    expect(ev("[union(createObject('a', 1, 'b', 2), createObject('b', 3))]")).toEqual({ a: 1, b: 3 })
    expect(ev('[intersection(createArray(1, 2, 3), createArray(3, 2))]')).toEqual([2, 3])
    expect(ev("[intersection(createObject('a', 1, 'b', 2), createObject('a', 1, 'b', 3))]")).toEqual({ a: 1 })
    expect(errorOf(() => ev("[union(createArray(1), createObject('a', 1))]")).message).toMatch(/union\(\) expects argument 2 to be an array/)
  })
  it('union merges nested objects but replaces nested arrays (doc deep merge example)', () => {
    const ctx = context(
      {},
      {
        firstObject: { property: { one: 'a', two: 'b', three: 'c1' }, nestedArray: [1, 2] },
        secondObject: { property: { three: 'c2', four: 'd', five: 'e' }, nestedArray: [3, 4] },
        firstArray: [['one', 'two'], ['three']],
        secondArray: [['three'], ['four', 'two']]
      }
    )
    expect(ev("[union(variables('firstObject'), variables('secondObject'))]", ctx)).toEqual({
      property: { one: 'a', two: 'b', three: 'c2', four: 'd', five: 'e' },
      nestedArray: [3, 4]
    })
    expect(ev("[union(variables('firstArray'), variables('secondArray'))]", ctx)).toEqual([['one', 'two'], ['three'], ['four', 'two']])
    expect(ev("[variables('firstObject').property]", ctx)).toEqual({ one: 'a', two: 'b', three: 'c1' })
  })
  it('union merges at every depth, and a later scalar replaces an object', () => {
    expect(ev("[union(json('{\"a\":{\"b\":{\"c\":1,\"d\":2}}}'), json('{\"a\":{\"b\":{\"d\":3}}}'), json('{\"a\":{\"e\":4}}'))]")).toEqual({
      a: { b: { c: 1, d: 3 }, e: 4 }
    })
    expect(ev("[union(createObject('a', createObject('b', 1)), createObject('a', 'flat'))]")).toEqual({ a: 'flat' })
  })
  it('skip, take, range, array, items, objectKeys, join', () => {
    expect(ev('[skip(createArray(1, 2, 3), 1)]')).toEqual([2, 3])
    expect(ev("[take('abcdef', 2)]")).toBe('ab')
    expect(ev("[skip('abc', 10)]")).toBe('')
    expect(ev('[range(5, 3)]')).toEqual([5, 6, 7])
    expect(errorOf(() => ev('[range(0, 10001)]')).code).toBe('limit')
    expect(ev('[range(0, 10000)]')).toHaveLength(10000)
    expect(ev("[array('x')]")).toEqual(['x'])
    expect(ev('[array(createArray(1))]')).toEqual([1])
    expect(ev("[items(createObject('b', 2, 'a', 1))]")).toEqual([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 }
    ])
    // Sorted ignoring case, as ARM returns them (Azure/bicep#14057), not in the order written.
    expect(ev("[objectKeys(createObject('b', 2, 'a', 1, 'C', 3))]")).toEqual(['a', 'b', 'C'])
    expect(ev("[join(createArray('a', 'b'), '/')]")).toBe('a/b')
  })
})

describe('logic and comparison', () => {
  it('true/false/null as functions and bare words', () => {
    expect(ev('[true()]')).toBe(true)
    expect(ev('[false]')).toBe(false)
    expect(ev('[null()]')).toBeNull()
    expect(ev('[not(true)]')).toBe(false)
  })
  it('equals is deep and case-sensitive for strings', () => {
    expect(ev("[equals('a', 'A')]")).toBe(false)
    expect(ev("[equals('a', 'a')]")).toBe(true)
    expect(ev("[equals(createObject('a', createArray(1)), json('{\"a\":[1]}'))]")).toBe(true)
    expect(ev('[equals(createArray(1, 2), createArray(2, 1))]')).toBe(false)
    expect(ev("[equals(1, '1')]")).toBe(false)
  })
  it('and, or, not, bool', () => {
    expect(ev('[and(true(), true(), false())]')).toBe(false)
    expect(ev('[or(false(), true())]')).toBe(true)
    expect(ev("[bool('TRUE')]")).toBe(true)
    expect(ev('[bool(0)]')).toBe(false)
    expect(errorOf(() => ev("[not('yes')]")).message).toMatch(/not\(\) expects argument 1 to be a boolean/)
    expect(errorOf(() => ev("[bool('maybe')]")).code).toBe('type')
  })
  it('if evaluates only the chosen branch', () => {
    const ctx = context({ present: 'yes' })
    expect(ev("[if(true(), 'a', parameters('missing'))]", ctx)).toBe('a')
    expect(ev("[if(equals(1, 2), parameters('missing'), parameters('present'))]", ctx)).toBe('yes')
    expect(ev("[if(false(), json('null'), createObject('n', 1)).n]", ctx)).toBe(1)
    expect(errorOf(() => ev("[if(true(), parameters('missing'), 'b')]", ctx)).code).toBe('reference')
    expect(errorOf(() => ev("[if('true', 1, 2)]")).code).toBe('type')
  })
  it('less/greater and friends compare integers and strings', () => {
    expect(ev('[less(1, 2)]')).toBe(true)
    expect(ev('[lessOrEquals(2, 2)]')).toBe(true)
    expect(ev("[greater('b', 'a')]")).toBe(true)
    expect(ev('[greaterOrEquals(1, 2)]')).toBe(false)
    expect(errorOf(() => ev("[less(1, 'a')]")).code).toBe('type')
  })
  it('coalesce returns the first non-null', () => {
    expect(ev("[coalesce(null(), json('null'), 'x', 'y')]")).toBe('x')
    expect(ev('[coalesce(null())]')).toBeNull()
  })
})

describe('numbers and conversion', () => {
  it('arithmetic', () => {
    expect(ev('[add(2, -3)]')).toBe(-1)
    expect(ev('[sub(5, 3)]')).toBe(2)
    expect(ev('[mul(4, 3)]')).toBe(12)
    expect(ev('[div(7, 2)]')).toBe(3)
    expect(ev('[div(-7, 2)]')).toBe(-3)
    expect(ev('[mod(7, 3)]')).toBe(1)
    expect(errorOf(() => ev('[div(1, 0)]')).message).toMatch(/division by zero/)
    expect(ev('[min(3, 1, 2)]')).toBe(1)
    expect(ev('[max(createArray(3, 9, 2))]')).toBe(9)
    expect(errorOf(() => ev("[add(1, '2')]")).message).toBe("add() expects argument 2 to be an integer, but got string \"2\".")
  })
  it('float converts integers and numeric strings', () => {
    expect(ev("[float('1.5')]")).toBe(1.5)
    expect(ev("[float('-2e3')]")).toBe(-2000)
    expect(ev('[float(3)]')).toBe(3)
    expect(errorOf(() => ev("[float('1,5')]")).message).toBe("float() expects argument 1 to be an integer or a string holding a number, such as '1.5', but got string \"1,5\".")
  })
  it('int, string, json', () => {
    expect(ev("[int('42')]")).toBe(42)
    expect(errorOf(() => ev("[int('4x')]")).code).toBe('type')
    expect(ev('[string(5)]')).toBe('5')
    expect(ev("[string(createObject('a', createArray(1, 'b')))]")).toBe('{"a":[1,"b"]}')
    expect(ev("[string('x')]")).toBe('x')
    expect(ev("[json('null')]")).toBeNull()
    expect(ev("[json('{\"a\": [1, {\"b\": true}]}')]")).toEqual({ a: [1, { b: true }] })
    expect(ev("[json('1.5')]")).toBe(1.5)
    expect(errorOf(() => ev("[json('{nope')]")).message).toMatch(/not valid JSON/)
  })
})

describe('arity and unknown functions', () => {
  it('evaluates an unknown function to Unknown and tells the context, with the closest name as a suggestion', () => {
    const heard: Array<[string, string]> = []
    const ctx = { ...context(), unknownFunction: (name: string, message: string) => heard.push([name, message]) }
    const value = ev("[concat(concatt('a'), 'b')]", ctx)
    expect(isUnknown(value)).toBe(true)
    expect(heard).toEqual([['concatt', expect.stringMatching(/^Function 'concatt' is not in the ARM template function reference this linter knows \(did you mean 'concat'\?\)\. ARM rejects/)]])
    heard.length = 0
    ev("[paramters('a')]", ctx)
    expect(heard[0]![1]).toMatch(/did you mean 'parameters'/)
    heard.length = 0
    ev('[frobnicateEverything()]', ctx)
    expect(heard[0]![1]).toMatch(/^Function 'frobnicateEverything' is not in the ARM template function reference this linter knows\. ARM rejects .* newer than this linter/)
  })
  it('memoises the suggestion per name, case-insensitively', async () => {
    const { closestMemo } = await import('../../../src/lint/arm/errors.js')
    const names = ['concat', 'format']
    expect(closestMemo('concatt', names)).toBe('concat')
    // A second list for the same name gets the remembered answer: one lookup per name, not per call.
    expect(closestMemo('CONCATT', ['format'])).toBe('concat')
    expect(closestMemo('xyzzy', names)).toBeUndefined()
  })
  it('knows the documented functions added for lambdas, URIs, dates, CIDR and scopes', async () => {
    const { functionNames } = await import('../../../src/lint/arm/index.js')
    const added = ['lambda', 'lambdaVariables', 'filter', 'map', 'reduce', 'sort', 'toObject', 'groupBy', 'mapValues', 'uri', 'uriComponent',
      'uriComponentToString', 'dataUri', 'dataUriToString', 'float', 'base64ToJson', 'managementGroupResourceId', 'dateTimeFromEpoch',
      'dateTimeToEpoch', 'dateTimeAdd', 'parseCidr', 'cidrSubnet', 'cidrHost', 'pickZones', 'providers', 'references']
    expect(added.filter((name) => !functionNames.includes(name))).toEqual([])
    // The up-front check accepts them even in a branch that is not taken.
    expect(ev("[if(true(), 'a', concat(uriComponent('x'), string(dateTimeToEpoch('2020-01-01T00:00:00Z')), parseCidr('10.0.0.0/8').network))]")).toBe('a')
  })
  it('reports unknown functions even in an if branch that is not taken', () => {
    const heard: string[] = []
    expect(ev("[if(true(), 'a', concatt('b'))]", { ...context(), unknownFunction: (name: string) => heard.push(name) })).toBe('a')
    expect(heard).toEqual(['concatt'])
  })
  it('function names are case-insensitive', () => {
    expect(ev("[CONCAT('a', ToLower('B'))]")).toBe('ab')
  })
  it('checks argument counts', () => {
    const error = errorOf(() => ev("[toLower('a', 'b')]"))
    expect(error.code).toBe('argument')
    expect(error.message).toBe('toLower() takes 1 argument, but 2 were given (column 2).')
    expect(errorOf(() => ev("[replace('a')]")).message).toMatch(/takes 3 arguments, but 1 was given/)
    expect(errorOf(() => ev('[concat()]')).message).toMatch(/at least 1 argument/)
  })
})

describe('editDistance', () => {
  it('counts a transposition as one edit', async () => {
    const { editDistance, closest } = await import('../../../src/lint/arm/errors.js')
    expect(editDistance('nmae', 'name')).toBe(1)
    expect(editDistance('concatt', 'CONCAT')).toBe(1)
    expect(editDistance('abc', 'xyz')).toBe(3)
    expect(closest('xyzzy', ['concat', 'format'])).toBeUndefined()
  })
})
