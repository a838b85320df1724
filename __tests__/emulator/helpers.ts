/** Test helpers: a manual clock, raw and signed HTTP calls to the emulator, and the official SDK client. */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import Eci from '@alicloud/eci20180808';
import * as $OpenApi from '@alicloud/openapi-client';
import { canonicalQueryString, signRequest } from '../../emulator/acs3-signature.js';
import type { Emulator } from '../../emulator/server.js';
import { DEFAULT_OIDC_AUDIENCE, DEFAULT_OIDC_PROVIDER_ARN, DEFAULT_ROLE_ARN } from '../../emulator/sts-actions.js';
import { isoSeconds } from '../../emulator/time-format.js';

export class ManualClock {
  constructor(private nowMs: number = Date.now()) {}

  readonly now = (): number => this.nowMs;

  advance(ms: number): void {
    this.nowMs += ms;
  }
}

export interface HttpResult {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of many shapes, read in assertions
  json: any;
}

export function rawHttp(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json });
        });
      }
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

export interface ApiCall {
  action: string;
  version?: string;
  params?: Record<string, string>;
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  /** Sign with this x-acs-date (default: the clock's now, or the real now). */
  date?: string;
  nonce?: string;
  /** Skip the signature (anonymous actions). */
  anonymous?: boolean;
  clock?: ManualClock;
  /** Applied to the signed request, to tamper with it. */
  tamper?: (request: { query: string; headers: Record<string, string>; body: string }) => void;
  body?: string;
  contentType?: string;
}

const VERSIONS: Record<string, string> = {
  CommitContainer: '2018-08-08',
  DescribeCommitContainerTask: '2018-08-08',
  DescribeContainerGroups: '2018-08-08',
  AssumeRoleWithOIDC: '2015-04-01'
};

/** Where and as whom to call: an Emulator, or what cli.ts prints. */
export type EmulatorTarget = Pick<Emulator, 'url' | 'endpoint' | 'accessKeyId' | 'accessKeySecret'>;

/** Calls an action the way the SDK does (POST /, parameters in the query), signed with our own signer. */
export function callApi(emulator: EmulatorTarget, call: ApiCall): Promise<HttpResult> {
  const params = call.params ?? {};
  const query = canonicalQueryString(params);
  const body = call.body ?? '';
  const baseHeaders: Record<string, string> = {
    host: emulator.endpoint,
    'x-acs-action': call.action,
    'x-acs-version': call.version ?? VERSIONS[call.action] ?? '2018-08-08',
    ...(call.contentType ? { 'content-type': call.contentType } : {})
  };
  const headers = call.anonymous
    ? baseHeaders
    : signRequest({
        method: 'POST',
        path: '/',
        query: params,
        headers: baseHeaders,
        body,
        accessKeyId: call.accessKeyId ?? emulator.accessKeyId,
        accessKeySecret: call.accessKeySecret ?? emulator.accessKeySecret,
        ...(call.securityToken !== undefined ? { securityToken: call.securityToken } : {}),
        ...(call.nonce !== undefined ? { nonce: call.nonce } : {}),
        date: call.date ?? isoSeconds(call.clock?.now() ?? Date.now())
      });
  const outgoing = { query, headers, body };
  call.tamper?.(outgoing);
  return rawHttp(`${emulator.url}/?${outgoing.query}`, {
    method: 'POST',
    headers: outgoing.headers,
    body: outgoing.body
  });
}

/** AssumeRoleWithOIDC, anonymous, for the default role and provider with a fresh GitHub token; `params` override. */
export function assumeRole(
  emulator: EmulatorTarget & Pick<Emulator, 'mintGithubOidcToken'>,
  params: Record<string, string> = {}
): Promise<HttpResult> {
  return callApi(emulator, {
    action: 'AssumeRoleWithOIDC',
    anonymous: true,
    params: {
      RoleArn: DEFAULT_ROLE_ARN,
      OIDCProviderArn: DEFAULT_OIDC_PROVIDER_ARN,
      OIDCToken: emulator.mintGithubOidcToken(DEFAULT_OIDC_AUDIENCE),
      RoleSessionName: 'github-actions',
      ...params
    }
  });
}

export const COMMIT_PARAMS = {
  RegionId: 'cn-hangzhou',
  ContainerGroupId: 'eci-emulator0000000001',
  ContainerName: 'app',
  'Image.Repository': 'registry-vpc.cn-hangzhou.aliyuncs.com/emulator/app',
  'Image.Tag': 'v1'
} as const;

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK interop boundary: untyped CommonJS exports */
// The SDK is CommonJS with an __esModule default export; under ts-jest ESM the class is on `.default`.
const EciClient: any = (Eci as any).default ?? Eci;
const OpenApi: any = ($OpenApi as any).default ?? $OpenApi;

/** The SDK's request model classes (CommitContainerRequest, ...), found on the module object either way. */
export const EciModels: any = (Eci as any).CommitContainerRequest ? Eci : (Eci as any).default;

export function sdkClient(
  emulator: Emulator,
  credentials?: { accessKeyId: string; accessKeySecret: string; securityToken?: string }
): any {
  return new EciClient(
    new OpenApi.Config({
      accessKeyId: credentials?.accessKeyId ?? emulator.accessKeyId,
      accessKeySecret: credentials?.accessKeySecret ?? emulator.accessKeySecret,
      ...(credentials?.securityToken ? { securityToken: credentials.securityToken } : {}),
      endpoint: emulator.endpoint,
      protocol: 'http',
      regionId: 'cn-hangzhou'
    })
  );
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Resolves with the SDK's error (it rejects on 4xx/5xx). */
export async function sdkError(
  promise: Promise<unknown>
): Promise<{ code: string; message: string; data?: { statusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; data?: { statusCode?: number } };
  }
  throw new Error('expected the SDK call to fail');
}
