/** The files a pull request changes, for `only-changed`. */
import type { Octokit } from './octokit.js'

/** GitHub's pulls/files endpoint stops at 3,000 files; past that the list cannot be trusted to be complete. */
export const PR_FILES_LIMIT = 3000

export interface ChangedFiles {
  /** Repository-relative paths of files that still exist at the PR head. */
  files: string[]
  complete: boolean
}

export async function listChangedFiles(
  octokit: Octokit,
  pr: { owner: string; repo: string; pullNumber: number }
): Promise<ChangedFiles> {
  const entries = (await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100
  })) as Array<{ filename: string; status?: string }>
  return {
    files: entries.filter((e) => e.status !== 'removed').map((e) => e.filename),
    complete: entries.length < PR_FILES_LIMIT
  }
}
