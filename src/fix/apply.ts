/** Applying the fixes of one pass to one file's text: ESLint's rule — non-overlapping fixes, in order, each whole. */
import type { TextEdit } from '../lint/types.js'

export interface PendingFix {
  edits: TextEdit[]
}

/**
 * Applies to `text` (the file's text after any byte-order mark) every fix that overlaps no fix taken before it, in
 * order of position; a fix that touches one already taken waits for the next pass, computed on the new text.
 * Identical fixes (copy loops, one template linted with several parameters files) count once.
 */
export function applyNonOverlapping<T extends PendingFix>(text: string, fixes: T[]): { text: string; applied: T[] } {
  const unique = new Map<string, T>()
  for (const fix of fixes) {
    const key = JSON.stringify(fix.edits)
    if (!unique.has(key) && fix.edits.length > 0) unique.set(key, fix)
  }
  const ordered = [...unique.values()].sort((a, b) => start(a) - start(b) || end(a) - end(b))
  const applied: T[] = []
  let lastEnd = -1
  for (const fix of ordered) {
    if (start(fix) <= lastEnd || !withinText(fix, text.length) || overlapsItself(fix)) continue
    applied.push(fix)
    lastEnd = end(fix)
  }
  const edits = applied.flatMap((f) => f.edits).sort((a, b) => b.offset - a.offset)
  let out = text
  for (const e of edits) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length)
  return { text: out, applied }
}

function start(fix: PendingFix): number {
  return Math.min(...fix.edits.map((e) => e.offset))
}

function end(fix: PendingFix): number {
  return Math.max(...fix.edits.map((e) => e.offset + e.length))
}

function withinText(fix: PendingFix, length: number): boolean {
  return fix.edits.every((e) => e.offset >= 0 && e.length >= 0 && e.offset + e.length <= length)
}

function overlapsItself(fix: PendingFix): boolean {
  const edits = [...fix.edits].sort((a, b) => a.offset - b.offset)
  return edits.some((e, i) => i > 0 && e.offset < edits[i - 1]!.offset + edits[i - 1]!.length)
}
