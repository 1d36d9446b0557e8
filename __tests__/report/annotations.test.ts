import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/lint/types.js'
import { ANNOTATION_MESSAGE_LIMIT, emitAnnotations, planAnnotations, prefixRankInfo, rankFindings, type RankInfo } from '../../src/report/annotations.js'

const f = (ruleId: string, level: Finding['level'], line = 1, file = 'a.json'): Finding => ({
  ruleId,
  level,
  message: `${ruleId} at ${line}`,
  file,
  line,
  column: 3
})

const rankInfo: RankInfo = {
  isPec: (id) => id.startsWith('pec-'),
  order: (id) => ['lighthouse-a', 'lighthouse-b', 'pec-x', 'pec-y'].indexOf(id)
}

describe('rankFindings', () => {
  it('orders by level, then PEC rules, then rule order, then input order', () => {
    const ranked = rankFindings(
      [f('lighthouse-b', 'error', 1), f('pec-y', 'warning', 2), f('lighthouse-a', 'error', 3), f('pec-y', 'error', 4), f('pec-x', 'error', 5), f('pec-x', 'error', 6)],
      rankInfo
    )
    expect(ranked.map((x) => `${x.ruleId}@${x.line}`)).toEqual([
      'pec-x@5',
      'pec-x@6',
      'pec-y@4',
      'lighthouse-a@3',
      'lighthouse-b@1',
      'pec-y@2'
    ])
  })
})

describe('planAnnotations', () => {
  it('keeps 10 per level, PEC errors surviving a flood of other errors, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => f('lighthouse-a', 'error', i + 1)),
      f('pec-x', 'error', 99),
      ...Array.from({ length: 12 }, (_, i) => f('lighthouse-b', 'warning', i + 1)),
      f('lighthouse-b', 'note', 1)
    ]
    const plan = planAnnotations(findings, { workspace: '/ws', rankInfo })
    const errors = plan.emit.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[0]).toMatchObject({ title: 'pec-x', startLine: 99 })
    expect(plan.emit.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(plan.emit.filter((a) => a.level === 'note')).toHaveLength(1)
    expect(plan.omitted).toEqual({ error: 6, warning: 2, note: 0 })
  })

  it('puts `first` annotations ahead of lint findings within the budget', () => {
    const plan = planAnnotations(Array.from({ length: 10 }, (_, i) => f('pec-x', 'error', i + 1)), {
      workspace: '/ws',
      rankInfo: prefixRankInfo,
      first: [{ level: 'error', title: 'Deployment failed: sub', message: 'boom' }]
    })
    expect(plan.emit[0]!.title).toBe('Deployment failed: sub')
    expect(plan.omitted.error).toBe(1)
  })

  it('makes paths workspace-relative with forward slashes', () => {
    const plan = planAnnotations([f('pec-x', 'error', 1, '/ws/dir/t.json'), f('pec-x', 'error', 2, 'other/t.json')], {
      workspace: '/ws',
      rankInfo
    })
    expect(plan.emit.map((a) => a.file)).toEqual(['dir/t.json', 'other/t.json'])
  })
})

describe('emitAnnotations', () => {
  it('sends each level to its command with file, line, column and rule ID as title', () => {
    const calls: Array<[string, string, object]> = []
    const sink = {
      error: (m: string, p: object) => calls.push(['error', m, p]),
      warning: (m: string, p: object) => calls.push(['warning', m, p]),
      notice: (m: string, p: object) => calls.push(['notice', m, p])
    }
    emitAnnotations(planAnnotations([f('pec-x', 'error', 7), f('lighthouse-a', 'note', 8)], { workspace: '/ws', rankInfo }), sink)
    expect(calls).toEqual([
      ['error', 'pec-x at 7', { title: 'pec-x', file: 'a.json', startLine: 7, startColumn: 3 }],
      ['notice', 'lighthouse-a at 8', { title: 'lighthouse-a', file: 'a.json', startLine: 8, startColumn: 3 }]
    ])
  })

  it('clips a huge message and keeps one error slot when asked to reserve it', () => {
    const messages: string[] = []
    const sink = { error: (m: string) => messages.push(m), warning: () => {}, notice: () => {} }
    const huge = { ...f('pec-x', 'error', 1), message: 'x'.repeat(3 * 1024 * 1024) }
    const plan = planAnnotations([huge, ...Array.from({ length: 12 }, (_, i) => f('pec-x', 'error', i + 2))], { workspace: '/ws', rankInfo, reserve: { error: 1 } })
    expect(plan.emit).toHaveLength(9)
    expect(plan.omitted.error).toBe(4)
    emitAnnotations(plan, sink)
    expect(messages[0]!.length).toBe(ANNOTATION_MESSAGE_LIMIT)
    expect(messages[0]!.endsWith('…')).toBe(true)
  })
})
