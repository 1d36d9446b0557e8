/**
 * The action's one channel to the log. Text from files, Azure (offer names, ARM error messages, deployment operation
 * messages, role names) and Microsoft Graph (operation status, blob names) may hold newlines followed by workflow
 * commands (`::error …`, `::add-mask::…`, `::stop-commands::…`): each message becomes one inert line here
 * (`logLine`, src/report/escape.ts), so no call site has to remember. Annotations and `setFailed` go through
 * @actions/core, which escapes their newlines itself.
 */
import * as core from '@actions/core'
import { logLine } from '../report/escape.js'

export const log = {
  info: (message: string): void => core.info(logLine(message)),
  // Progress, not annotations: what matters reaches the ranked annotations through the step's results, and a stray
  // ::warning here would take one of GitHub's 10 slots from them.
  warning: (message: string): void => core.info(logLine(`Warning: ${message}`)),
  // core.debug escapes newlines already; one line keeps debug output as readable as the rest.
  debug: (message: string): void => core.debug(logLine(message)),
  setSecret: (secret: string): void => core.setSecret(secret)
}
