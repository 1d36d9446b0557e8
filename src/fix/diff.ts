/** `--dry-run` output: a unified diff per changed file that `git apply` / `patch -p1` take from the working directory. */
import { createTwoFilesPatch } from 'diff'

export function unifiedDiff(relPath: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${relPath}`, `b/${relPath}`, before, after, '', '', { context: 3 })
  // jsdiff starts with a line of '=' signs; git's own header says which file the hunks are for.
  return patch.replace(/^=+\n/, `diff --git a/${relPath} b/${relPath}\n`).replace(/^(---|\+\+\+) (.*)\t$/gm, '$1 $2')
}
