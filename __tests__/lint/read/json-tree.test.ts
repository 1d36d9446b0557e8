import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseTree, type Node } from 'jsonc-parser'
import { strictJsonTree } from '../../../src/lint/read/json-tree.js'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..')
const shared = path.resolve(root, '..', 'shared', 'samples')

/** The node as plain data (what jsonc-parser's consumers read), with every parent link checked on the way. */
function shape(node: Node | undefined, parent?: Node): unknown {
  if (!node) return node
  if (node.parent !== parent) throw new Error(`wrong parent at offset ${node.offset}`)
  return {
    type: node.type,
    offset: node.offset,
    length: node.length,
    ...('value' in node ? { value: node.value } : {}),
    ...(node.colonOffset !== undefined ? { colonOffset: node.colonOffset } : {}),
    ...(node.children ? { children: node.children.map((child) => shape(child, node)) } : {})
  }
}

/** Same nodes as jsonc-parser's parseTree; compared as JSON text (-0 as "-0"), which is quick on big templates. */
function sameAsJsonc(text: string): void {
  JSON.parse(text)
  const ours = strictJsonTree(text)
  const theirs = parseTree(text, [], { allowTrailingComma: true, disallowComments: false })
  expect(ours && Object.prototype.hasOwnProperty.call(ours, 'parent')).toBe(false)
  const json = (node: Node | undefined) => JSON.stringify(shape(node), (_, v) => (Object.is(v, -0) ? '-0' : v === Infinity ? 'Infinity' : v))
  expect(json(ours)).toBe(json(theirs))
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []
  )
}

function strictJson(file: string): string | undefined {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  try {
    JSON.parse(text)
    return text
  } catch {
    return undefined
  }
}

describe('strictJsonTree: jsonc-parser parseTree for text JSON.parse accepts', () => {
  it.each([
    ['scalars at the root', ['0', '-1.5e+10', 'true', 'false', 'null', '"x"', '  \r\n\t"padded"\n ']],
    ['escapes and quotes', ['{"a\\"b": "c\\\\", "\\\\": "\\"", "u": "\\u00e9\\ud83d\\ude00", "tab": "a\\tb\\n"}', '["\\\\\\"", "", "\\/"]']],
    ['empty and nested containers', ['{}', '[]', '{"a": {}, "b": [], "c": [[], [{}]], "d": {"e": {"f": [1, 2, {"g": null}]}}}', ' [ 1 , 2 ,3 ] ']],
    ['numbers', ['[0, -0, 1e400, 12345678901234567890, 0.1, -2E-3]']],
    ['duplicate keys and unicode text', ['{"a": 1, "a": 2, "é": "ü ›", "x": "[parameters(\'p\')]"}']],
    ['windows line endings', ['{\r\n  "a": [\r\n    1\r\n  ]\r\n}\r\n']]
  ])('%s', (_, texts) => {
    for (const text of texts) sameAsJsonc(text)
  })

  it('matches on every JSON file of the examples and test fixtures', () => {
    const files = [...jsonFiles(path.join(root, 'examples')), ...jsonFiles(path.join(root, '__tests__', 'fixtures'))]
    let compared = 0
    for (const file of files) {
      const text = strictJson(file)
      if (text === undefined) continue
      sameAsJsonc(text)
      compared++
    }
    expect(compared).toBeGreaterThan(10)
  })

  const describeShared = existsSync(shared) ? describe : describe.skip
  describeShared('with ../shared/samples', () => {
    it('matches on every sample template and parameters file', () => {
      let compared = 0
      for (const file of jsonFiles(shared)) {
        const text = strictJson(file)
        if (text === undefined) continue
        sameAsJsonc(text)
        compared++
      }
      expect(compared).toBeGreaterThan(300)
    })
  })
})
