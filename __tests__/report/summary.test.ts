import { describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
import { docsUrl } from '../../src/lint/rules/rule.js'
import { ctx, finding, HOSTILE, lintReport, runReport } from './fixtures.js'

describe('renderSummary', () => {
  it('puts the verdict before the findings, with PEC per template', () => {
    const md = renderSummary(runReport(), ctx())
    const verdictAt = md.indexOf('PEC per template')
    const findingsAt = md.indexOf('### Findings')
    expect(md.startsWith('## ❌')).toBe(true)
    expect(verdictAt).toBeGreaterThan(0)
    expect(findingsAt).toBeGreaterThan(verdictAt)
    expect(md).toMatch(/\| ❌ \| templates\/t0\.json \|/)
    expect(md).toMatch(/\| ✅ \| templates\/t1\.json \|/)
  })

  it('links every finding to its rule docs page and to the file at the commit', () => {
    const md = renderSummary(runReport(), ctx())
    expect(md).toContain(`[pec-automation-jit-only](${docsUrl('pec-automation-jit-only')})`)
    expect(md).toContain('(https://github.com/o/r/blob/abc123/templates/a.json#L12)')
  })

  it('escapes names and messages from files', () => {
    const md = renderSummary(runReport({ lint: lintReport([finding({ message: HOSTILE })]) }), ctx())
    expect(md).not.toContain('<img')
    expect(md).not.toMatch(/@octocat/)
    expect(md).not.toContain('](https://evil.example)')
  })

  it('says how many findings were not annotated and how many templates were skipped', () => {
    const md = renderSummary(runReport({ skippedTemplates: 3 }), ctx({ annotationsOmitted: { error: 4, warning: 0, note: 1 } }))
    expect(md).toContain('4 error(s), 1 note(s) not annotated')
    expect(md).toContain('3 template(s) skipped')
  })

  it('shows notices, the Partner ID and targets', () => {
    const md = renderSummary(
      runReport({
        mode: 'what-if',
        notices: ['`mode: deploy` does not deploy on pull_request events'],
        partner: { partnerId: '1234567', status: 'not-linked', linkedPartnerId: null, objectId: null, tenantId: null, message: 'Link it' },
        deployments: [
          {
            target: 'sub-1',
            tenant: 't',
            subscription: 'sub-1',
            deploymentName: 'd',
            status: 'what-if',
            error: null,
            durationMs: 1200,
            changes: [{ resourceId: `/x/${HOSTILE}`, changeType: 'Create' }]
          }
        ]
      }),
      ctx()
    )
    expect(md).toContain('does not deploy on pull\\_request')
    expect(md).toMatch(/❌ \[Partner ID\]\([^)]+\) 1234567: \*\*not-linked\*\*/)
    expect(md).toContain('| 🔍 | sub-1 | what-if | d | 1 Create | 1.2 s |')
    expect(md).not.toContain('<img')
  })

  it('lists failed live role checks first, escaped', () => {
    const md = renderSummary(
      runReport({
        roleChecks: [
          { roleDefinitionId: 'b', roleName: 'Contributor', builtIn: true, dataActions: [], ok: true, message: 'built-in, no DataActions' },
          { roleDefinitionId: 'c', roleName: '<i>Custom</i>', builtIn: false, dataActions: [], ok: false, message: 'custom role: not PEC-eligible' }
        ]
      }),
      ctx()
    )
    const section = md.slice(md.indexOf('### Automation roles'))
    expect(section.indexOf('❌ | &lt;i&gt;Custom&lt;/i&gt;')).toBeGreaterThan(0)
    expect(section.indexOf('❌')).toBeLessThan(section.indexOf('✅ | Contributor'))
  })

  it('stays under the byte limit and says how many findings were left out', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding({ line: i + 1, message: 'x'.repeat(300) }))
    const md = renderSummary(runReport({ lint: lintReport(many) }), ctx(), 200_000)
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(200_000)
    expect(md).toMatch(/\d+ more finding\(s\) did not fit/)
  })

  it('stays under the limit when the audit alone would exceed it, and says where the rest is', () => {
    const audit = Array.from({ length: 4000 }, (_, i) => ({ subscription: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, tenant: 't', offerName: `Offer ${i} `.repeat(10), pecOk: false, roles: [], fix: 'Add a permanent authorization for the automation account. '.repeat(3) }))
    const md = renderSummary(runReport({ mode: 'audit', audit }), ctx(), 200_000)
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(200_000)
    expect(md).toContain("cut at GitHub's 1 MiB job summary limit")
    expect(md.startsWith('## ')).toBe(true)
  })

  it('folds what-if details away before cutting anything', () => {
    const deployments = Array.from({ length: 300 }, (_, i) => ({
      target: `sub-${i}`, tenant: 't', subscription: `sub-${i}`, deploymentName: `lh-${i}`, status: 'what-if' as const, error: null, durationMs: 1000,
      changes: [{ changeType: 'Create', resourceId: `/subscriptions/sub-${i}/x`, details: Array.from({ length: 20 }, (_, k) => `detail ${k} `.repeat(20)) }]
    }))
    const md = renderSummary(runReport({ mode: 'what-if', deployments }), ctx(), 400_000)
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(400_000)
    expect(md).not.toContain('<details><summary>What-if')
    expect(md).toContain('sub-299')
    expect(md).not.toContain('…(cut')
  })
})
