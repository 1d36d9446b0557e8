/**
 * The only place `fix` and `init` touch files. Writes never follow a symbolic link: a new file is created exclusively
 * (O_EXCL fails on any existing entry, a dangling link included), and an existing one is replaced by writing a
 * temporary file beside it and renaming it over the target, which replaces a link rather than writing through it.
 *
 * Until the project-wide file-system boundary (issue 9) lands, these two functions stand in for it; they are the one
 * switch-over point.
 */
import { constants, promises as fs } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

export class FileRefusal extends Error {
  override name = 'FileRefusal'
}

/** The file's text exactly as stored, refusing links and what is not a regular UTF-8 file (editing would change bytes). */
export async function readTextForEdit(file: string): Promise<string> {
  const stat = await fs.lstat(file)
  if (stat.isSymbolicLink()) throw new FileRefusal(`${file} is a symbolic link: not edited (edit the file it points to)`)
  if (!stat.isFile()) throw new FileRefusal(`${file} is not a regular file: not edited`)
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    const bytes = await handle.readFile()
    const text = bytes.toString('utf8')
    if (!Buffer.from(text, 'utf8').equals(bytes)) throw new FileRefusal(`${file} is not valid UTF-8: not edited, so no byte of it changes`)
    return text
  } finally {
    await handle.close()
  }
}

/** Creates `file` (and its folders); `replace` allows an existing regular file to be replaced, never through a link. */
export async function writeTextFile(file: string, text: string, options: { replace: boolean }): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const existing = await fs.lstat(file).catch(() => null)
  if (!existing) {
    const handle = await fs.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644)
    try {
      await handle.writeFile(text, 'utf8')
    } finally {
      await handle.close()
    }
    return
  }
  if (!options.replace) throw new FileRefusal(`${file} exists`)
  if (existing.isSymbolicLink()) throw new FileRefusal(`${file} is a symbolic link: not written`)
  if (!existing.isFile()) throw new FileRefusal(`${file} is not a regular file: not written`)
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, existing.mode & 0o777)
  try {
    await handle.writeFile(text, 'utf8')
  } finally {
    await handle.close()
  }
  try {
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}
