/**
 * scripts/prune-eci-sdk.mjs: the copy of the ECI SDK the bundle loads keeps what the action reaches and behaves as
 * the full SDK does for every call the action makes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../test-support/action-metadata.js';

interface PruneResult {
  text: string;
  classes: string[];
  clientMembers: string[];
  totalClasses: number;
  totalClientMembers: number;
}
interface Pruner {
  pruneEciSdk(options: {
    source: string;
    out?: string;
    clientMethods: string[];
    classes: string[];
    version?: string;
  }): PruneResult;
  pruneForAction(options: { root?: string; out?: string }): PruneResult;
  clientMethodsCalled(text: string): string[];
  classesConstructed(text: string): string[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK modules are loaded untyped, by CommonJS require */
type Module = Record<string, any>;

const pruner = (await import(fileURLToPath(new URL('scripts/prune-eci-sdk.mjs', `file://${PROJECT_ROOT}/`)))) as Pruner;
const read = (path: string): string => readFileSync(join(PROJECT_ROOT, path), 'utf8');

// Inside the project, so that the copy's require("@alicloud/tea-util") and the rest resolve from node_modules.
const dir = join(PROJECT_ROOT, '.bundle-tmp', `test-${process.pid}`);
const out = join(dir, 'eci20180808.cjs');
let result: PruneResult;
let full: Module;
let pruned: Module;

let Config: Module[string];

// Through Jest's module loader, not a require of our own: answers built here must be objects of the SDK's realm.
beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  result = pruner.pruneForAction({ root: PROJECT_ROOT, out });
  full = ((await import('@alicloud/eci20180808')) as Module).default;
  pruned = ((await import(out)) as Module).default;
  ({ Config } = (await import('@alicloud/openapi-client')) as Module);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const calledMethods = (): string[] => pruner.clientMethodsCalled(read('src/eci/eci-client.ts'));

describe('the pruned ECI SDK', () => {
  it('says where it comes from, and is much smaller than the official file', () => {
    const sdkVersion = JSON.parse(read('node_modules/@alicloud/eci20180808/package.json')).version as string;
    expect(result.text.split('\n')[0]).toBe(
      `// Generated from @alicloud/eci20180808 ${sdkVersion} (dist/client.js) by scripts/prune-eci-sdk.mjs; do not edit.`
    );
    expect(result.text).not.toContain('sourceMappingURL');
    expect(result.text.length).toBeLessThan(read('node_modules/@alicloud/eci20180808/dist/client.js').length / 2);
    expect(result.classes.length).toBeLessThan(result.totalClasses);
  });

  it('exports every class eci-sdk.ts loads, and the Client as default', () => {
    const names = pruner.classesConstructed(read('src/eci/eci-sdk.ts'));
    expect(names).toEqual(expect.arrayContaining(['CommitContainerRequest', 'DescribeContainerGroupsRequest']));
    for (const name of names) expect(typeof pruned[name]).toBe('function');
    expect(pruned.default).toBe(pruned.default.prototype.constructor);
    expect(pruned.default.name).toBe('Client');
  });

  it("keeps exactly the constructor, getEndpoint and the methods eci-client.ts calls on the SDK's Client", () => {
    const kept = Object.getOwnPropertyNames(pruned.default.prototype).sort();
    expect(kept).toEqual(['constructor', 'getEndpoint', ...calledMethods()].sort());
    expect(Object.getOwnPropertyNames(full.default.prototype).length).toBeGreaterThan(kept.length);
  });

  it('keeps each class it keeps as the official one is: same field names and types', () => {
    const shape = (model: any): string =>
      JSON.stringify({ names: model.names?.(), types: model.types?.() }, (_key, value) =>
        typeof value === 'function' ? `class ${value.name}` : value
      );
    const exported = Object.keys(pruned).filter((name) => name !== 'default' && name !== '__esModule');
    expect(exported.sort()).toEqual(result.classes.filter((name) => name !== 'Client'));
    for (const name of exported) expect([name, shape(pruned[name])]).toEqual([name, shape(full[name])]);
  });
});

