import { describe, expect, it } from '@jest/globals'
import { COMMENT_CHAR_LIMIT, MARKER, renderComment } from '../../src/report/comment.js'
import { cutBalanced } from '../../src/report/markdown.js'
import { ctx, finding, HOSTILE, lintReport, runReport } from './fixtures.js'

describe('renderComment', () => {
  it('starts with the hidden marker and the verdict, and folds the findings', () => {
    const body = renderComment(runReport(), ctx())
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body.indexOf('PEC per template')).toBeLessThan(body.indexOf('<details><summary>Findings (1)</summary>'))
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/42)')
  })

  it('escapes offer names and messages', () => {
    const body = renderComment(runReport({ lint: lintReport([finding({ message: HOSTILE })]) }), ctx())
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@octocat/)
  })

  it('stays under 65,536 characters with a pointer to the job summary', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding({ line: i + 1, message: 'long message '.repeat(20) }))
    const body = renderComment(runReport({ lint: lintReport(many) }), ctx())
    expect(body.length).toBeLessThanOrEqual(COMMENT_CHAR_LIMIT)
    expect(body).toMatch(/\d+ more finding\(s\) not shown here: see the \[job summary\]/)
    expect(body).toContain('</details>')
  })

  it('cuts even a pathological verdict section and keeps the marker', () => {
    const body = renderComment(runReport({ lint: lintReport([finding()], 3000) }), ctx(), 20_000)
    expect(body.length).toBeLessThanOrEqual(20_000)
    expect(body.startsWith(MARKER)).toBe(true)
  })

  it('closes a <details> that the hard cut lands inside, so the footer is not folded away', () => {
    const deployments = Array.from({ length: 20 }, (_, i) => ({
      target: `sub-${i}`, tenant: 't', subscription: `sub-${i}`, deploymentName: `lh-${i}`, status: 'what-if' as const, error: null, durationMs: 1000,
      changes: Array.from({ length: 40 }, (_, k) => ({ changeType: 'Create', resourceId: `/subscriptions/sub-${i}/providers/Microsoft.ManagedServices/registrationDefinitions/${k}`, details: [] }))
    }))
    const body = renderComment(runReport({ mode: 'what-if', deployments }), ctx(), 20_000)
    expect(body.length).toBeLessThanOrEqual(20_000)
    expect(body).toContain('…(cut)')
    expect(body.match(/<details\b/g)!.length).toBe(body.match(/<\/details>/g)!.length)
    expect(body.indexOf('…(cut)')).toBeGreaterThan(body.lastIndexOf('</details>'))
  })
})

describe('cutBalanced', () => {
  it('cuts at a line end and closes what it opened, within the budget', () => {
    const text = 'a\n<details><summary>x</summary>\n\nline one\nline two\n</details>\nafter'
    const cut = cutBalanced(text, 60)
    expect(cut.length).toBeLessThanOrEqual(60)
    expect(cut.endsWith('</details>')).toBe(true)
    expect(cut).not.toContain('line two')
    expect(cutBalanced(text, 1000)).toBe(text.slice(0, text.lastIndexOf('\n')))
  })
})
