/**
 * Issue 9 §5: a crafted template must cost bounded time and memory, become a finding on that template (a warning:
 * ARM may well accept it) and never hide the other templates. Times are measured by `npm run bench`, not here.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { lint } from '../../../src/lint/engine.js'
import { resolveTemplate } from '../../../src/lint/resolve/resolve-template.js'
import { DEFAULT_BUDGET } from '../../../src/lint/arm/budget.js'
import { tmpTree } from '../../helpers/tmp-tree.js'
import { AUTOMATION, goodParameters, parameterizedTemplate } from '../../helpers/templates.js'
// @ts-expect-error -- plain ESM shared with the benchmark
import { BIG_INPUT_CALLS, bigInputTemplate, busyTemplate, doublingTemplate, intersectionTemplate, nestedCopyTemplate } from '../../../scripts/bench/crafted.mjs'

const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach((c) => c()))

function resolve(template: unknown, budget = DEFAULT_BUDGET) {
  return resolveTemplate('crafted.json', JSON.parse(JSON.stringify(template)), null, null, undefined, { budget })
}

describe('values shared in a DAG are compared and walked once', () => {
  it.each(['equals', 'union', 'contains'])('%s over a value doubled 60 times takes a few thousand steps', (op) => {
    const resolved = resolve(doublingTemplate(60, op))
    expect(resolved.definitions[0]!.registrationDefinitionName).toBe('same')
    expect(resolved.evaluation!.steps).toBeLessThan(5000)
    expect(resolved.resolveFindings).toEqual([])
  })
  it('string() of it is refused by size before any text is written (a limit of the linter: a warning)', () => {
    const resolved = resolve(doublingTemplate(60, 'string'))
    expect(resolved.resolveFindings.map((f) => [f.ruleId, f.level])).toEqual([['expression-error', 'warning']])
    expect(resolved.resolveFindings[0]!.message).toMatch(/longer than 10485760 characters.*limit of the linter, not of ARM/)
    expect(resolved.evaluation!.steps).toBeLessThan(5000)
  })
})

describe('budgets per template', () => {
  it('800 × 800 nested copy loops stop at the copy budget with a warning, keeping what was resolved', () => {
    const resolved = resolve(nestedCopyTemplate(800, 800))
    expect(resolved.evaluation).toMatchObject({ exceeded: true })
    expect(resolved.evaluation!.copies).toBeLessThanOrEqual(DEFAULT_BUDGET.copies + 1)
    expect(resolved.definitions.length).toBeLessThanOrEqual(DEFAULT_BUDGET.copies)
    expect(resolved.resolveFindings).toEqual([
      expect.objectContaining({ ruleId: 'expression-error', level: 'warning', message: expect.stringMatching(/copy loops of this template expand to more than 10,000 iterations.*could not be fully checked/) })
    ])
  })
  it('a template that asks for too many steps stops at the step budget; its definition is still there, as Unknown', () => {
    const resolved = resolve(busyTemplate())
    expect(resolved.evaluation).toMatchObject({ exceeded: true })
    expect(resolved.evaluation!.steps).toBeLessThan(DEFAULT_BUDGET.steps + 10)
    expect(resolved.definitions).toHaveLength(1)
    expect(String(resolved.definitions[0]!.registrationDefinitionName)).toMatch(/^\{/)
    expect(resolved.resolveFindings.map((f) => [f.level, f.message.slice(0, 40)])).toEqual([['warning', 'Evaluating this template took more than ']])
  })
  it('a memory budget stops values that grow', () => {
    const template = doublingTemplate(0) as { variables: Record<string, string> }
    // Each level a real copy twice the size: 2^21 items by the last one.
    for (let i = 1; i <= 21; i++) template.variables[`c${i}`] = i === 1 ? '[range(0, 2)]' : `[concat(variables('c${i - 1}'), variables('c${i - 1}'))]`
    ;(template as unknown as { resources: Array<{ properties: Record<string, unknown> }> }).resources[0]!.properties.registrationDefinitionName = "[string(length(variables('c21')))]"
    const resolved = resolve(template)
    expect(resolved.evaluation).toMatchObject({ exceeded: true })
    expect(resolved.resolveFindings[0]!.message).toMatch(/memory limit for one template/)
  })
  it('the budget is per template and a small one can be given (for tests of the limit itself)', () => {
    const resolved = resolve(doublingTemplate(60), { steps: 100, cells: 1_000_000, copies: 10 })
    expect(resolved.evaluation).toMatchObject({ exceeded: true })
    expect(resolve(doublingTemplate(60)).evaluation).toMatchObject({ exceeded: false })
  })
})

describe('work on large arguments is charged by their size', () => {
  // Each call reads a 4 MB string or 10,000 items while it is one expression node: charged one step per node,
  // 10,000 guid() calls on a 10 MB string ran for minutes inside the step budget.
  it.each(Object.keys(BIG_INPUT_CALLS))('one %s() call on a large argument costs steps by its size', (call) => {
    const resolved = resolve(bigInputTemplate(call, 1))
    expect(resolved.evaluation).toMatchObject({ exceeded: false })
    // 4 MB ÷ 16, or 10,000 items ÷ 16: far more than the few dozen nodes of the expression.
    expect(resolved.evaluation!.steps).toBeGreaterThan(['indexOf', 'max'].includes(call) ? 600 : 240_000)
  })
  it('10,000 of them stop at the step budget with the usual warning', () => {
    const resolved = resolve(bigInputTemplate('guid', 10_000))
    expect(resolved.evaluation).toMatchObject({ exceeded: true })
    expect(resolved.resolveFindings.map((f) => [f.level, f.message.slice(0, 40)])).toEqual([['warning', 'Evaluating this template took more than ']])
  })
  it('strings that concat() builds count against the memory budget', () => {
    // 100 definitions named concat() of a 1 MB string: 100 MB of strings kept, from a template of a few kilobytes.
    const template = bigInputTemplate('guid', 1) as { variables: Record<string, string>; resources: Array<Record<string, unknown>> }
    template.variables = { big: "[padLeft('a', 1000000, 'x')]" }
    const definition = template.resources[0]! as { name: string; properties: Record<string, unknown> }
    template.resources = Array.from({ length: 100 }, (_, i) => ({ ...definition, name: `[guid('${i}')]`, properties: { ...definition.properties, registrationDefinitionName: `[concat(variables('big'), '${i}')]` } }))
    const resolved = resolve(template)
    expect(resolved.evaluation).toMatchObject({ exceeded: true })
    expect(resolved.resolveFindings[0]!.message).toMatch(/memory limit for one template/)
  })
  it('intersection() looks scalars up instead of comparing every pair, and charges the pairs it compares', () => {
    const chained = resolve(intersectionTemplate(3))
    expect(chained.definitions[0]!.registrationDefinitionName).toBe('10000')
    expect(chained.evaluation!.steps).toBeLessThan(100_000)
    const objects = { ...doublingTemplate(0), variables: { a: "[map(range(0, 500), lambda('i', createObject('k', lambdaVariables('i'))))]" } } as Record<string, unknown>
    ;(objects.resources as Array<{ properties: Record<string, unknown> }>)[0]!.properties.registrationDefinitionName = "[string(length(intersection(variables('a'), variables('a'))))]"
    const pairs = resolve(objects)
    expect(pairs.definitions[0]!.registrationDefinitionName).toBe('500')
    expect(pairs.evaluation!.steps).toBeGreaterThan(500 * 500)
  })
})

describe('through the engine', () => {
  it('the crafted templates are reported with their warning and the good template beside them is still checked', async () => {
    const tree = tmpTree({
      'doubling.json': doublingTemplate(60),
      'nested-copies.json': nestedCopyTemplate(800, 800),
      'busy.json': busyTemplate(),
      'good.json': parameterizedTemplate(),
      'good.parameters.json': goodParameters()
    })
    cleanups.push(tree.cleanup)
    const report = await lint(['.'], { cwd: tree.dir, automationPrincipalId: AUTOMATION })
    const byName = new Map(report.results.map((r) => [r.template, r]))
    expect([...byName.keys()].sort()).toEqual(['busy.json', 'doubling.json', 'good.json', 'nested-copies.json'])
    expect(byName.get('good.json')!.pec).toBe('ok')
    for (const crafted of ['busy.json', 'nested-copies.json']) {
      const findings = byName.get(crafted)!.findings
      expect(findings.filter((f) => f.level === 'error')).toEqual([])
      expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'expression-error', level: 'warning', message: expect.stringMatching(/could not be fully checked/) })]))
      expect(byName.get(crafted)!.pec).not.toBe('ok')
    }
    expect(byName.get('doubling.json')!.findings.filter((f) => f.ruleId === 'expression-error')).toEqual([])
  })
})

describe('a budget for the whole run', () => {
  it('one budget-busting template paired with many parameters files spends the run budget once; the rest are reported unevaluated', async () => {
    // Review of issue 9: 10,000 parameters files beside one busy template cost 10,000 full template budgets (~20 min).
    const files: Record<string, unknown> = { 'busy.json': busyTemplate() }
    for (let i = 0; i < 6; i++) files[`busy.parameters.p${i}.json`] = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters: {} }
    const tree = tmpTree(files as Record<string, object>)
    cleanups.push(tree.cleanup)
    // A run budget of two and a half templates: the first two spend their own budget, the third what is left.
    const report = await lint(['.'], { cwd: tree.dir, automationPrincipalId: AUTOMATION, runSteps: DEFAULT_BUDGET.steps * 2.5 })
    expect(report.results).toHaveLength(6)
    const budgetMessages = report.results.map((r) => r.findings.find((f) => f.ruleId === 'expression-error')?.message ?? '')
    expect(budgetMessages.slice(0, 2).every((m) => /^Evaluating this template took more than 2,000,000 steps/.test(m))).toBe(true)
    for (const m of budgetMessages.slice(2)) expect(m).toMatch(/^Evaluating the templates of this run took more than 5,000,000 steps in all, the linter's limit for one run, before this template was done \(lint it on its own to check it\)/)
    for (const r of report.results) {
      expect(r.pec).toBe('unknown')
      expect(r.findings.filter((f) => f.level === 'error')).toEqual([])
    }
  })

  it('real-sized runs never reach it: a good template after a busy one is still checked in full', async () => {
    const tree = tmpTree({ 'a-busy.json': busyTemplate(), 'good.json': parameterizedTemplate(), 'good.parameters.json': goodParameters() })
    cleanups.push(tree.cleanup)
    const report = await lint(['.'], { cwd: tree.dir, automationPrincipalId: AUTOMATION })
    expect(report.results.find((r) => r.template === 'good.json')!.pec).toBe('ok')
  })
})
