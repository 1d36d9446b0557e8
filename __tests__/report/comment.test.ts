import { describe, expect, it } from '@jest/globals'
import { COMMENT_CHAR_LIMIT, MARKER, renderComment } from '../../src/report/comment.js'
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
})
