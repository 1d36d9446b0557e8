import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The root of the git checkout that holds `dir` (the nearest folder with a `.git` entry, a folder or a worktree
 * file), or null. A pull request names its files relative to the repository, and the repository is not the
 * workspace when actions/checkout ran with `path:`.
 */
const roots = new Map<string, string | null>()

export function repoRootOf(dir: string): string | null {
  const seen: string[] = []
  let at = path.resolve(dir)
  let root: string | null | undefined
  for (;;) {
    root = roots.get(at)
    if (root !== undefined) break
    seen.push(at)
    if (existsSync(path.join(at, '.git'))) {
      root = at
      break
    }
    const parent = path.dirname(at)
    if (parent === at) {
      root = null
      break
    }
    at = parent
  }
  for (const d of seen) roots.set(d, root)
  return root
}

/** `file` relative to its repository root with forward slashes, or null outside a checkout. */
export function repoRelative(file: string): string | null {
  const root = repoRootOf(path.dirname(file))
  return root === null ? null : path.relative(root, file).split(path.sep).join('/')
}