/** An answer with every field of `model` set, nested models and arrays included, from the model's own types(). */
function sampleOf(model: any, depth = 0): Record<string, unknown> {
  if (depth > 8) throw new Error(`models nest deeper than expected at ${model.name}`);
  const value = (type: any, name: string): unknown => {
    if (typeof type === 'function') return sampleOf(type, depth + 1);
    if (type?.type === 'array') return [value(type.itemType, name), value(type.itemType, name)];
    if (type?.type === 'map') return { [`${name}-key`]: `${name}-value` };
    if (type === 'number') return name.length;
    if (type === 'boolean') return true;
    return `${name}-value`;
  };
  const names = model.names() as Record<string, string>;
  const types = model.types() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(names).map(([key, wire]) => [wire, value(types[key], wire)]));
}

/** The requests the action sends (see src/eci/eci-client.ts), built with the given module's own model classes. */
const REQUESTS: Record<string, (sdk: Module) => unknown> = {
  commitContainerWithOptions: (sdk) =>
    new sdk.CommitContainerRequest({
      regionId: 'cn-hangzhou',
      containerGroupId: 'eci-bp1abcdefghijklmnopq',
      containerName: 'app',
      image: new sdk.CommitContainerRequestImage({
        repository: 'registry-vpc.cn-hangzhou.aliyuncs.com/team/app',
        tag: 'build-42',
        message: 'commit (中文) 100%',
        author: 'ci-bot'
      }),
      acrRegistryInfo: new sdk.CommitContainerRequestAcrRegistryInfo({
        instanceId: 'cri-abcdefgh12345678',
        regionId: 'cn-hangzhou',
        arnService: 'acs:ram::1234567890123456:role/eci-service',
        arnUser: 'acs:ram::1234567890123456:role/acr-user'
      }),
      arn: new sdk.CommitContainerRequestArn({
        roleArn: 'acs:ram::1234567890123456:role/eci-commit',
        roleType: 'service'
      })
    }),
  describeCommitContainerTaskWithOptions: (sdk) =>
    new sdk.DescribeCommitContainerTaskRequest({
      regionId: 'cn-hangzhou',
      taskId: ['commitTask-1', 'commitTask-2'],
      containerGroupId: 'eci-bp1abcdefghijklmnopq',
      maxResults: 20,
      nextToken: 'next-page'
    }),
  describeContainerGroupsWithOptions: (sdk) =>
    new sdk.DescribeContainerGroupsRequest({
      regionId: 'cn-hangzhou',
      containerGroupIds: JSON.stringify(['eci-bp1abcdefghijklmnopq']),
      withEvent: true
    }),
  describeContainerLogWithOptions: (sdk) =>
    new sdk.DescribeContainerLogRequest({
      regionId: 'cn-hangzhou',
      containerGroupId: 'eci-bp1abcdefghijklmnopq',
      containerName: 'app',
      tail: 200,
      limitBytes: 65536,
      timestamps: true,
      lastTime: true
    }),
  describeContainerGroupEventsWithOptions: (sdk) =>
    new sdk.DescribeContainerGroupEventsRequest({
      regionId: 'cn-hangzhou',
      containerGroupIds: JSON.stringify(['eci-bp1abcdefghijklmnopq'])
    })
};

/** Calls `method` on a Client of `sdk` whose callApi records its arguments and answers `answer`. */
async function recordedCall(sdk: Module, method: string, answer: unknown) {
  const calls: { params: unknown; request: unknown }[] = [];
  const Client = sdk.default as new (config: unknown) => Module;
  class Recording extends Client {
    async callApi(params: unknown, request: unknown): Promise<unknown> {
      calls.push({ params, request });
      return JSON.parse(JSON.stringify(answer));
    }
  }
  const client = new Recording(new Config({ endpoint: '127.0.0.1:9', protocol: 'http', regionId: 'cn-hangzhou' }));
  const response = await client[method](REQUESTS[method](sdk), {});
  return { calls: JSON.stringify(calls), response, json: JSON.stringify(response) };
}

