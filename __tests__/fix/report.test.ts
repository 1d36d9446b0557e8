/** Fixes in the outputs: lint's JSON `fix` / `suggestions` fields and SARIF `fixes`, each a real, applicable edit. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lint } from '../../src/lint/engine.js'
import { toJsonReport } from '../../src/report/json.js'
import { toSarif } from '../../src/report/sarif.js'
import type { FindingFix } from '../../src/lint/types.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const AUTOMATION = '3f9b6c2e-8d41-4e0a-9c57-2b1d7e4a6f10'
let dirs: string[] = []
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})
function copy(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lpg-fixrep-'))
  dirs.push(dir)
  cpSync(path.join(FIXTURES, name), dir, { recursive: true })
  return dir
}
function apply(text: string, fix: FindingFix): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : ''
  let body = text.slice(bom.length)
  for (const e of [...fix.edits].sort((a, b) => b.offset - a.offset)) body = body.slice(0, e.offset) + e.content + body.slice(e.offset + e.length)
  return bom + body
}

describe('lint output carries the fixes', () => {
  it('JSON: every fixable finding has {file, description, edits}, and applying one fixes that finding', async () => {
    const dir = copy('role-not-eligible')
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    const json = toJsonReport(report) as { results: Array<{ findings: Array<Record<string, unknown> & { fix?: FindingFix }> }> }
    const [finding] = json.results[0]!.findings
    expect(finding).toMatchObject({ ruleId: 'pec-role-not-eligible', fix: { file: 'onboarding.parameters.json', description: expect.stringMatching(/^Grant the automation principal/) } })
    expect(Object.keys(finding!)).toEqual(['ruleId', 'level', 'message', 'file', 'line', 'column', 'fix'])
    const file = path.join(dir, 'onboarding.parameters.json')
    writeFileSync(file, apply(readFileSync(file, 'utf8'), finding!.fix!))
    expect((await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })).summary.errors).toBe(0)
  })

  it('JSON: with fixes off (LintOptions.fixes false) the findings are exactly the six original fields', async () => {
    const dir = copy('role-not-eligible')
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION, fixes: false })
    expect(Object.keys(report.results[0]!.findings[0]!)).toEqual(['ruleId', 'level', 'message', 'file', 'line', 'column'])
  })

  it('the fix honours the automation role and display name asked for', async () => {
    const dir = copy('template-literal')
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION, fixes: { automationRoleId: 'b24988ac-6180-42a0-ab88-20f7382dd24c', automationDisplayName: 'Fabrikam PEC' } })
    const missing = report.results[0]!.findings.find((f) => f.ruleId === 'pec-automation-missing')!
    expect(missing.fix!.edits.map((e) => e.content).join('')).toContain('"principalIdDisplayName": "Fabrikam PEC", "roleDefinitionId": "b24988ac-6180-42a0-ab88-20f7382dd24c"')
  })

  it('SARIF: results carry fixes (artifactChanges with charOffset/charLength replacements), suggestions marked as such', async () => {
    const dir = copy('suggest')
    const report = await lint(['.'], { cwd: dir, automationPrincipalId: AUTOMATION })
    const sarif = toSarif(report, dir)
    const owner = sarif.runs[0]!.results!.find((r) => r.ruleId === 'lighthouse-owner-role')!
    const suggestion = report.results[0]!.findings.find((f) => f.ruleId === 'lighthouse-owner-role')!.suggestions![0]!
    expect(owner.fixes).toEqual([
      {
        description: { text: expect.stringMatching(/^Suggestion \(a person decides; never applied automatically\): Grant Contributor/) },
        artifactChanges: [
          {
            artifactLocation: { uri: 'onboarding.parameters.json', uriBaseId: '%SRCROOT%' },
            replacements: suggestion.edits.map((e) => ({ deletedRegion: { charOffset: e.offset, charLength: e.length }, insertedContent: { text: e.content } }))
          }
        ]
      }
    ])
    const fixed = toSarif(await lint(['.'], { cwd: copy('jit-only'), automationPrincipalId: AUTOMATION }), dir)
    expect(fixed.runs[0]!.results!.filter((r) => r.fixes).length).toBeGreaterThan(3)
  })
})
