import http, { type IncomingMessage, type ServerResponse } from 'node:http';

/** Sends `request` on to `target` as it came (method, headers, body) and its answer back to `response`. */
export function forwardRequest(
  request: IncomingMessage,
  response: ServerResponse,
  target: { host: string; port: number | string; path: string }
): void {
  const upstream = http.request({ ...target, method: request.method, headers: request.headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', () => response.destroy());
  request.pipe(upstream);
}
