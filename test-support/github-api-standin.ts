import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in got. */
export interface GitHubRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
}

/**
 * A stand-in for the GitHub REST API's issue comments (list, create, update), on loopback, for GITHUB_API_URL.
 * It records every request, and `refuse` makes it answer every request with 403 or 404 as GitHub does for a
 * token without `pull-requests: write` (or a fork's read-only token).
 */
export class GitHubApiStandIn {
  readonly requests: GitHubRequest[] = [];
  readonly comments: StoredComment[] = [];
  refuse?: 403 | 404;
  private nextId = 1000;
  private server?: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.refuse = undefined;
  }

  /** A comment someone else wrote, e.g. one that holds markup meant to break the page. */
  addComment(issue: number, body: string, login = 'someone'): StoredComment {
    const comment = { id: this.nextId++, issue, body, user: { login, type: 'User' } };
    this.comments.push(comment);
    return comment;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const url = new URL(request.url ?? '/', this.url);
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      ...(body !== undefined ? { body } : {})
    });
    const send = (status: number, payload: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(payload));
    };
    if (this.refuse) {
      return send(this.refuse, {
        message: this.refuse === 403 ? 'Resource not accessible by integration' : 'Not Found',
        documentation_url: 'https://docs.github.com/rest'
      });
    }
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const { body: commentBody } = (body ?? {}) as { body?: string };
    if (list && request.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const all = this.comments.filter((comment) => comment.issue === Number(list[1]));
      return send(200, all.slice((page - 1) * perPage, page * perPage));
    }
    if (list && request.method === 'POST' && typeof commentBody === 'string') {
      const comment = {
        id: this.nextId++,
        issue: Number(list[1]),
        body: commentBody,
        user: { login: 'github-actions[bot]', type: 'Bot' }
      };
      this.comments.push(comment);
      return send(201, comment);
    }
    if (one && request.method === 'PATCH' && typeof commentBody === 'string') {
      const comment = this.comments.find((candidate) => candidate.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = commentBody;
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  }
}