describe('the pruned Client calls as the full one does', () => {
  it('has a request for every method the action calls', () => {
    expect(Object.keys(REQUESTS).sort()).toEqual(calledMethods().sort());
  });

  it.each(Object.keys(REQUESTS))('%s: same parameters, same query, same answer model', async (method) => {
    const action = method.replace(/WithOptions$/, '').replace(/^./, (first) => first.toUpperCase());
    const answer = sampleOf(full[`${action}Response`]);
    const official = await recordedCall(full, method, answer);
    const copy = await recordedCall(pruned, method, answer);

    expect(copy.calls).toBe(official.calls);
    expect(copy.json).toBe(official.json);
    expect(copy.response.constructor.name).toBe(`${action}Response`);
    expect(copy.response.constructor).toBe(pruned[`${action}Response`]);
    expect(JSON.parse(official.calls)[0].params.action).toBe(action);
    // Every field of the answer, nested models included, was read into the model.
    expect(Object.keys(copy.response.body).sort()).toEqual(Object.keys(full[`${action}ResponseBody`].names()).sort());
  });

  it('sends the nested commit models flattened as the official SDK does', async () => {
    const method = 'commitContainerWithOptions';
    const { calls } = await recordedCall(pruned, method, sampleOf(full.CommitContainerResponse));
    const [{ request }] = JSON.parse(calls);
    expect(request.query).toMatchObject({
      'Image.Repository': 'registry-vpc.cn-hangzhou.aliyuncs.com/team/app',
      'AcrRegistryInfo.InstanceId': 'cri-abcdefgh12345678',
      'Arn.RoleArn': 'acs:ram::1234567890123456:role/eci-commit'
    });
  });
});

const FAKE_SDK = `"use strict";
const $tea = __importStar(require("@alicloud/tea-typescript"));
class ThingRequest extends $tea.Model {
    static types() { return { tag: { 'type': 'array', 'itemType': ThingRequestTag } }; }
}
exports.ThingRequest = ThingRequest;
class ThingRequestTag extends $tea.Model {
    static names() { return { ThingRequest: 'ThingRequest' }; }
}
exports.ThingRequestTag = ThingRequestTag;
class ThingResponse extends $tea.Model {
}
exports.ThingResponse = ThingResponse;
class OtherRequest extends $tea.Model {
}
exports.OtherRequest = OtherRequest;
class Client extends openapi_client_1.default {
    constructor(config) {
        super(config);
    }
    getEndpoint() {
        return "";
    }
    /** Thing. */
    async thingWithOptions(request, runtime) {
        return $tea.cast(await this.callApi({}, request, runtime), new ThingResponse({}));
    }
    async otherWithOptions(request, runtime) {
        return $tea.cast(await this.callApi({}, request, runtime), new OtherRequest({}));
    }
}
exports.default = Client;
//# sourceMappingURL=client.js.map
`;

