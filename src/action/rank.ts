/** Annotation ranking from the rule registry: PEC rules first, then registry order. */
import { rules } from '../lint/rules/index.js'
import { prefixRankInfo, type RankInfo } from '../report/annotations.js'

export function ruleRankInfo(): RankInfo {
  const order = new Map(rules.map((r, i) => [r.meta.id, i]))
  const pec = new Set(rules.filter((r) => r.meta.category === 'pec').map((r) => r.meta.id))
  return {
    isPec: (id) => pec.has(id) || (!order.has(id) && prefixRankInfo.isPec(id)),
    order: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER
  }
}
