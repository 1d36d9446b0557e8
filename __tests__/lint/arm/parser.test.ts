import { describe, it, expect } from '@jest/globals'
import { isExpression, parseExpression, unescapeLiteral } from '../../../src/lint/arm/index.js'
import { ev, errorOf } from './helpers.js'

describe('isExpression / unescapeLiteral', () => {
  it('recognises bracketed expressions and the [[ escape', () => {
    expect(isExpression("[concat('a')]")).toBe(true)
    expect(isExpression('[[not an expression]')).toBe(false)
    expect(isExpression('plain')).toBe(false)
    expect(isExpression('[no end')).toBe(false)
    expect(isExpression('x]')).toBe(false)
  })
  it('unescapes [[ once and leaves other strings alone', () => {
    expect(unescapeLiteral('[[foo]')).toBe('[foo]')
    expect(unescapeLiteral("[[parameters('x')]")).toBe("[parameters('x')]")
    expect(unescapeLiteral('[foo]')).toBe('[foo]')
    expect(unescapeLiteral('plain')).toBe('plain')
  })
})

describe('parseExpression', () => {
  it('parses calls, strings, integers and access chains', () => {
    const node = parseExpression("[concat('a', -5, x.y(1))]")
    expect(node.kind).toBe('call')
    if (node.kind !== 'call') return
    expect(node.name).toBe('concat')
    expect(node.args.map((a) => a.kind)).toEqual(['string', 'integer', 'call'])
    expect(node.args[1]).toMatchObject({ value: -5 })
    expect(node.args[2]).toMatchObject({ name: 'x.y' })
  })
  it('caches by text', () => {
    expect(parseExpression("[toLower('A')]")).toBe(parseExpression("[toLower('A')]"))
  })
  it("decodes '' inside strings", () => {
    expect(ev("['it''s']")).toBe("it's")
    expect(ev("['''']")).toBe("'")
    expect(ev("[concat('a''', '''b')]")).toBe("a''b")
  })
  it('tolerates whitespace and newlines', () => {
    expect(ev("[ concat (\n 'a' ,\t'b' ) ]")).toBe('ab')
  })
  it('reports an unterminated string with its column', () => {
    const error = errorOf(() => parseExpression("[concat('a', 'b)]"))
    expect(error.code).toBe('syntax')
    expect(error.message).toBe(
      "Unterminated string literal starting at column 14. Close it with a single quote; write '' for a quote inside the string."
    )
  })
  it('reports missing parentheses, commas and trailing junk', () => {
    expect(errorOf(() => parseExpression("[concat('a' 'b')]")).message).toMatch(/Expected ',' or '\)' in the arguments of 'concat'/)
    expect(errorOf(() => parseExpression("[concat('a'")).message).toMatch(/does not end with '\]'/)
    expect(errorOf(() => parseExpression("[concat('a')")).code).toBe('syntax')
    expect(errorOf(() => parseExpression("[concat('a') 'b']")).message).toMatch(/after a complete expression/)
    expect(errorOf(() => parseExpression('[foo]')).message).toMatch(/Expected '\(' after 'foo'.*quote text as 'foo'/)
    expect(errorOf(() => parseExpression('[]')).message).toMatch(/Empty expression/)
    expect(errorOf(() => parseExpression('[concat("a")]')).message).toMatch(/single quotes/)
    expect(errorOf(() => parseExpression('[add(1.5, 1)]')).message).toMatch(/only have integers/)
    expect(errorOf(() => parseExpression('[add(99999999999999999999, 1)]')).message).toMatch(/too large/)
    expect(errorOf(() => parseExpression("[parameters('a').]")).message).toMatch(/property name after/)
    expect(errorOf(() => parseExpression("[parameters('a')[0]")).code).toBe('syntax')
  })
  // Speed is measured by benchmarks, not asserted here: a hang or a quadratic blow-up fails by Jest's timeout.
  it('rejects nesting deeper than 256 levels without a stack overflow', () => {
    const depth = 3000
    const text = '[' + 'concat('.repeat(depth) + "'x'" + ')'.repeat(depth) + ']'
    const error = errorOf(() => parseExpression(text))
    expect(error.code).toBe('too-deep')
    expect(error.message).toMatch(/^Expression nested deeper than 256 levels/)
    const brackets = "[parameters('a')" + "[parameters('a')".repeat(depth) + ']'.repeat(depth) + ']'
    expect(errorOf(() => parseExpression(brackets)).code).toBe('too-deep')
  })
  it('accepts exactly 256 levels', () => {
    const text = '[' + 'concat('.repeat(255) + "'x'" + ')'.repeat(255) + ']'
    expect(ev(text)).toBe('x')
  })
  it('handles a 2 MB expression', () => {
    const big = 'a'.repeat(2 * 1024 * 1024)
    expect(ev(`[length('${big}')]`)).toBe(big.length)
    const quotes = "''".repeat(500_000)
    expect(ev(`[length('${quotes}')]`)).toBe(500_000)
    const manyArgs = '[concat(' + Array.from({ length: 200_000 }, () => "'ab'").join(',') + ')]'
    expect((ev(manyArgs) as string).length).toBe(400_000)
    const chain = "[json('{\"a\":{\"a\":1}}')" + '.a'.repeat(1) + '.a' + ']'
    expect(ev(chain)).toBe(1)
  })
})
