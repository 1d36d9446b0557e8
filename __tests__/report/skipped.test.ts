/** Nothing skipped silently: the job summary and the CLI's text say what a search found but did not lint, and why. */
import { describe, expect, it } from '@jest/globals'
import { describeSkips } from '../../src/lint/read/skips.js'
import { renderSummary } from '../../src/report/summary.js'
import { formatText } from '../../src/report/text.js'
import type { SkippedFiles } from '../../src/lint/read/skips.js'
import { ctx, finding, lintReport, runReport } from './fixtures.js'

const skipped: SkippedFiles = {
  count: 1206,
  reasons: { 'no-lighthouse-resource': 1100, 'not-arm-template': 100, unchanged: 3, 'outside-workspace': 1, 'symlinked-folder': 2 },
  files: [
    { file: 'templates/[evil](https://evil.example)@octocat.json', reason: 'outside-workspace' },
    { file: 'templates/root', reason: 'symlinked-folder' },
    { file: 'templates/other', reason: 'symlinked-folder' }
  ]
}

describe('describeSkips', () => {
  it('counts by reason, largest first, in words', () => {
    expect(describeSkips(skipped)).toBe(
      '1,206 file(s) skipped: 1,100 without a Lighthouse resource, 100 not ARM templates, 3 unchanged in the pull request, 2 symbolic links to folders (not followed), 1 outside the workspace (symbolic links)'
    )
    expect(describeSkips(skipped, ['unchanged'])).toMatch(/^1,203 file\(s\) skipped: /)
    expect(describeSkips({ count: 0, reasons: {}, files: [] })).toBe('')
    expect(describeSkips(undefined)).toBe('')
  })
})

describe('in the job summary', () => {
  it('a line after the verdict, with the paths to look at, escaped', () => {
    const md = renderSummary(runReport({ lint: { ...lintReport([finding()]), skippedFiles: skipped } }), ctx())
    const verdictAt = md.indexOf('PEC per template')
    const skippedAt = md.indexOf('1,203 file(s) skipped: 1,100 without a Lighthouse resource')
    expect(skippedAt).toBeGreaterThan(verdictAt)
    expect(md).toContain('- templates/root: symbolic links to folders (not followed)')
    expect(md).not.toContain('](https://evil.example)')
    expect(md).not.toMatch(/@octocat/)
  })

  it('nothing when nothing was skipped', () => {
    expect(renderSummary(runReport(), ctx())).not.toContain('skipped')
  })
})

describe('in the CLI text', () => {
  it('the counts and the listed paths close the report', () => {
    const text = formatText({ ...lintReport([]), skippedFiles: skipped }, { color: false })
    expect(text).toMatch(/1,206 file\(s\) skipped: .*\n {2}skipped templates\/\[evil\]\(https:\/\/evil\.example\)@octocat\.json: outside-workspace\n/)
  })
})
