/**
 * The sticky PR comment: find ours by the hidden marker and its author, update it in place, else create it, so a PR
 * carries exactly one comment from this action however many times it runs.
 */
import type { Octokit } from './octokit.js'

export interface StickyTarget {
  owner: string
  repo: string
  issueNumber: number
  marker: string
}

interface CommentLike {
  id: number
  body?: string | null
  user?: { login?: string; type?: string } | null
}

/**
 * Who we post as. A PAT can read its own login; GITHUB_TOKEN (an installation token) cannot, and then the comment is
 * ours when a bot wrote it — a person pasting the marker into a comment never makes us edit theirs.
 */
async function ownLogin(octokit: Octokit): Promise<string | null> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return data.login ?? null
  } catch {
    return null
  }
}

export function findSticky(comments: CommentLike[], marker: string, login: string | null): CommentLike | undefined {
  const ours = comments.filter(
    (c) =>
      (c.body ?? '').includes(marker) && (login ? c.user?.login === login : c.user?.type === 'Bot')
  )
  return ours.find((c) => c.user?.login === 'github-actions[bot]') ?? ours[0]
}

export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyTarget,
  body: string
): Promise<{ action: 'created' | 'updated'; id: number; url: string | undefined }> {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })) as CommentLike[]
  const existing = findSticky(comments, target.marker, await ownLogin(octokit))
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body
    })
    return { action: 'updated', id: data.id, url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body
  })
  return { action: 'created', id: data.id, url: data.html_url }
}
