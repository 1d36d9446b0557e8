/**
 * A local stand-in for the parts of the GitHub REST API the action uses, so tests (and the built dist/index.js run as a
 * child process) talk HTTP the way they would to api.github.com: PR files and issue comments with Link-header
 * pagination, comment create / update, pull request review comments (list / create with line, start_line and side,
 * validated against the PR files' patches as GitHub does / update / delete), GraphQL's `viewer { login }`, and a
 * read-only mode that answers writes with 403 like a fork's GITHUB_TOKEN.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  authorization: string | undefined
  body: unknown
}

export interface StoredComment {
  id: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
  html_url: string
}

/** A pull request review comment, with the fields GitHub returns that the action reads. */
export interface StoredReviewComment {
  id: number
  body: string
  path: string
  line: number | null
  start_line: number | null
  side: 'LEFT' | 'RIGHT'
  start_side: 'LEFT' | 'RIGHT' | null
  original_line: number
  original_start_line: number | null
  commit_id: string
  original_commit_id: string
  in_reply_to_id?: number
  subject_type: 'line'
  user: { login: string; type: 'Bot' | 'User' }
  html_url: string
}

export interface PrFile {
  filename: string
  status?: string
  /** Unified diff hunks as the files API returns them (absent for binary or very large files). */
  patch?: string
}

export interface GitHubApiOptions {
  /** Files per pull request number. */
  prFiles?: Record<number, PrFile[]>
  /** Answer POST / PATCH with 403 (read-only token). */
  readOnly?: boolean
  /** The login comments are created as (GITHUB_TOKEN posts as github-actions[bot]). */
  login?: string
  /** Answer GraphQL's `viewer { login }` (as github.com does for installation tokens); false: 404 like a proxy. */
  graphql?: boolean
}

export class GitHubApiStandIn {
  readonly requests: RecordedRequest[] = []
  readonly comments = new Map<number, StoredComment[]>()
  readonly reviewComments = new Map<number, StoredReviewComment[]>()
  /** Head commit per pull request: a review comment on another commit is refused (422), as GitHub does. */
  readonly prHeads: Record<number, string> = {}
  prFiles: Record<number, PrFile[]>
  readOnly: boolean
  login: string
  graphql: boolean
  private nextId = 1000
  private server: http.Server | null = null
  url = ''

