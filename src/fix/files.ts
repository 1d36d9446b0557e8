/**
 * How `fix` and `init` touch files: through the project's file-system boundary (src/shared/fs-boundary.ts), like every
 * other read and write. On top of it, two rules of their own: a file that is a symbolic link is neither edited nor
 * replaced (the user's link stays as it was; say so instead), and a file that is not valid UTF-8 is not edited (its
 * bytes would change outside the fix).
 */
import { lstatSync } from 'node:fs'
import path from 'node:path'
import { BoundaryError, readRegularFile, writeFileInside, type Boundary } from '../shared/fs-boundary.js'

export class FileRefusal extends Error {
  override name = 'FileRefusal'
}

/** Fix offsets count in the linted text, whose size the reader caps at 32 MB. */
const EDIT_LIMIT = 32 * 1024 * 1024

/** The file's text exactly as stored (byte-order mark included), read inside the boundary. */
export function readTextForEdit(boundary: Boundary, file: string): string {
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new FileRefusal(`${file} is a symbolic link: not edited (edit the file it points to)`)
  }
  const outcome = readRegularFile(boundary, file, EDIT_LIMIT)
  if (!outcome.ok) throw new FileRefusal(`${file}: ${outcome.refusal.message}`)
  const text = outcome.buffer.toString('utf8')
  if (!Buffer.from(text, 'utf8').equals(outcome.buffer)) throw new FileRefusal(`${file} is not valid UTF-8: not edited, so no byte of it changes`)
  return text
}

/**
 * Writes `file` inside the boundary (a temporary file renamed into place, never through a link); `replace` allows an
 * existing regular file to be replaced. A symbolic link at `file` is refused rather than replaced.
 */
export function writeTextFile(boundary: Boundary, file: string, text: string, options: { replace: boolean }): void {
  const existing = lstatSync(file, { throwIfNoEntry: false })
  if (existing && !options.replace) throw new FileRefusal(`${file} exists`)
  if (existing?.isSymbolicLink()) throw new FileRefusal(`${file} is a symbolic link: not written`)
  try {
    writeFileInside(boundary, path.resolve(boundary.base, file), text)
  } catch (error) {
    if (error instanceof BoundaryError) throw new FileRefusal(error.message.replace(/\.$/, ''))
    throw error
  }
}
