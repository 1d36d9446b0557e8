/**
 * What a run found but did not lint, and why: nothing is skipped silently. Reporters show the counts (JSON `skipped`,
 * the job summary, the CLI's text); the paths are listed for the reasons a person should look at.
 */
import type { Refusal } from '../../shared/fs-boundary.js'

/** Stable names (the JSON output's `skipped.reasons` keys); new reasons may be added, none renamed. */
export type SkipReason =
  /** Found by a search, but not an ARM template (no deployment `$schema`, `resources` or policy rule): package.json. */
  | 'not-arm-template'
  /** An ARM template without a Microsoft.ManagedServices resource (most never mention it and are not even parsed). */
  | 'no-lighthouse-resource'
  /** A parameters file no template pairs with, or a file whose `$schema` says it holds parameters. */
  | 'parameters-file'
  /** Left out by only-changed: the pull request does not change it (not read). */
  | 'unchanged'
  /** Its real path leaves the workspace (a symbolic link, or a folder that is one). */
  | 'outside-workspace'
  /** A symbolic link to a folder: searches never enter one. */
  | 'symlinked-folder'
  /** A FIFO, device or socket: never opened for reading. */
  | 'not-regular-file'
  /** Could not be read (permissions, over the size limit, gone). */
  | 'unreadable'

/** Reasons whose paths are listed (they need a person's eye); the others are only counted. */
const LISTED: ReadonlySet<SkipReason> = new Set<SkipReason>(['outside-workspace', 'symlinked-folder', 'not-regular-file', 'unreadable'])
/** At most this many paths are listed: the counts have everything. */
const MAX_LISTED = 100

export interface SkippedFiles {
  count: number
  reasons: Partial<Record<SkipReason, number>>
  /** Paths (relative to the working directory) for the reasons worth a look, at most 100. */
  files: Array<{ file: string; reason: SkipReason }>
}

export class SkipLedger {
  private readonly entries = new Map<string, { file: string; reason: SkipReason }>()

  /** One entry per `key` (the file by default): a template met again for its next parameters file counts once. */
  add(reason: SkipReason, file: string, key = file): void {
    if (!this.entries.has(key)) this.entries.set(key, { file, reason })
  }

  summary(relative: (file: string) => string): SkippedFiles {
    const reasons: Partial<Record<SkipReason, number>> = {}
    const files: SkippedFiles['files'] = []
    for (const { file, reason } of this.entries.values()) {
      reasons[reason] = (reasons[reason] ?? 0) + 1
      if (LISTED.has(reason) && files.length < MAX_LISTED) files.push({ file: relative(file), reason })
    }
    return { count: this.entries.size, reasons, files }
  }
}

export function skipReasonOf(refusal: Pick<Refusal, 'reason'>): SkipReason {
  switch (refusal.reason) {
    case 'outside':
      return 'outside-workspace'
    case 'not-regular':
      return 'not-regular-file'
    default:
      return 'unreadable'
  }
}

/** Words for a reason, for people (`3 outside the workspace`). */
export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  'not-arm-template': 'not ARM templates',
  'no-lighthouse-resource': 'without a Lighthouse resource',
  'parameters-file': 'parameters files without a template',
  unchanged: 'unchanged in the pull request',
  'outside-workspace': 'outside the workspace (symbolic links)',
  'symlinked-folder': 'symbolic links to folders (not followed)',
  'not-regular-file': 'not regular files',
  unreadable: 'unreadable'
}

/** `1,143 file(s) skipped: 1,100 without a Lighthouse resource, 43 not ARM templates` (largest first), or ''. */
export function describeSkips(skipped: SkippedFiles | undefined, omit: SkipReason[] = []): string {
  if (!skipped) return ''
  const parts = (Object.entries(skipped.reasons) as Array<[SkipReason, number]>)
    .filter(([reason, n]) => n > 0 && !omit.includes(reason))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  if (parts.length === 0) return ''
  const total = parts.reduce((sum, [, n]) => sum + n, 0)
  return `${total.toLocaleString('en-US')} file(s) skipped: ${parts.map(([reason, n]) => `${n.toLocaleString('en-US')} ${SKIP_REASON_TEXT[reason]}`).join(', ')}`
}