  constructor(options: GitHubApiOptions = {}) {
    this.prFiles = options.prFiles ?? {}
    this.readOnly = options.readOnly ?? false
    this.login = options.login ?? 'github-actions[bot]'
    this.graphql = options.graphql ?? true
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      let raw = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (raw += chunk))
      req.on('end', () => this.handle(req, res, raw))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
    this.server = null
  }

  /** Put a comment there as if someone else (or an earlier run) had written it. */
  seedComment(issue: number, body: string, user: StoredComment['user']): StoredComment {
    const c = { id: this.nextId++, body, user, html_url: `https://github.example/comment/${this.nextId}` }
    this.commentsOf(issue).push(c)
    return c
  }

  reviewCommentsOf(pr: number): StoredReviewComment[] {
    let list = this.reviewComments.get(pr)
    if (!list) this.reviewComments.set(pr, (list = []))
    return list
  }

  /** A review comment written by someone else (or an earlier run), anchored on the PR head's right side. */
  seedReviewComment(pr: number, fields: Pick<StoredReviewComment, 'body' | 'path' | 'line'> & Partial<StoredReviewComment>): StoredReviewComment {
    const c: StoredReviewComment = {
      id: this.nextId++,
      start_line: null,
      side: 'RIGHT',
      start_side: null,
      original_line: fields.line ?? 0,
      original_start_line: fields.start_line ?? null,
      commit_id: this.prHeads[pr] ?? 'head',
      original_commit_id: this.prHeads[pr] ?? 'head',
      subject_type: 'line',
      user: { login: this.login, type: 'Bot' },
      html_url: `https://github.example/pull/${pr}#discussion_r${this.nextId}`,
      ...fields
    }
    this.reviewCommentsOf(pr).push(c)
    return c
  }

  commentsOf(issue: number): StoredComment[] {
    let list = this.comments.get(issue)
    if (!list) this.comments.set(issue, (list = []))
    return list
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    let body: unknown = undefined
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
      }
    }
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body
    })
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(data))
    }
    const forbidden = () => send(403, { message: 'Resource not accessible by integration', status: '403' })
    if (!req.headers.authorization) return send(401, { message: 'Requires authentication' })

    let m: RegExpExecArray | null
    if (method === 'GET' && url.pathname === '/user') {
      // An installation token (GITHUB_TOKEN) cannot read /user.
      return forbidden()
    }
    if (method === 'POST' && url.pathname === '/graphql' && this.graphql) {
      // GraphQL's viewer is the token's bot for an installation token (not a write: read-only tokens answer too).
      const query = String((body as { query?: unknown })?.query ?? '')
      if (/\bviewer\s*\{\s*login\s*\}/.test(query)) return send(200, { data: { viewer: { login: this.login } } })
      return send(200, { errors: [{ message: 'Unsupported query in the stand-in' }] })
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname))) {
      const files = this.prFiles[Number(m[1])]
      if (!files) return send(404, { message: 'Not Found' })
      return this.paginated(url, files, send)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1])
      if (method === 'GET') return this.paginated(url, this.commentsOf(issue), send)
      if (method === 'POST') {
        if (this.readOnly) return forbidden()
        const text = (body as { body?: unknown })?.body
        if (typeof text !== 'string') return send(422, { message: 'body is required' })
        const c = this.seedComment(issue, text, { login: this.login, type: 'Bot' })
        return send(201, c)
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(url.pathname))) {
      const pr = Number(m[1])
      if (method === 'GET') return this.paginated(url, this.reviewCommentsOf(pr), send)
      if (method === 'POST') {
        if (this.readOnly) return forbidden()
        const problem = this.validateReviewComment(pr, body)
        if (problem) return send(422, { message: 'Validation Failed', errors: [problem], status: '422' })
        const b = body as Record<string, unknown>
        const line = b.line as number
        const startLine = typeof b.start_line === 'number' ? b.start_line : null
        const c = this.seedReviewComment(pr, {
          body: b.body as string,
          path: b.path as string,
          line,
          start_line: startLine,
          side: (b.side as 'LEFT' | 'RIGHT') ?? 'RIGHT',
          start_side: startLine === null ? null : ((b.start_side as 'LEFT' | 'RIGHT') ?? (b.side as 'LEFT' | 'RIGHT') ?? 'RIGHT'),
          original_line: line,
          original_start_line: startLine,
          commit_id: b.commit_id as string,
          original_commit_id: b.commit_id as string
        })
        return send(201, c)
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(url.pathname))) {
      const id = Number(m[1])
      let owner: StoredReviewComment[] | undefined
      let c: StoredReviewComment | undefined
      for (const list of this.reviewComments.values()) {
        const found = list.find((x) => x.id === id)
        if (found) [owner, c] = [list, found]
      }
      if (method === 'GET') return c ? send(200, c) : send(404, { message: 'Not Found' })
      if (method === 'PATCH' || method === 'DELETE') {
        if (this.readOnly) return forbidden()
        if (!c || !owner) return send(404, { message: 'Not Found' })
        if (c.user.login !== this.login) return forbidden()
        if (method === 'DELETE') {
          owner.splice(owner.indexOf(c), 1)
          res.writeHead(204)
          res.end()
          return
        }
        const text = (body as { body?: unknown })?.body
        if (typeof text !== 'string') return send(422, { message: 'body is required' })
        c.body = text
        return send(200, c)
      }
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      if (this.readOnly) return forbidden()
      const id = Number(m[1])
      const c = [...this.comments.values()].flat().find((x) => x.id === id)
      if (!c) return send(404, { message: 'Not Found' })
      if (c.user.login !== this.login) return forbidden()
      const text = (body as { body?: unknown })?.body
      if (typeof text !== 'string') return send(422, { message: 'body is required' })
      c.body = text
      return send(200, c)
    }
    return send(404, { message: 'Not Found' })
  }

  /**
   * What GitHub checks before it creates a review comment (REST docs, "Create a review comment for a pull request"):
   * body, commit_id, path and line are required; commit_id must be the PR's head; `line` (and `start_line`, which must
   * precede it in the same hunk) must be lines of the diff on the given side.
   */
  private validateReviewComment(pr: number, body: unknown): { resource: string; code: string; field: string; message: string } | null {
    const invalid = (field: string, message: string) => ({ resource: 'PullRequestReviewComment', code: 'invalid', field, message })
    const b = (body ?? {}) as Record<string, unknown>
    if (typeof b.body !== 'string' || b.body === '') return invalid('body', 'body is required')
    if (b.body.length > 65536) return invalid('body', 'body is too long (maximum is 65536 characters)')
    if (typeof b.commit_id !== 'string') return invalid('commit_id', 'commit_id is required')
    if (this.prHeads[pr] && b.commit_id !== this.prHeads[pr]) return invalid('commit_id', 'commit_id is not part of the pull request')
    if (typeof b.path !== 'string') return invalid('path', 'path is required')
    if (typeof b.line !== 'number') return invalid('line', 'line is required unless subject_type is file')
    const side = b.side ?? 'RIGHT'
    if (side !== 'LEFT' && side !== 'RIGHT') return invalid('side', "side must be 'LEFT' or 'RIGHT'")
    const file = (this.prFiles[pr] ?? []).find((f) => f.filename === b.path)
    if (!file || typeof file.patch !== 'string') return invalid('pull_request_review_thread.path', 'pull_request_review_thread.path could not be resolved')
    const hunks = diffHunks(file.patch, side)
    const hunkOf = (line: number) => hunks.findIndex((h) => h.has(line))
    const end = hunkOf(b.line)
    if (end === -1) return invalid('pull_request_review_thread.line', 'pull_request_review_thread.line must be part of the diff')
    if (b.start_line !== undefined && b.start_line !== null) {
      if (typeof b.start_line !== 'number' || b.start_line >= b.line) return invalid('pull_request_review_thread.start_line', 'pull_request_review_thread.start_line must precede the end line')
      const startSide = b.start_side ?? side
      if (startSide !== side) return invalid('pull_request_review_thread.start_side', 'start_side must match side here')
      if (hunkOf(b.start_line) !== end) return invalid('pull_request_review_thread.start_line', 'pull_request_review_thread.start_line must be part of the same hunk as the line')
    }
    return null
  }

  private paginated<T>(url: URL, items: T[], send: (s: number, d: unknown, h?: Record<string, string>) => void): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100)
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (p: number) => {
      const u = new URL(url.toString())
      u.searchParams.set('page', String(p))
      u.searchParams.set('per_page', String(perPage))
      return u.toString()
    }
    const links: string[] = []
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`)
    send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {})
  }
}

/** Line numbers of each hunk of a patch on one side: RIGHT (context and added lines) or LEFT (context and removed). */
function diffHunks(patch: string, side: 'LEFT' | 'RIGHT'): Array<Set<number>> {
  const hunks: Array<Set<number>> = []
  let current: Set<number> | null = null
  let left = 0
  let right = 0
  for (const raw of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw)
    if (header) {
      current = new Set()
      hunks.push(current)
      left = Number(header[1])
      right = Number(header[2])
      continue
    }
    if (!current || raw.startsWith('\\')) continue
    if (raw.startsWith('+')) {
      if (side === 'RIGHT') current.add(right)
      right++
    } else if (raw.startsWith('-')) {
      if (side === 'LEFT') current.add(left)
      left++
    } else {
      current.add(side === 'RIGHT' ? right : left)
      left++
      right++
    }
  }
  return hunks
}
