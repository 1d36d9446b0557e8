import { describe, it, expect } from '@jest/globals'
import { Unknown, isUnknown } from '../../../src/lint/arm/index.js'
import { ev, errorOf, context } from './helpers.js'

// The examples of template-functions-lambda (ARM) and bicep-functions-lambda (groupBy, mapValues, index variables).
const dogs = [
  { name: 'Evie', age: 5, interests: ['Ball', 'Frisbee'] },
  { name: 'Casper', age: 3, interests: ['Other dogs'] },
  { name: 'Indy', age: 2, interests: ['Butter'] },
  { name: 'Kira', age: 8, interests: ['Rubs'] }
]
const ctx = context(
  {
    unknownList: new Unknown('parameter', "parameters('unknownList')"),
    unknownObject: new Unknown('parameter', "parameters('unknownObject')"),
    partlyKnown: ['a', new Unknown('parameter', "parameters('x')"), 'c'],
    withGuid: ['a', new Unknown('newGuid', 'newGuid()', false)]
  },
  { dogs, ages: [5, 3, 2, 8], copyDogs: dogs.map((d) => ({ name: d.name, properties: { age: d.age, interests: d.interests } })) }
)

function unknown(value: unknown): Unknown {
  if (!isUnknown(value)) throw new Error(`expected an Unknown, got ${JSON.stringify(value)}`)
  return value
}

describe('filter', () => {
  it('keeps the items the lambda accepts (doc examples)', () => {
    expect(ev("[filter(variables('dogs'), lambda('dog', greaterOrEquals(lambdaVariables('dog').age, 5)))]", ctx)).toEqual([dogs[0], dogs[3]])
    expect(ev("[filter(range(0, 10), lambda('i', greater(lambdaVariables('i'), 5)))]", ctx)).toEqual([6, 7, 8, 9])
    expect(ev("[filter(range(0, 10), lambda('i', equals(0, mod(lambdaVariables('i'), 2))))]", ctx)).toEqual([0, 2, 4, 6, 8])
  })
  it('passes the index as an optional second variable', () => {
    const text = "[filter(variables('dogs'), lambda('val', 'i', and(less(lambdaVariables('i'), 2), equals(substring(lambdaVariables('val').name, 0, 1), 'C'))))]"
    expect(ev(text, ctx)).toEqual([dogs[1]])
  })
  it('needs a boolean from the lambda', () => {
    expect(errorOf(() => ev("[filter(createArray(1), lambda('x', 'yes'))]")).message).toBe(
      'filter(): the filter lambda must return a boolean, but returned string "yes" for item 0.'
    )
  })
  it('is Unknown when a predicate is, keeping non-determinism', () => {
    expect(unknown(ev("[filter(parameters('partlyKnown'), lambda('x', equals(lambdaVariables('x'), 'a')))]", ctx))).toMatchObject({
      kind: 'filter',
      deterministic: true
    })
    expect(unknown(ev("[filter(parameters('withGuid'), lambda('x', equals(lambdaVariables('x'), 'a')))]", ctx)).deterministic).toBe(false)
  })
})

describe('map', () => {
  it('maps each item (doc examples)', () => {
    expect(ev("[map(variables('dogs'), lambda('dog', lambdaVariables('dog').name))]", ctx)).toEqual(['Evie', 'Casper', 'Indy', 'Kira'])
    expect(ev("[map(variables('dogs'), lambda('dog', format('Hello {0}!', lambdaVariables('dog').name)))]", ctx)).toEqual([
      'Hello Evie!',
      'Hello Casper!',
      'Hello Indy!',
      'Hello Kira!'
    ])
    const mapObject =
      "[map(range(0, length(variables('dogs'))), lambda('i', createObject('i', lambdaVariables('i'), 'dog', variables('dogs')[lambdaVariables('i')].name, 'greeting', format('Ahoy, {0}!', variables('dogs')[lambdaVariables('i')].name))))]"
    expect((ev(mapObject, ctx) as unknown[])[1]).toEqual({ i: 1, dog: 'Casper', greeting: 'Ahoy, Casper!' })
  })
  it('passes the index as an optional second variable', () => {
    expect(ev("[map(variables('dogs'), lambda('x', 'i', createObject('index', lambdaVariables('i'), 'val', lambdaVariables('x').name)))]", ctx)).toEqual([
      { index: 0, val: 'Evie' },
      { index: 1, val: 'Casper' },
      { index: 2, val: 'Indy' },
      { index: 3, val: 'Kira' }
    ])
  })
  it('keeps Unknown items in a known array', () => {
    const mapped = ev("[map(parameters('partlyKnown'), lambda('x', toUpper(lambdaVariables('x'))))]", ctx) as unknown[]
    expect(mapped).toHaveLength(3)
    expect(mapped[0]).toBe('A')
    expect(unknown(mapped[1]).kind).toBe('toUpper')
    expect(mapped[2]).toBe('C')
  })
  it('lambda variable names are case-insensitive, and the innermost wins', () => {
    expect(ev("[map(createArray(1, 2), lambda('X', add(lambdaVariables('x'), 1)))]")).toEqual([2, 3])
    expect(ev("[map(createArray(1), lambda('x', map(createArray(5), lambda('x', lambdaVariables('x')))))]")).toEqual([[5]])
  })
})

