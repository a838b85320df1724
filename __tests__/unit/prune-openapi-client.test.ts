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
  requestPathsReachedBy(eciSource: string, members: string[]): string[];
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

  it('puts a method that throws in the place of each request path, and keeps every other member', async () => {
    const client = (module: Module): Module => (module.default ?? module).default;
    const members = (module: Module): string[] => Object.getOwnPropertyNames(client(module).prototype).sort();
    expect(result.cutMembers.sort()).toEqual([...pruner.REQUEST_PATHS].sort());
    expect(members(pruned)).toEqual(members(full));
    for (const name of pruner.REQUEST_PATHS) {
      await expect(client(pruned).prototype[name]()).rejects.toThrow(`openapi-client's ${name} is not in this bundle`);
      expect(result.text).not.toContain(client(full).prototype[name].toString().split('\n')[1]);
    }
    expect(result.cutRequires.sort()).toEqual(['@alicloud/gateway-spi', '@alicloud/openapi-util', '@alicloud/tea-xml']);
  });

  it.each([
    ['without keys, as EciClient builds it', CONFIG],
    ['with keys', { ...CONFIG, accessKeyId: 'id', accessKeySecret: 'secret' }]
  ])('builds the same Client from the same Config, %s', (_, config) => {
    const build = (module: Module): Module => {
      const { default: Client, Config } = module.default ?? module;
      return new Client(new Config(config));
    };
    const [a, b] = [build(pruned), build(full)];
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const key of Object.keys(b).filter((name) => name !== '_credential')) expect(a[key]).toEqual(b[key]);
    expect(a.getUserAgent()).toBe(b.getUserAgent());
  });

  it('is right about the ECI SDK: the methods the action runs reach the request paths only through callApi', () => {
    expect(
      pruner.requestPathsReachedBy(read('node_modules/@alicloud/eci20180808/dist/client.js'), [
        'constructor',
        'getEndpoint',
        'commitContainerWithOptions'
      ])
    ).toEqual([]);
    const older =
      'class Client { async aWithOptions(r) { return this.doRPCRequest("A", r); } b() { this.execute(); } }';
    expect(pruner.requestPathsReachedBy(older, ['aWithOptions'])).toEqual(['doRPCRequest']);
    expect(pruner.requestPathsReachedBy(older, ['b'])).toEqual(['execute']);
  });

  it('is right to cut callApi: eci-client.ts builds its client from a class that overrides it without super', () => {
    expect(pruner.overridesCallApi(read('src/eci/eci-client.ts'))).toBe(true);
    const signed = (callApi: string, construct = 'new Signed(config)'): string =>
      `class Signed extends sdk.Client { ${callApi} } const client = ${construct};`;
    expect(pruner.overridesCallApi(signed('override async callApi() { return 1; }'))).toBe(true);
    expect(pruner.overridesCallApi(signed('override async callApi() { return super.callApi(); }'))).toBe(false);
    expect(pruner.overridesCallApi(signed("override async callApi() { return super['callApi'](); }"))).toBe(false);
    expect(pruner.overridesCallApi(signed('async callApi() { return 1; }'))).toBe(false);
    expect(pruner.overridesCallApi(signed('override async callApi() { return 1; }', '0'))).toBe(false);
    expect(
      pruner.overridesCallApi(signed('override async callApi() { return 1; }', 'new Signed(c); new sdk.Client(c)'))
    ).toBe(false);
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
