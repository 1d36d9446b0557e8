/** Pure renderers of the PEC report for the job summary, the CSV file and the annotations. */
import type { PecReportEntry, PecResourceGroupEntry } from '../report/model.js'
import { escapeMarkdown } from '../report/escape.js'
import { worstFirst } from './reasons.js'

const money = (n: number): string => n.toFixed(2)
const percent = (r: number): string => `${Math.round(r * 1000) / 10}%`

function statusOf(e: PecReportEntry): NonNullable<PecReportEntry['status']> {
  return e.status ?? (e.reason ? 'lost' : 'pec')
}

const STATUS_LABEL: Record<NonNullable<PecReportEntry['status']>, string> = {
  lost: '❌ lost',
  pending: '⏳ pending',
  'no-usage': '➖ no usage',
  'not-eligible': '➖ not eligible',
  pec: '✅ PEC'
}

/**
 * The job summary table, worst first. Capped at `maxRows` because a job summary holds at most 1 MiB and a large
 * partner has thousands of subscriptions; the CSV always has them all.
 */
export function pecReportMarkdown(entries: PecReportEntry[], maxRows = 300): string {
  if (entries.length === 0) return '_No Azure usage in the export for the selected subscriptions._\n'
  const sorted = [...entries].sort(worstFirst)
  const rows = sorted.slice(0, maxRows).map((e) =>
    [
      STATUS_LABEL[statusOf(e)],
      escapeMarkdown(e.customerName ?? e.customerId),
      escapeMarkdown(e.subscriptionId),
      String(e.usageDays),
      String(e.pecDays),
      percent(e.pecRate),
      `${money(e.amountAtStake)}${e.currency ? ` ${escapeMarkdown(e.currency)}` : ''}`,
      escapeMarkdown(e.reason ?? '')
    ].join(' | ')
  )
  return [
    '| Status | Customer | Subscription | Usage days | PEC days | PEC rate | At stake (pre-tax) | Reason |',
    '|---|---|---|--:|--:|--:|--:|---|',
    ...rows.map((r) => `| ${r} |`)
  ].join('\n') + '\n' + (sorted.length > maxRows ? `\n_…and ${sorted.length - maxRows} more subscription(s), all in the CSV report._\n` : '') + resourceGroupSection(sorted, maxRows)
}

const GROUP_STATUS: Record<PecResourceGroupEntry['status'], string> = { lost: '❌ lost', pending: '⏳ pending', pec: '✅ PEC' }
const groupName = (g: PecResourceGroupEntry): string => g.resourceGroup ?? '(no resource group)'

/**
 * Where credit was lost in some resource groups and not in others: one row per resource group of those entries, within
 * the same row budget as the table above.
 */
function resourceGroupSection(sorted: PecReportEntry[], maxRows: number): string {
  const split = sorted.filter((e) => e.resourceGroups?.length)
  if (!split.length) return ''
  const rows: string[] = []
  let cut = 0
  for (const e of split) {
    for (const g of e.resourceGroups!) {
      if (rows.length >= maxRows) {
        cut++
        continue
      }
      rows.push(
        [
          escapeMarkdown(e.subscriptionId),
          escapeMarkdown(groupName(g)),
          GROUP_STATUS[g.status],
          `${money(g.amountAtStake)}${e.currency ? ` ${escapeMarkdown(e.currency)}` : ''}`,
          escapeMarkdown(g.reason ?? '')
        ].join(' | ')
      )
    }
    cut += e.resourceGroupsNotListed ?? 0
  }
  return [
    '',
    '#### Credit lost in some resource groups only',
    '',
    '| Subscription | Resource group | Status | At stake (pre-tax) | Reason |',
    '|---|---|---|--:|---|',
    ...rows.map((r) => `| ${r} |`)
  ].join('\n') + '\n' + (cut ? `\n_…and ${cut} more resource group(s), all in the CSV report._\n` : '')
}

/**
 * A text cell from the data, safe for spreadsheets: a leading = + - @ (or tab / CR, which some spreadsheets skip
 * before looking) would make it a formula. Numbers we format ourselves are left alone so negative amounts stay numbers.
 */
export function csvText(v: string | null | undefined): string {
  let s = v ?? ''
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return csvQuote(s)
}

/** RFC 4180: quote a field holding a quote, comma or line break, and double its quotes. */
function csvQuote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const CSV_HEADER = [
  'status',
  'customerId',
  'customerName',
  'subscriptionId',
  'usageDays',
  'pecDays',
  'pecRate',
  'amountAtStake',
  'currency',
  'reason',
  'daysWithoutPec',
  'amountPending',
  'resourceGroupsWithoutPec',
  'resourceGroupAmountsAtStake'
]

const lostGroups = (e: PecReportEntry): PecResourceGroupEntry[] => (e.resourceGroups ?? []).filter((g) => g.status === 'lost')

export function pecReportCsv(entries: PecReportEntry[]): string {
  const lines = [CSV_HEADER.join(',')]
  for (const e of [...entries].sort(worstFirst)) {
    lines.push(
      [
        csvText(statusOf(e)),
        csvText(e.customerId),
        csvText(e.customerName),
        csvText(e.subscriptionId),
        String(e.usageDays),
        String(e.pecDays),
        String(e.pecRate),
        String(e.amountAtStake),
        csvText(e.currency),
        csvText(e.reason),
        csvText((e.daysWithoutPec ?? []).join(' ')),
        String(e.amountPending ?? 0),
        // Resource group names hold no spaces: one cell of names, one of their amounts in the same order.
        csvText(lostGroups(e).map(groupName).join(' ')),
        csvText(lostGroups(e).map((g) => String(g.amountAtStake)).join(' '))
      ].join(',')
    )
  }
  return lines.join('\r\n') + '\r\n'
}

/** One annotation per subscription that lost credit (not for pending, ineligible or unused ones: nothing was lost). */
export function pecAnnotations(entries: PecReportEntry[]): { title: string; message: string }[] {
  return [...entries]
    .filter((e) => statusOf(e) === 'lost')
    .sort(worstFirst)
    .map((e) => {
      const days = e.daysWithoutPec?.length ? ` Days without PEC: ${e.daysWithoutPec.join(', ')}.` : ''
      return {
        title: `PEC missing on subscription ${e.subscriptionId}`,
        message:
          `${e.customerName ?? e.customerId}: PEC on ${e.pecDays} of ${e.usageDays} usage days; ` +
          `${money(e.amountAtStake)}${e.currency ? ` ${e.currency}` : ''} pre-tax without credit. ` +
          `Why: ${e.reason ?? 'unknown'}.${days}`
      }
    })
}