describe('reduce', () => {
  it('folds the array (doc examples)', () => {
    expect(ev("[reduce(variables('ages'), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]", ctx)).toBe(18)
    expect(ev("[reduce(variables('ages'), 1, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]", ctx)).toBe(19)
    const unionAll =
      "[reduce(createArray(createObject('foo', 123), createObject('bar', 456), createObject('baz', 789)), createObject(), lambda('cur', 'next', union(lambdaVariables('cur'), lambdaVariables('next'))))]"
    expect(ev(unionAll)).toEqual({ foo: 123, bar: 456, baz: 789 })
  })
  it('passes the index of the next item as an optional third variable (oddAge = 7)', () => {
    const text = "[reduce(variables('ages'), 0, lambda('cur', 'next', 'i', if(equals(mod(lambdaVariables('i'), 2), 0), add(lambdaVariables('cur'), lambdaVariables('next')), lambdaVariables('cur'))))]"
    expect(ev(text, ctx)).toBe(7)
  })
  it('returns the initial value for an empty array', () => {
    expect(ev("[reduce(createArray(), 'start', lambda('a', 'b', 'never'))]")).toBe('start')
  })
})

describe('sort', () => {
  it('orders by the less-than lambda (doc example)', () => {
    const sorted = ev("[sort(variables('dogs'), lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age)))]", ctx) as typeof dogs
    expect(sorted.map((d) => d.name)).toEqual(['Indy', 'Casper', 'Evie', 'Kira'])
  })
  it('keeps equal items in their order and leaves the input alone', () => {
    const ctx2 = context({ list: [{ k: 1, n: 'a' }, { k: 0, n: 'b' }, { k: 1, n: 'c' }, { k: 0, n: 'd' }] })
    const sorted = ev("[sort(parameters('list'), lambda('a', 'b', less(lambdaVariables('a').k, lambdaVariables('b').k)))]", ctx2) as { n: string }[]
    expect(sorted.map((x) => x.n)).toEqual(['b', 'd', 'a', 'c'])
    expect(ev("[parameters('list')[0].n]", ctx2)).toBe('a')
  })
  it('is Unknown when a comparison is', () => {
    expect(unknown(ev("[sort(parameters('partlyKnown'), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", ctx)).kind).toBe('sort')
  })
})

describe('toObject', () => {
  it('keys items by the key lambda, with an optional value lambda (doc examples)', () => {
    const byName = ev("[toObject(variables('dogs'), lambda('entry', lambdaVariables('entry').name))]", ctx) as Record<string, unknown>
    expect(Object.keys(byName)).toEqual(['Evie', 'Casper', 'Indy', 'Kira'])
    expect(byName['Kira']).toEqual(dogs[3])
    expect(ev("[toObject(variables('dogs'), lambda('entry', lambdaVariables('entry').name), lambda('entry', lambdaVariables('entry')))]", ctx)).toEqual(byName)
    expect(ev("[toObject(variables('copyDogs'), lambda('entry', lambdaVariables('entry').name), lambda('entry', lambdaVariables('entry').properties))]", ctx)).toEqual({
      Evie: { age: 5, interests: ['Ball', 'Frisbee'] },
      Casper: { age: 3, interests: ['Other dogs'] },
      Indy: { age: 2, interests: ['Butter'] },
      Kira: { age: 8, interests: ['Rubs'] }
    })
  })
  it('needs string keys', () => {
    expect(errorOf(() => ev("[toObject(range(0, 2), lambda('i', lambdaVariables('i')))]")).message).toMatch(
      /^toObject\(\): the key lambda must return a string \(wrap it in string\(\) if needed\), but returned integer 0 for item 0\.$/
    )
  })
  it('an Unknown key makes the object Unknown; an Unknown value does not', () => {
    expect(unknown(ev("[toObject(parameters('partlyKnown'), lambda('x', lambdaVariables('x')))]", ctx)).kind).toBe('toObject')
    const built = ev("[toObject(createArray('k'), lambda('x', lambdaVariables('x')), lambda('x', parameters('unknownObject')))]", ctx) as Record<string, unknown>
    expect(Object.keys(built)).toEqual(['k'])
    expect(isUnknown(built['k'])).toBe(true)
  })
})

describe('groupBy and mapValues', () => {
  it('groupBy groups items by key (doc example)', () => {
    expect(ev("[groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))]")).toEqual({ f: ['foo'], b: ['bar', 'baz'] })
  })
  it('groupBy is Unknown when a key is', () => {
    expect(unknown(ev("[groupBy(parameters('partlyKnown'), lambda('x', lambdaVariables('x')))]", ctx)).kind).toBe('groupBy')
  })
  it('mapValues maps each value (doc example)', () => {
    expect(ev("[mapValues(createObject('foo', 'foo', 'bar', 'bar'), lambda('val', toUpper(lambdaVariables('val'))))]")).toEqual({ foo: 'FOO', bar: 'BAR' })
    expect(errorOf(() => ev("[mapValues(createArray(1), lambda('v', lambdaVariables('v')))]")).message).toMatch(/^mapValues\(\) expects argument 1 to be an object/)
  })
})

