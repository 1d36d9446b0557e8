/** `lighthouse-pec init`: writes a clean onboarding (src/init/onboarding.ts) and its workflows, never over files. */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../lint/errors.js'
import { isGuid } from '../shared/ids.js'
import { oneLineText } from '../report/escape.js'
import { resolveAutomationRole } from '../fix/automation-role.js'
import { DEFAULT_AUTOMATION_DISPLAY_NAME } from '../fix/fixer.js'
import { FileRefusal, writeTextFile } from '../fix/files.js'
import { Boundary, writeRefusal } from '../shared/fs-boundary.js'
import { onboardingFiles } from '../init/onboarding.js'
import type { CliIo } from './run.js'

export const INIT_USAGE = `Usage: lighthouse-pec init --managing-tenant-id GUID --automation-principal-id GUID --offer-name NAME [options]

Writes an Azure Lighthouse onboarding template and parameters file that earn partner earned credit and lint clean
(lighthouse/onboarding.json, lighthouse/onboarding.parameters.json), and the workflows that lint it on pull requests
and deploy it on merge (.github/workflows/lighthouse-pec-lint.yml, lighthouse-pec-deploy.yml).

Options:
  --managing-tenant-id GUID       The partner (managing) tenant
  --automation-principal-id GUID  Object ID of the Provider Automation Account (a service principal in that tenant)
  --offer-name NAME               Offer name the customer sees
  --admin-group-id GUID           Security group granted Reader and the delegation delete role
                                  (without it, the automation account gets the delete role)
  --scope subscription|resource-group   What is delegated (default: subscription)
  --automation-role ROLE          PEC-eligible role of the automation account (default: Support Request Contributor)
  --out DIR                       Repository root to write into (default: .)
  --force                         Replace files that exist (never through a symbolic link)

Exit codes: 0 written, 2 usage error or files exist (nothing written).
`

export async function runInitCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        'managing-tenant-id': { type: 'string' },
        'automation-principal-id': { type: 'string' },
        'offer-name': { type: 'string' },
        'admin-group-id': { type: 'string' },
        scope: { type: 'string', default: 'subscription' },
        'automation-role': { type: 'string' },
        'automation-display-name': { type: 'string' },
        out: { type: 'string', default: '.' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${INIT_USAGE}`)
  }
  const { values } = parsed
  if (values.help) {
    io.stdout.write(INIT_USAGE)
    return 0
  }
  const guid = (flag: string, value: string | undefined, required: boolean): string | undefined => {
    if (value === undefined || value.trim() === '') {
      if (required) throw new UsageError(`--${flag} is required.\n\n${INIT_USAGE}`)
      return undefined
    }
    if (!isGuid(value.trim())) throw new UsageError(`--${flag} must be a GUID, not '${value}'.`)
    return value.trim().toLowerCase()
  }
  const managingTenantId = guid('managing-tenant-id', values['managing-tenant-id'], true)!
  const automationPrincipalId = guid('automation-principal-id', values['automation-principal-id'], true)!
  const adminGroupId = guid('admin-group-id', values['admin-group-id'], false)
  const offerName = oneLineText(values['offer-name'] ?? '').trim()
  if (!offerName) throw new UsageError(`--offer-name is required (the offer name your customers see).\n\n${INIT_USAGE}`)
  if (offerName.length > 200) throw new UsageError('--offer-name is longer than 200 characters.')
  const scope = values.scope!
  if (scope !== 'subscription' && scope !== 'resource-group') throw new UsageError(`--scope must be subscription or resource-group, not '${scope}'.`)
  if (adminGroupId && adminGroupId === automationPrincipalId) throw new UsageError('--admin-group-id must be a security group, not the automation principal.')
  const role = resolveAutomationRole(values['automation-role'])
  const automationDisplayName = oneLineText(values['automation-display-name'] ?? '').trim() || DEFAULT_AUTOMATION_DISPLAY_NAME

  const out = path.resolve(io.cwd, values.out!)
  if ((await fs.stat(out).catch(() => null))?.isFile()) {
    throw new UsageError(`--out ${oneLineText(values.out!)} is a file, not a folder: name the repository's folder. Nothing was written.`)
  }
  const files = onboardingFiles({
    managingTenantId,
    automationPrincipalId,
    automationRoleId: role.id,
    automationDisplayName,
    offerName,
    adminGroupId,
    scope,
    templatesDir: 'lighthouse'
  })
  // Decide before writing anything: either every file is written or none is touched.
  const existing: string[] = []
  for (const file of files) {
    if (await fs.lstat(path.join(out, file.path)).catch(() => null)) existing.push(file.path)
  }
  if (existing.length > 0 && !values.force) {
    throw new UsageError(`These files exist: ${existing.join(', ')}. Nothing was written; use --force to replace them.`)
  }
  const boundary = Boundary.create(io.cwd, [], [values.out!])
  // A folder that leads outside (a committed symlink) or a link in place of a file refuses the whole set up front.
  for (const file of files) {
    const target = path.join(out, file.path)
    const refusal = writeRefusal(boundary, target)
    if (refusal) throw new UsageError(`Could not write ${file.path}: ${refusal.detail.replace(/; it was not written$/, '')}. Nothing was written.`)
    if ((await fs.lstat(target).catch(() => null))?.isSymbolicLink()) throw new UsageError(`Could not write ${file.path}: ${file.path} is a symbolic link: not written. Nothing was written.`)
  }
  for (const file of files) {
    try {
      writeTextFile(boundary, path.join(out, file.path), file.content, { replace: values.force! })
    } catch (error) {
      throw new UsageError(`Could not write ${file.path}: ${error instanceof FileRefusal ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error))}.`)
    }
  }
  io.stdout.write(
    `Wrote ${files.length} files under ${out}:\n${files.map((f) => `  ${f.path}`).join('\n')}\n\n` +
      'Next: lint it (lighthouse-pec lint lighthouse --automation-principal-id ' +
      `${automationPrincipalId}), commit, and set the repository variables the workflows name.\n`
  )
  return 0
}
