/** The REST client, loaded only when a run talks to GitHub (PR comment, changed files). */
import type { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>

export async function createOctokit(token: string, apiUrl: string): Promise<Octokit> {
  const github = await import('@actions/github')
  // No retries: a comment that cannot be posted becomes a notice, and the run should not hang on it.
  return github.getOctokit(token, { baseUrl: apiUrl, request: { retries: 0 } })
}

/** A short, token-free reason for a failed GitHub API call. */
export function describeApiError(error: unknown): string {
  const status = (error as { status?: unknown })?.status
  if (status === 403 || status === 401) {
    return `HTTP ${status}: the token cannot do this (a read-only GITHUB_TOKEN, a fork, or missing \`permissions: pull-requests: write\`)`
  }
  if (status === 404) return 'HTTP 404: pull request or comment not found, or the token cannot see the repository'
  if (typeof status === 'number') return `HTTP ${status}`
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.slice(0, 200)
}