describe('Unknown inputs', () => {
  it('an Unknown array or object gives an Unknown result without running the lambda', () => {
    for (const fn of ['filter', 'map', 'sort', 'groupBy']) {
      const lambda = fn === 'sort' ? "lambda('a', 'b', true())" : "lambda('x', lambdaVariables('x'))"
      expect(unknown(ev(`[${fn}(parameters('unknownList'), ${lambda})]`, ctx)).kind).toBe(fn)
    }
    expect(unknown(ev("[reduce(parameters('unknownList'), 0, lambda('a', 'b', 1))]", ctx)).kind).toBe('reduce')
    expect(unknown(ev("[toObject(parameters('unknownList'), lambda('x', 'k'))]", ctx)).kind).toBe('toObject')
    expect(unknown(ev("[mapValues(parameters('unknownObject'), lambda('v', 1))]", ctx)).kind).toBe('mapValues')
  })
  it('references() feeding map() is Unknown (the references doc example)', () => {
    expect(unknown(ev("[join(map(references('containerWorkers', 'full'), lambda('w', lambdaVariables('w').properties.ipAddress.ip)), ',')]")).kind).toBe(
      'join'
    )
  })
})

describe('lambda rules', () => {
  it('nested lambdas see the outer variables', () => {
    const text = "[map(createArray(1, 2), lambda('x', map(createArray(10, 20), lambda('y', add(lambdaVariables('x'), lambdaVariables('y'))))))]"
    expect(ev(text)).toEqual([
      [11, 21],
      [12, 22]
    ])
  })
  it('evaluates the body lazily: not at all for an empty array', () => {
    expect(ev("[map(createArray(), lambda('x', parameters('missing')))]")).toEqual([])
    expect(errorOf(() => ev("[map(createArray(1), lambda('x', parameters('missing')))]")).code).toBe('reference')
  })
  it('rejects lambda() anywhere but a lambda argument, even in an if branch not taken', () => {
    const error = errorOf(() => ev("[concat('a', lambda('x', lambdaVariables('x')))]"))
    expect(error.code).toBe('argument')
    expect(error.message).toMatch(/^lambda\(\) at column 14 is an argument of concat\(\)\. ARM accepts a lambda only directly as the lambda argument of filter\(\)/)
    expect(errorOf(() => ev("[if(false(), lambda('x', 1), 'b')]")).message).toMatch(/is an argument of if\(\)/)
    expect(errorOf(() => ev("[lambda('x', 1)]")).message).toMatch(/is not an argument of a function that takes one/)
    expect(errorOf(() => ev("[map(lambda('x', 1), lambda('x', 1))]")).message).toMatch(/is an argument of map\(\)/)
  })
  it('requires a lambda where one belongs', () => {
    expect(errorOf(() => ev("[map(createArray(1), 'x')]")).message).toBe("map() expects argument 2 to be a lambda such as lambda('x', lambdaVariables('x')), but got 'x'.")
  })
  it('rejects lambdaVariables() outside a lambda body', () => {
    const error = errorOf(() => ev("[lambdaVariables('x')]"))
    expect(error.code).toBe('reference')
    expect(error.message).toMatch(/^lambdaVariables\('x'\) at column 2 is outside any lambda\./)
    expect(errorOf(() => ev("[map(createArray(lambdaVariables('x')), lambda('x', 1))]")).code).toBe('reference')
  })
  it('reports an undeclared lambda variable with a suggestion', () => {
    expect(errorOf(() => ev("[map(createArray(1), lambda('item', lambdaVariables('itme')))]")).message).toBe(
      "lambdaVariables('itme'): no enclosing lambda declares 'itme'. Did you mean 'item'? Variables in scope: 'item'."
    )
  })
  it('checks the lambda variables', () => {
    expect(errorOf(() => ev("[sort(createArray(1), lambda('a', true()))]")).message).toMatch(/^sort\(\): the lambda in argument 2 declares 1 variable, but sort\(\) passes the two items to compare/)
    expect(errorOf(() => ev("[map(createArray(1), lambda(1, 2))]")).message).toBe("map(): lambda variable 1 must be a name in quotes such as 'x', not integer 1.")
    expect(errorOf(() => ev("[map(createArray(1), lambda('a', 'A', 2))]")).message).toMatch(/declares 'A' twice/)
  })
  it('caps the number of lambda body evaluations', () => {
    const error = errorOf(() => ev("[map(range(0, 2000), lambda('i', map(range(0, 1000), lambda('j', 1))))]"))
    expect(error.code).toBe('limit')
    expect(error.message).toMatch(/more than 1000000 times/)
  })
})
