/**
 * Conformance with templates nobody here wrote: the 368 compiled-Bicep modules of Microsoft's CARML library
 * (../shared/samples/real-world, see its README). Microsoft deployed every one, so any error-level finding on them is
 * a false positive of the evaluator, the resolver or a rule. Skips only when ../shared is absent.
 *
 * Beside them, our own wrapped-delegation fixtures (fixtures/wrapped): a Lighthouse offer passed to a registration
 * definition module the way real repositories wrap it, each with the PEC verdict ARM's own evaluation implies.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { lint } from '../../src/lint/engine.js'
import { readJsonFile, withUnitFiles } from '../../src/lint/read/located-json.js'
import { resolveTemplate } from '../../src/lint/resolve/resolve-template.js'
import { tmpTree } from '../helpers/tmp-tree.js'
import { AUTOMATION, READER, SUPPORT_REQUEST_CONTRIBUTOR, TENANT } from '../helpers/templates.js'

const realWorld = path.resolve(process.cwd(), '..', 'shared', 'samples', 'real-world')
const present = existsSync(path.join(realWorld, 'carml', 'modules'))
const wrapped = path.join(process.cwd(), '__tests__', 'lint', 'fixtures', 'wrapped')

function mainFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...mainFiles(full))
    else if (name === 'main.json') out.push(full)
  }
  return out
}

const files = present ? mainFiles(path.join(realWorld, 'carml', 'modules')) : []
const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach((c) => c()))

;(present ? describe : describe.skip)('the 368 CARML modules (../shared/samples/real-world)', () => {
  it('are all there', () => {
    expect(files).toHaveLength(368)
  })

  it('get no error-level finding when each is named explicitly', async () => {
    const report = await lint(files, { cwd: realWorld })
    expect(report.results).toHaveLength(368)
    const errors = report.results.flatMap((r) => r.findings.filter((f) => f.level === 'error').map((f) => `${f.file}:${f.line} ${f.ruleId}: ${f.message}`))
    expect(errors).toEqual([])
    // Only one of them is a Lighthouse module; the others get the "nothing to check" note.
    const lighthouse = report.results.filter((r) => !r.findings.some((f) => f.ruleId === 'template-structure' && f.level === 'note'))
    expect(lighthouse.map((r) => r.template)).toEqual(['carml/modules/managed-services/registration-definition/main.json'])
  })

  it('get no error-level finding when every resource of every one is evaluated (the evaluator on all their expressions)', () => {
    const problems: string[] = []
    let evaluated = 0
    for (const file of files) {
      const read = readJsonFile(file)
      if (!read.ok) throw new Error(`${file}: ${read.problem.message}`)
      const resolved = withUnitFiles([read.file], () => resolveTemplate(path.relative(realWorld, file), read.value, null, null, undefined, { everything: true }))
      evaluated += resolved.evaluation!.steps
      expect(resolved.evaluation!.exceeded).toBe(false)
      for (const f of resolved.resolveFindings) if (f.level === 'error') problems.push(`${f.file}:${f.line} ${f.ruleId}: ${f.message}`)
    }
    expect(problems).toEqual([])
    // Enough work to mean something: tens of thousands of expression nodes.
    expect(evaluated).toBeGreaterThan(20_000)
  })

  it('the Lighthouse module, given a parameters file, gets the PEC verdict its values imply', async () => {
    const module = path.join(realWorld, 'carml', 'modules', 'managed-services', 'registration-definition', 'main.json')
    const authorizations = (automation: boolean) =>
      [
        automation ? { principalId: AUTOMATION, principalIdDisplayName: 'Provider Automation Account', roleDefinitionId: SUPPORT_REQUEST_CONTRIBUTOR } : null,
        { principalId: '6a2f8e14-0b7c-4d39-a5e1-7c3b9d2f4e81', principalIdDisplayName: 'Operations', roleDefinitionId: READER }
      ].filter(Boolean)
    for (const [automation, verdict] of [[true, 'ok'], [false, 'fail']] as const) {
      const tree = tmpTree({
        'p.json': { parameters: { name: { value: 'Offer' }, registrationDescription: { value: 'Managed by Contoso' }, managedByTenantId: { value: TENANT }, authorizations: { value: authorizations(automation) } } }
      })
      cleanups.push(tree.cleanup)
      const report = await lint([module], { cwd: tree.dir, automationPrincipalId: AUTOMATION, parameterPairs: [{ template: module, parameters: path.join(tree.dir, 'p.json') }] })
      const result = report.results[0]!
      expect([automation, result.pec, result.findings.filter((f) => f.level === 'error' && !f.ruleId.startsWith('pec-'))]).toEqual([automation, verdict, []])
    }
  })
})

describe('wrapped delegations (fixtures/wrapped)', () => {
  it.each([
    ['avm-wrapper', 'pass', 'ok', []],
    ['avm-wrapper', 'fail', 'fail', ['pec-automation-missing']],
    ['flatten-lambda', 'pass', 'ok', []],
    ['flatten-lambda', 'fail', 'fail', ['pec-automation-missing']]
  ])('%s with the %s parameters gets PEC %s', async (name, variant, pec, errors) => {
    const template = path.join(wrapped, `${name}.json`)
    const parameters = path.join(wrapped, `${name}.parameters.${variant}.json`)
    const report = await lint([template], { cwd: wrapped, automationPrincipalId: AUTOMATION, parameterPairs: [{ template, parameters }] })
    expect(report.results).toHaveLength(1)
    const result = report.results[0]!
    expect(result.findings.filter((f) => f.ruleId === 'expression-error')).toEqual([])
    expect([...new Set(result.findings.filter((f) => f.level === 'error').map((f) => f.ruleId))]).toEqual(errors)
    expect(result.pec).toBe(pec)
    expect(result.delegations?.[0]?.offerName).toBe('Contoso managed services')
  })

  it('a folder lint pairs each fixture with both its parameters files', async () => {
    const report = await lint([wrapped], { cwd: wrapped, automationPrincipalId: AUTOMATION })
    expect(report.results.map((r) => [r.parameters, r.pec]).sort()).toEqual([
      ['avm-wrapper.parameters.fail.json', 'fail'],
      ['avm-wrapper.parameters.pass.json', 'ok'],
      ['flatten-lambda.parameters.fail.json', 'fail'],
      ['flatten-lambda.parameters.pass.json', 'ok']
    ])
  })
})
