/** A mistake in how the tool was called (bad flag, missing path): the CLI exits 2, the action fails with the message. */
export class UsageError extends Error {
  override name = 'UsageError'
}
