import { describe, expect, it } from '@jest/globals'
import { csvText, pecAnnotations, pecReportCsv, pecReportMarkdown } from '../../src/billing/render.js'
import type { PecReportEntry } from '../../src/report/model.js'

function entry(o: Partial<PecReportEntry>): PecReportEntry {
  return {
    customerId: 'c1',
    customerName: 'Fabrikam',
    subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001',
    usageDays: 10,
    pecDays: 10,
    pecRate: 1,
    amountAtStake: 0,
    currency: 'USD',
    reason: null,
    status: 'pec',
    ...o
  }
}

const lostSmall = entry({ subscriptionId: 's-small', pecDays: 8, pecRate: 0.8, amountAtStake: 12.5, reason: 'unexplained', status: 'lost' })
const lostBig = entry({ subscriptionId: 's-big', pecDays: 2, pecRate: 0.2, amountAtStake: 900, reason: 'no link', status: 'lost' })
const pending = entry({ subscriptionId: 's-pending', pecDays: 9, pecRate: 0.9, amountAtStake: 5000, reason: 'recent', status: 'pending' })
const ok = entry({ subscriptionId: 's-ok' })

describe('pecReportMarkdown', () => {
  it('lists the worst first: lost credit by money at stake, then pending, then fine', () => {
    const md = pecReportMarkdown([ok, pending, lostSmall, lostBig])
    const order = md.split('\n').slice(2, 6).map((r) => r.split(' | ')[2])
    expect(order).toEqual(['s-big', 's-small', 's-pending', 's-ok'])
    expect(md).toContain('| 900.00 USD |')
  })

  it('escapes every value from the data', () => {
    const md = pecReportMarkdown([
      entry({
        customerName: 'Evil | <img src=x> @admin [x](http://e) `code`\nnext',
        subscriptionId: 'sub|1',
        reason: 'see <b>|</b>',
        status: 'lost'
      })
    ])
    const row = md.split('\n')[2]
    // A table row has exactly 9 unescaped pipes (8 columns), whatever the data holds.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(9)
    expect(row).not.toMatch(/<img|<b>|@admin|\[x\]|`code`/)
    expect(md.split('\n')).toHaveLength(4)
  })

  it('caps the table and points to the CSV for the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => entry({ subscriptionId: `s-${i}`, amountAtStake: i, status: 'lost', reason: 'x' }))
    const md = pecReportMarkdown(many, 3)
    expect(md.split('\n').filter((l) => l.startsWith('| ❌'))).toHaveLength(3)
    expect(md).toContain('s-4')
    expect(md).not.toContain('s-1 ')
    expect(md).toMatch(/and 2 more subscription\(s\), all in the CSV report/)
  })

  it('says so when there is nothing', () => {
    expect(pecReportMarkdown([])).toMatch(/No Azure usage/)
  })
})

describe('pecReportCsv', () => {
  it('quotes per RFC 4180', () => {
    const csv = pecReportCsv([entry({ customerName: 'Contoso, "Ltd"\nEU', reason: null })])
    const [header, row, end] = csv.split('\r\n')
    expect(header.startsWith('status,customerId,customerName,subscriptionId,usageDays')).toBe(true)
    // A newline inside a quoted cell stays inside the record: CRLF ends records, the bare LF does not.
    expect(row).toContain('"Contoso, ""Ltd""\nEU"')
    expect(end).toBe('')
  })

  it.each(['=HYPERLINK("http://e")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd'])('neutralises a formula in %j', (v) => {
    expect(csvText(v).replace(/^"/, '')).toMatch(/^'/)
    const csv = pecReportCsv([entry({ customerName: v })])
    expect(csv).toContain(`'${v.replace(/"/g, '""')}`)
  })

  it('leaves negative amounts as numbers', () => {
    const csv = pecReportCsv([entry({ amountAtStake: -3.5, status: 'lost', reason: 'x' })])
    expect(csv.split('\r\n')[1]).toContain(',-3.5,')
  })
})

describe('pecAnnotations', () => {
  it('annotates only subscriptions that lost credit, worst first', () => {
    const a = pecAnnotations([ok, pending, lostSmall, lostBig])
    expect(a.map((x) => x.title)).toEqual(['PEC missing on subscription s-big', 'PEC missing on subscription s-small'])
    expect(a[0].message).toMatch(/PEC on 2 of 10 usage days; 900\.00 USD pre-tax without credit\. Why: no link\./)
  })
})
