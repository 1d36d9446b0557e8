/**
 * The cases behind issue 11, as partner templates are really shaped (fixtures of our own in
 * __tests__/fixtures/verdict, one folder per case), linted through the whole engine from files: each verdict is what
 * ARM and the dated role data justify, at the level their certainty allows, pointing at the line to fix.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { lint } from '../../../src/lint/engine.js'
import type { Finding, LintUnitResult } from '../../../src/lint/types.js'

const root = path.resolve('__tests__/fixtures/verdict')
const AUTOMATION = '11111111-2222-3333-4444-555555555555'

async function unit(name: string, automationPrincipalId: string | undefined = AUTOMATION): Promise<LintUnitResult> {
  const report = await lint([path.join(root, name)], { cwd: root, automationPrincipalId })
  expect(report.results).toHaveLength(1)
  expect(report.results[0]!.parameters).toBe(`${name}/onboarding.parameters.json`)
  return report.results[0]!
}

const of = (result: LintUnitResult, ruleId: string): Finding[] => result.findings.filter((f) => f.ruleId === ruleId)

describe('issue 11 cases, from files', () => {
  it('Log Analytics Reader/Contributor: disputed role data is a dated warning, not an error; PEC stays ok', async () => {
    const result = await unit('log-analytics')
    const found = of(result, 'lighthouse-role-data-actions')
    expect(found.map((f) => [f.level, f.file, f.line])).toEqual([
      ['warning', 'log-analytics/onboarding.parameters.json', 29],
      ['warning', 'log-analytics/onboarding.parameters.json', 34]
    ])
    expect(found[0]!.message).toMatch(/Log Analytics Contributor .*seen 2026-10-10.*sources disagree .*checked 2026-12-03.*mode: validate or what-if/)
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([])
    expect(result.pec).toBe('ok')
  })

  it('DataActions of a role in delegatedRoleDefinitionIds are allowed, as the docs say', async () => {
    const result = await unit('delegated-data-actions')
    expect(result.findings).toEqual([])
    expect(result.pec).toBe('ok')
  })

  it('a SOC offer with Microsoft Sentinel roles only: PEC not assured (warning), verdict unknown, not "no PEC-eligible role"', async () => {
    const pinned = await unit('sentinel-offer')
    expect(pinned.findings.map((f) => [f.ruleId, f.level])).toEqual([['pec-role-not-assured', 'warning']])
    expect(pinned.findings[0]!.message).toMatch(/^PEC not assured: .*Microsoft Sentinel Contributor .*not listed in the Partner Center PEC table of 2022-11-08.*Use a role the table lists/)
    expect(pinned.pec).toBe('unknown')
    const unpinned = await unit('sentinel-offer', undefined)
    expect(of(unpinned, 'pec-no-eligible-authorization')).toEqual([])
    expect(of(unpinned, 'pec-role-not-assured').map((f) => f.level)).toEqual(['warning'])
    expect(unpinned.pec).toBe('unknown')
  })

  it('a parameters file passing parameters the template does not declare is an error at each entry', async () => {
    const result = await unit('undeclared-parameter')
    expect(of(result, 'parameters-undeclared').map((f) => [f.level, f.file, f.line])).toEqual([
      ['error', 'undeclared-parameter/onboarding.parameters.json', 28],
      ['error', 'undeclared-parameter/onboarding.parameters.json', 31]
    ])
    expect(of(result, 'parameters-undeclared')[1]!.message).toContain('"mspOfferDescriptionn"')
  })

  it('values ARM refuses are errors where they are written; a Key Vault reference is not judged', async () => {
    const result = await unit('invalid-values')
    const found = of(result, 'parameters-invalid-value')
    expect(found.map((f) => [f.level, f.line, /Parameter '(\w+)'/.exec(f.message)?.[1]])).toEqual([
      ['error', 6, 'mspOfferName'],
      ['error', 29, 'activationHours'],
      ['error', 32, 'mfaProvider']
    ])
    expect(found.every((f) => f.file === 'invalid-values/onboarding.parameters.json')).toBe(true)
    expect(result.findings.some((f) => /adminPassword/.test(f.message))).toBe(false)
  })

  it('"[subscription().id]/providers/…/registrationDefinitions/<name>" is literal text to ARM, not a link', async () => {
    const result = await unit('literal-expression')
    expect(of(result, 'lighthouse-assignment-unlinked').map((f) => [f.level, f.file, f.line])).toEqual([['error', 'literal-expression/onboarding.json', 43]])
    expect(of(result, 'expression-error')).toEqual([])
  })

  it('a parameters file that does not parse is named as the reason its values are missing', async () => {
    const result = await unit('broken-parameters')
    expect(of(result, 'parse-error').map((f) => f.file)).toEqual(['broken-parameters/onboarding.parameters.json'])
    const missing = of(result, 'parameters-missing')
    expect(missing.length).toBeGreaterThan(0)
    for (const f of missing) {
      expect(f.message).toContain('the parameters file broken-parameters/onboarding.parameters.json could not be parsed')
      expect(f.message).not.toContain('no parameters file is paired')
    }
    expect(result.pec).toBe('unknown')
  })
})
