import { describe, it, expect } from '@jest/globals'
import { ExpressionError, evaluateExpression } from '../../../src/lint/arm/index.js'
import { ev, errorOf, context } from './helpers.js'

describe('resource limits', () => {
  it('stops strings from growing past 10 MB', () => {
    const ctx = context({ big: 'x'.repeat(6 * 1024 * 1024) })
    expect(errorOf(() => ev("[concat(parameters('big'), parameters('big'))]", ctx)).code).toBe('limit')
    expect(errorOf(() => ev("[replace(parameters('big'), 'x', 'yy')]", ctx)).code).toBe('limit')
    expect(errorOf(() => ev("[format('{0}{0}', parameters('big'))]", ctx)).code).toBe('limit')
  })
  it('keeps large but reasonable values and stops arrays past the item cap', () => {
    const doubling = "[string(createArray(range(0, 10000), range(0, 10000)))]"
    expect(typeof ev(doubling)).toBe('string')
    const ctx = context({ a: Array.from({ length: 600_000 }, () => 1) })
    expect(errorOf(() => ev("[concat(parameters('a'), parameters('a'))]", ctx)).code).toBe('limit')
  })
  it('only ever throws ExpressionError, whatever the input', () => {
    const inputs = [
      '[',
      '[]]',
      "['",
      '[a.b.c]',
      '[(]',
      "[concat('a',)]",
      '[-]',
      "[json('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[')]",
      '[parameters()]',
      '[createObject(1)]',
      '[substring()]'
    ]
    for (const input of inputs) {
      expect(() => evaluateExpression(input, context())).toThrow(ExpressionError)
    }
    expect(() => evaluateExpression(null as unknown as string, context())).toThrow(ExpressionError)
  })
  it('turns a stack overflow on very deep data into too-deep', () => {
    const depth = 200_000
    const error = errorOf(() => ev(`[json('${'['.repeat(depth)}${']'.repeat(depth)}')]`))
    expect(error.code).toBe('too-deep')
  })
})