describe('the pruner', () => {
  const prune = (overrides: Partial<Parameters<Pruner['pruneEciSdk']>[0]> = {}) =>
    pruner.pruneEciSdk({
      source: FAKE_SDK,
      clientMethods: ['thingWithOptions'],
      classes: ['ThingRequest'],
      ...overrides
    });

  it('keeps the named classes, what kept code names, the other statements, and cuts the rest', () => {
    const { text, classes, clientMembers } = prune();
    expect(classes).toEqual(['Client', 'ThingRequest', 'ThingRequestTag', 'ThingResponse']);
    expect(clientMembers).toEqual(['constructor', 'getEndpoint', 'thingWithOptions']);
    expect(text).toContain('exports.ThingResponse = ThingResponse;');
    expect(text).toContain('/** Thing. */');
    expect(text).toContain('exports.default = Client;');
    expect(text).toContain('const $tea = __importStar(require("@alicloud/tea-typescript"));');
    expect(text).not.toContain('OtherRequest');
    expect(text).not.toContain('otherWithOptions');
    expect(text).not.toContain('sourceMappingURL');
  });

  it('does not follow a class name used as a property name only', () => {
    // ThingRequestTag's names() has a key `ThingRequest`, which must not keep anything by itself.
    const { classes } = prune({ clientMethods: [], classes: ['ThingRequestTag'] });
    expect(classes).toEqual(['Client', 'ThingRequestTag']);
  });

  it('throws, naming it, when a method the action calls is missing', () => {
    expect(() => prune({ clientMethods: ['thingWithOptions', 'gone'] })).toThrow(
      "prune-eci-sdk: the SDK's Client has no gone, which the action calls."
    );
  });

  it('throws, naming it, when a class the action loads is missing or not exported', () => {
    expect(() => prune({ classes: ['ThingRequest', 'GoneRequest'] })).toThrow(
      'prune-eci-sdk: the SDK does not define and export GoneRequest.'
    );
    const unexported = FAKE_SDK.replace('exports.ThingRequest = ThingRequest;\n', '');
    expect(() => prune({ source: unexported })).toThrow('does not define and export ThingRequest');
  });

  it('throws when there is no class Client', () => {
    expect(() => prune({ source: FAKE_SDK.replace('class Client', 'class Kl') })).toThrow(
      'prune-eci-sdk: the ECI SDK has no `class Client`'
    );
  });

  it('throws when nothing would be pruned', () => {
    expect(() => prune({ clientMethods: ['thingWithOptions', 'otherWithOptions'], classes: ['ThingRequest'] })).toThrow(
      'prune-eci-sdk: nothing to prune'
    );
  });

  it('throws when a method it keeps calls a Client method it would cut', () => {
    const calling = FAKE_SDK.replace(
      'return $tea.cast(await this.callApi({}, request, runtime), new ThingResponse({}));',
      'return this.otherWithOptions(request, runtime);'
    );
    expect(() => prune({ source: calling })).toThrow(
      'prune-eci-sdk: the Client methods the action calls use otherWithOptions, which would be cut.'
    );
  });

  it('refuses a use of this.client whose method it cannot read', () => {
    expect(() => pruner.clientMethodsCalled('class A { f() { const c = this.client; c.oneWithOptions(); } }')).toThrow(
      'eci-client.ts uses this.client other than as this.client.<method>(…)'
    );
    expect(() => pruner.clientMethodsCalled('class A { f() { return this.client.oneWithOptions; } }')).toThrow(
      'other than as this.client.<method>(…)'
    );
  });

  it('is right to read eci-client.ts only: no other file of src/ names the SDK Client', () => {
    const users = execFileSync('grep', ['-rlE', 'EciClientInstance|EciClientClass|sdk\\.Client\\b', 'src'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8'
    });
    expect(users.trim().split('\n').sort()).toEqual(['src/eci/eci-client.ts', 'src/eci/eci-sdk.ts']);
  });

  it('finds the methods eci-client.ts calls and the classes eci-sdk.ts loads', () => {
    const client = `class A { async f() { await this.client.oneWithOptions(r, t); this.other.no(); this.client.two(); } }`;
    expect(pruner.clientMethodsCalled(client)).toEqual(['oneWithOptions', 'two']);
    expect(() => pruner.clientMethodsCalled('const x = 1;')).toThrow('found no `this.client.<method>(`');
    const sdk = `export const ECI_MODELS = ['ARequest'] as const; const OTHER = ['Config'] as const;`;
    expect(pruner.classesConstructed(sdk)).toEqual(['ARequest']);
    expect(() => pruner.classesConstructed('const ECI_MODELS = [name];')).toThrow('not a list of string literals');
    expect(() => pruner.classesConstructed('const x = 1;')).toThrow('found no ECI_MODELS');
  });
});
