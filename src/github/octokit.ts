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

const logins = new WeakMap<object, Promise<string | null>>()

/**
 * The login this token posts as, so that only our own comments are ever edited or deleted. A personal token reads it
 * from /user; an installation token (GITHUB_TOKEN, a GitHub App's) cannot, but GraphQL's `viewer` names its bot
 * (`github-actions[bot]`). null when neither answers. Asked once per client.
 */
export function whoAmI(octokit: Octokit): Promise<string | null> {
  let known = logins.get(octokit)
  if (!known) logins.set(octokit, (known = lookUpLogin(octokit)))
  return known
}

async function lookUpLogin(octokit: Octokit): Promise<string | null> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    if (data.login) return data.login
  } catch {
    // An installation token: "Resource not accessible by integration".
  }
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
    const login = answer?.viewer?.login
    if (typeof login === 'string' && login) return login
  } catch {
    // No GraphQL (a proxy, an old GitHub Enterprise Server): the caller falls back to "written by a bot".
  }
  return null
}

/**
 * Whether a comment was written by us: by our login when it is known (a bot's with or without its `[bot]` suffix),
 * else by a bot (never a person who pasted the marker).
 */
export function writtenBy(user: { login?: string; type?: string } | null | undefined, login: string | null): boolean {
  if (login) return user?.login === login || user?.login === `${login}[bot]`
  return user?.type === 'Bot'
}
