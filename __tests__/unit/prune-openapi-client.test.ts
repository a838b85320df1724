/**
 * scripts/prune-openapi-client.mjs: the copy of @alicloud/openapi-client the bundle loads lacks only the request
 * paths behind callApi, which eci-client.ts overrides, and builds the same Client.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../test-support/action-metadata.js';

interface PruneResult {
  text: string;
  cutMembers: string[];
  cutRequires: string[];
  keptMembers: string[];
}
interface Pruner {
  REQUEST_PATHS: string[];
  pruneOpenApiClient(options: { source: string; out?: string; version?: string }): PruneResult;
  pruneForAction(options: { root?: string; out?: string }): PruneResult;
  overridesCallApi(text: string): boolean;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK modules are loaded untyped */
type Module = Record<string, any>;

const pruner = (await import(
  fileURLToPath(new URL('scripts/prune-openapi-client.mjs', `file://${PROJECT_ROOT}/`))
)) as Pruner;
const read = (path: string): string => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const official = read('node_modules/@alicloud/openapi-client/dist/client.js');

// Inside the project, so that the copy's requires resolve from node_modules.
const dir = join(PROJECT_ROOT, '.bundle-tmp', `test-openapi-${process.pid}`);
const out = join(dir, 'openapi-client.cjs');
let result: PruneResult;
let full: Module;
let pruned: Module;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  result = pruner.pruneForAction({ root: PROJECT_ROOT, out });
  full = (await import('@alicloud/openapi-client')) as Module;
  pruned = (await import(out)) as Module;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONFIG = {
  accessKeyId: 'id',
  accessKeySecret: 'secret',
  regionId: 'cn-hangzhou',
  endpoint: 'eci.cn-hangzhou.aliyuncs.com',
  protocol: 'https',
  readTimeout: 1000,
  connectTimeout: 500,
  userAgent: 'test'
};

describe('the pruned openapi-client', () => {
  it('says where it comes from, and is a fraction of the official file', () => {
    const version = JSON.parse(read('node_modules/@alicloud/openapi-client/package.json')).version as string;
    expect(result.text.split('\n')[0]).toBe(
      `// Generated from @alicloud/openapi-client ${version} (dist/client.js) by scripts/prune-openapi-client.mjs; do not edit.`
    );
    expect(result.text.length).toBeLessThan(official.length / 3);
  });

  it('exports what the official one exports, with the same models', () => {
    const exported = (module: Module): string[] => Object.keys(module.default ?? module).sort();
    const fullModule = full.default ?? full;
    const prunedModule = pruned.default ?? pruned;
    expect(exported(pruned)).toEqual(exported(full));
    for (const model of ['Config', 'GlobalParameters', 'OpenApiRequest', 'Params']) {
      expect(prunedModule[model].names()).toEqual(fullModule[model].names());
      expect(Object.keys(prunedModule[model].types())).toEqual(Object.keys(fullModule[model].types()));
    }
  });

  it('lacks exactly the request paths, and every other Client member is kept', () => {
    const members = (module: Module): string[] =>
      Object.getOwnPropertyNames((module.default ?? module).default.prototype).sort();
    expect(result.cutMembers.sort()).toEqual([...pruner.REQUEST_PATHS].sort());
    expect(members(pruned)).toEqual(members(full).filter((name) => !pruner.REQUEST_PATHS.includes(name)));
    expect(result.cutRequires.sort()).toEqual(['@alicloud/gateway-spi', '@alicloud/openapi-util', '@alicloud/tea-xml']);
  });

  it('builds the same Client from the same Config', async () => {
    const build = (module: Module): Module => {
      const { default: Client, Config } = module.default ?? module;
      return new Client(new Config(CONFIG));
    };
    const [a, b] = [build(pruned), build(full)];
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const key of Object.keys(b).filter((name) => name !== '_credential')) expect(a[key]).toEqual(b[key]);
    expect(a.getUserAgent()).toBe(b.getUserAgent());
    expect(await a.getAccessKeyId()).toBe(await b.getAccessKeyId());
  });

  it('is right to cut callApi: eci-client.ts overrides it without calling super', () => {
    expect(pruner.overridesCallApi(read('src/eci/eci-client.ts'))).toBe(true);
    expect(pruner.overridesCallApi('class A extends B { override async callApi() { return super.callApi(); } }')).toBe(
      false
    );
    expect(pruner.overridesCallApi('class A extends B { async callApi() { return 1; } }')).toBe(false);
  });

  it('throws when the file is not shaped as expected', () => {
    expect(() => pruner.pruneOpenApiClient({ source: 'class Other {}' })).toThrow(/no `class Client`/);
    expect(() => pruner.pruneOpenApiClient({ source: official.replace('async doRequest(', 'async doOther(') })).toThrow(
      /has no doRequest/
    );
    expect(() =>
      pruner.pruneOpenApiClient({ source: official.replace('getUserAgent() {', 'getUserAgent() { this.execute();') })
    ).toThrow(/keeps use execute/);
  });
});
