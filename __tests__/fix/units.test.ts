/** The pieces of fix and suggestions on their own: applying edits, diff hunks, line ranges, names, formatting. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { applyNonOverlapping } from '../../src/fix/apply.js'
import { detectFormatting } from '../../src/fix/json-doc.js'
import { lineChange, rightSideHunks } from '../../src/github/suggestions.js'
import { lint } from '../../src/lint/engine.js'
import { tmpTree } from '../helpers/tmp-tree.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})
function tree(files: Record<string, string>): string {
  const t = tmpTree(files)
  cleanups.push(t.cleanup)
  return t.dir
}

describe('applyNonOverlapping', () => {
  it('applies non-overlapping fixes in order, defers one that overlaps, counts identical fixes once', () => {
    const text = 'abcdefghij'
    const a = { edits: [{ offset: 1, length: 2, content: 'XY' }] }
    const overlapping = { edits: [{ offset: 2, length: 3, content: '!' }] }
    const b = { edits: [{ offset: 6, length: 0, content: '+' }] }
    const sameAsB = { edits: [{ offset: 6, length: 0, content: '+' }] }
    const r = applyNonOverlapping(text, [b, overlapping, a, sameAsB])
    expect(r.text).toBe('aXYdef+ghij')
    expect(r.applied).toEqual([a, b])
  })

  it('ignores a fix whose edits fall outside the text', () => {
    expect(applyNonOverlapping('abc', [{ edits: [{ offset: 2, length: 5, content: '' }] }]).applied).toEqual([])
  })
})

describe('rightSideHunks', () => {
  it('maps new-file line numbers to their text per hunk, skipping removed lines', () => {
    const patch = ['@@ -1,3 +1,3 @@', ' {', '-  "a": 1', '+  "a": 2', ' }', '@@ -10,2 +10,3 @@', ' x', '+y\r', ' z', '\\ No newline at end of file'].join('\n')
    const hunks = rightSideHunks(patch)
    expect(hunks.map((h) => [...h.entries()])).toEqual([
      [[1, '{'], [2, '  "a": 2'], [3, '}']],
      [[10, 'x'], [11, 'y'], [12, 'z']]
    ])
  })
})

describe('lineChange', () => {
  const file = 'one\r\ntwo\r\nthree\r\n'
  it('an insertion at the end of a line replaces that line', () => {
    expect(lineChange(file, { file: 'f', description: '', edits: [{ offset: 8, length: 0, content: ',\r\n  new' }] })).toEqual({
      startLine: 2,
      endLine: 2,
      oldLines: ['two'],
      newText: 'two,\n  new'
    })
  })
  it('an edit across lines replaces all of them; a byte-order mark is not counted', () => {
    expect(lineChange('\ufeff' + file, { file: 'f', description: '', edits: [{ offset: 1, length: 8, content: 'NE' }] })).toEqual({
      startLine: 1,
      endLine: 2,
      oldLines: ['one', 'two'],
      newText: 'oNE'
    })
  })
})

describe('detectFormatting', () => {
  it('reads indentation and line endings from the file', () => {
    expect(detectFormatting('{\r\n    "a": {\r\n        "b": 1\r\n    }\r\n}')).toEqual({ insertSpaces: true, tabSize: 4, eol: '\r\n' })
    expect(detectFormatting('{\n\t"a": 1\n}')).toEqual({ insertSpaces: false, tabSize: 1, eol: '\n' })
  })
})

describe('deterministic names', () => {
  const template = (name: string, extra = '') => `{
  "$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "stamp": { "type": "string", "defaultValue": "[utcNow()]" } },
  "variables": { "assignment": "[concat('a-', parameters('stamp'))]" ${extra} },
  "resources": [
    {
      "type": "Microsoft.ManagedServices/registrationDefinitions",
      "apiVersion": "2022-10-01",
      "name": ${name},
      "properties": {
        "registrationDefinitionName": "Contoso's offer",
        "managedByTenantId": "9d3a2c1b-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
        "authorizations": [
          { "principalId": "3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10", "principalIdDisplayName": "Automation", "roleDefinitionId": "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e" },
          { "principalId": "3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10", "principalIdDisplayName": "Automation", "roleDefinitionId": "91c1777a-f3dc-4fae-b103-61d183457e46" }
        ]
      }
    }
  ]
}
`
  it('a name written as [newGuid()] becomes guid() of the offer name (a quoted literal here)', async () => {
    const dir = tree({ 'a.json': template('"[newGuid()]"') })
    const [finding] = (await lint(['a.json'], { cwd: dir })).results[0]!.findings.filter((f) => f.ruleId === 'lighthouse-nondeterministic-name')
    expect(finding!.fix!.description).toBe("Replace [newGuid()] in the name with [guid('Contoso''s offer')], stable across deployments.")
  })

  it('a name built from a parameter default that uses utcNow() in a larger expression is not rewritten: said why', async () => {
    const dir = tree({ 'a.json': template(`"[variables('assignment')]"`) })
    const [finding] = (await lint(['a.json'], { cwd: dir })).results[0]!.findings.filter((f) => f.ruleId === 'lighthouse-nondeterministic-name')
    expect(finding!.fix).toBeUndefined()
    expect(finding!.fixUnavailable).toMatch(/built by an expression the fixer does not rewrite: use \[guid\(parameters\('mspOfferName'\)\)\] or a literal GUID/)
  })
})

describe('docs pages say which rules are fixable', () => {
  it('each page has a Fix section that matches FIXABLE', async () => {
    const { readFileSync } = await import('node:fs')
    const { rules } = await import('../../src/lint/rules/index.js')
    const { FIXABLE } = await import('../../src/fix/fixable.js')
    for (const rule of rules) {
      const page = readFileSync(`docs/rules/${rule.meta.id}.md`, 'utf8')
      const section = /## Fix\n(.*)\n/.exec(page)?.[1] ?? ''
      const kind = FIXABLE[rule.meta.id]?.kind
      expect({ rule: rule.meta.id, says: section.split(':')[0] }).toEqual({ rule: rule.meta.id, says: kind === 'fix' ? 'Fixable' : kind === 'suggestion' ? 'Suggestion only' : 'Not fixable automatically' })
    }
    const readme = readFileSync('README.md', 'utf8')
    const listed = /a \*Fix\* section: ([\s\S]*?)\n\n/.exec(readme)![1]!
    for (const id of Object.keys(FIXABLE)) expect(listed).toContain(`\`${id}\``)
  })
})
