/**
 * A local stand-in for the parts of the GitHub REST API the action uses, so tests (and the built dist/index.js run as a
 * child process) talk HTTP the way they would to api.github.com: PR files and issue comments with Link-header
 * pagination, comment create / update, and a read-only mode that answers writes with 403 like a fork's GITHUB_TOKEN.
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

export interface GitHubApiOptions {
  /** Files per pull request number. */
  prFiles?: Record<number, Array<{ filename: string; status?: string }>>
  /** Answer POST / PATCH with 403 (read-only token). */
  readOnly?: boolean
  /** The login comments are created as (GITHUB_TOKEN posts as github-actions[bot]). */
  login?: string
}

export class GitHubApiStandIn {
  readonly requests: RecordedRequest[] = []
  readonly comments = new Map<number, StoredComment[]>()
  prFiles: Record<number, Array<{ filename: string; status?: string }>>
  readOnly: boolean
  login: string
  private nextId = 1000
  private server: http.Server | null = null
  url = ''

  constructor(options: GitHubApiOptions = {}) {
    this.prFiles = options.prFiles ?? {}
    this.readOnly = options.readOnly ?? false
    this.login = options.login ?? 'github-actions[bot]'
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
