/**
 * Everything that comes from files or Azure (offer names, display names, messages, Azure error text) passes through
 * here before it reaches markdown (job summary, PR comment), so a template cannot inject markdown, HTML, links,
 * images, tables or @-mentions into a page people trust.
 */

/**
 * Characters that start inline markdown anywhere in a line (emphasis, code, links, images, tables, strikethrough, and
 * `$` math, whose `\color` / `\text` can draw convincing fake text).
 */
const INLINE_SPECIALS = /[\\`*_[\]|~!$]/g
/** Characters that only matter at the start of a line (headings, lists, quotes, setext underlines). */
const LEADING_SPECIAL = /^(\s*)([#+=>-]|\d+[.)])/

/**
 * Escape text for one line of GitHub-flavoured markdown, including a table cell.
 * Newlines collapse to a space: a raw newline ends a table row and could start a new block.
 */
export function escapeMarkdown(text: unknown): string {
  const oneLine = oneLineText(text)
  return (
    oneLine
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(INLINE_SPECIALS, (c) => `\\${c}`)
      .replace(LEADING_SPECIAL, (_m, space: string, mark: string) => `${space}\\${mark}`)
      // An entity would be decoded back to "@" before GitHub looks for mentions; a zero-width space is not.
      .replace(/@/g, '@\u200b')
      // GitHub autolinks bare URLs and "#123" / "owner/repo#123" references (which notify the subscribers).
      .replace(/:\/\//g, ':/\u200b/')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
      .replace(/#(?=\d)/g, '#\u200b')
      .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`)
  )
}

/**
 * Newlines and line separators become a space; control characters (C0, DEL, C1, ESC of terminal sequences) and
 * bidirectional overrides (which make text display in another order than it reads) are removed.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Text from files on one line, for any output a person or a runner reads line by line: markdown (via
 * escapeMarkdown) and the CLI's text report, where a raw newline followed by `::add-mask::…` or `::error::…` would be
 * run as a workflow command by the step that prints it.
 */
export function oneLineText(text: unknown): string {
  return String(text ?? '')
    .replace(/\r\n?|\n|\u2028|\u2029|\u0085/g, ' ')
    .replace(HIDDEN, '')
}

/**
 * A line the GitHub runner reads as text, never as a workflow command. The runner scans every line a step prints
 * (stdout and stderr) and runs it as a command when, after trimming leading whitespace, it starts with `::`
 * (`::error::…`, `::add-mask::…`, `::stop-commands::…`), or when it holds the legacy `##[command]` form anywhere
 * (actions/runner, ActionCommand.TryParseV2 / TryParse). A zero-width space inside each breaks both forms and leaves the
 * text as it reads. Apply to whole lines: the check is about where a line starts.
 */
export function inertLine(line: string): string {
  let out = line
  if (out.includes('##[')) out = out.replace(/##\[/g, '##\u200b[')
  // Whitespace, control or invisible format characters before the `::` may be trimmed or unseen: look past them.
  return COMMAND_START.test(out) ? out.replace(COMMAND_START, '$1:\u200b:') : out
}

const COMMAND_START = /^([\s\p{Cc}\p{Cf}]*)::/u

/**
 * JSON text that stays inert when a step prints it (`lighthouse-pec lint --format json`, `echo` of the `findings`
 * output): `##[` can only occur inside a JSON string, where `\u005b` is the same `[` to every parser.
 */
export function inertJson(json: string): string {
  return json.includes('##[') ? json.replace(/##\[/g, '##\\u005b') : json
}

/**
 * The one channel for untrusted text (files, Azure, Microsoft Graph) on its way to the log: a single inert line.
 * The action's logger (src/action/log.ts) and the CLI's messages go through it.
 */
export function logLine(text: unknown): string {
  return inertLine(oneLineText(text))
}

/**
 * A path segment for a markdown link target: encodeURIComponent leaves `( ) ! * ' ~` alone, and an unbalanced `)`
 * ends the link early, letting the rest of a crafted file name render as markdown.
 */
export function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()!*'~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Cut text to at most `max` characters, marking the cut, so one huge message cannot crowd out everything else. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
}
