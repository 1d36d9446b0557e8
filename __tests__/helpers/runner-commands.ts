/**
 * Which lines of a step's output the GitHub runner would run as workflow commands, parsed as the runner does
 * (actions/runner src/Runner.Common/ActionCommand.cs): each line is tried as `::name props::data` after .NET's
 * TrimStart() (Unicode whitespace), then as the legacy `##[name props]data` anywhere in the line. Lines split on \n,
 * \r and \r\n (StreamReader.ReadLine).
 */
export interface RunnerCommand {
  name: string
  /** Raw command info (name and properties), as written. */
  info: string
  data: string
  line: string
}

/** .NET Char.IsWhiteSpace: Unicode White_Space, which includes U+0085 (JS \s does not). */
const DOTNET_WHITESPACE = /^[\s\u0085]*/

export function runnerCommands(output: string): RunnerCommand[] {
  const out: RunnerCommand[] = []
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(DOTNET_WHITESPACE, '')
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2)
      if (end >= 0) {
        const info = trimmed.slice(2, end)
        out.push({ name: info.split(' ')[0]!.toLowerCase(), info, data: trimmed.slice(end + 2), line })
        continue
      }
    }
    const at = line.indexOf('##[')
    if (at >= 0) {
      const close = line.indexOf(']', at)
      if (close >= 0) {
        const info = line.slice(at + 3, close)
        out.push({ name: info.split(' ')[0]!.toLowerCase(), info, data: line.slice(close + 1), line })
      }
    }
  }
  return out
}

/**
 * The commands the runner would act on, modelling `::stop-commands::TOKEN` as the runner does
 * (ActionCommandManager.TryProcessCommand): after it, every command is ignored until one named TOKEN resumes. The stop
 * and resume lines themselves are not listed.
 */
export function activeCommands(output: string): RunnerCommand[] {
  const out: RunnerCommand[] = []
  let stopToken: string | null = null
  for (const command of runnerCommands(output)) {
    if (stopToken !== null) {
      if (command.name === stopToken.toLowerCase()) stopToken = null
      continue
    }
    if (command.name === 'stop-commands') stopToken = command.data
    else out.push(command)
  }
  return out
}
