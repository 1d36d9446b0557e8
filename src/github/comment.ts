/**
 * The sticky PR comment: find ours by the hidden marker and its author, update it in place, else create it, so a PR
 * carries exactly one comment from this action however many times it runs.
 */
import { whoAmI, writtenBy, type Octokit } from './octokit.js'

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
 * Ours: the marker, written by the login we post as (whoAmI), so neither a person pasting the marker nor another bot
 * quoting it ever has their comment edited; when the login cannot be known, written by a bot.
 */
export function findSticky(comments: CommentLike[], marker: string, login: string | null): CommentLike | undefined {
  const ours = comments.filter((c) => (c.body ?? '').includes(marker) && writtenBy(c.user, login))
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
  const existing = findSticky(comments, target.marker, await whoAmI(octokit))
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
