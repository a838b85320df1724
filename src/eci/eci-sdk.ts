import type * as EciModule from '@alicloud/eci20180808';
import type * as OpenApiModule from '@alicloud/openapi-client';
import type * as OpenApiUtilModule from '@alicloud/openapi-util';

export type EciClientClass = typeof EciModule.default.default;
export type EciClientInstance = InstanceType<EciClientClass>;

export type OpenApiUtil = typeof OpenApiUtilModule.default.default;

/** The SDK's request models the action builds; scripts/prune-eci-sdk.mjs keeps these, and what they name. */
export const ECI_MODELS = [
  'CommitContainerRequest',
  'CommitContainerRequestImage',
  'CommitContainerRequestAcrRegistryInfo',
  'CommitContainerRequestArn',
  'DescribeCommitContainerTaskRequest',
  'DescribeContainerGroupsRequest',
  'DescribeContainerLogRequest',
  'DescribeContainerGroupEventsRequest'
] as const;

type EciModels = { [Name in (typeof ECI_MODELS)[number]]: (typeof EciModule)[Name] };

export interface EciSdk extends EciModels {
  OpenApiUtil: OpenApiUtil;
  Client: EciClientClass;
  Config: typeof OpenApiModule.Config;
}

/**
 * The SDK packages are CommonJS with an `__esModule` default export. Node's ESM loader hands us
 * `module.exports` as `default` (the class is at `default.default`); a bundler honouring `__esModule`
 * hands us the class itself. Accept both, so tests and the bundle run the same code.
 */
export function classExport<T>(namespace: unknown, name: string): T {
  const ns = namespace as Record<string, unknown> & { default?: Record<string, unknown> };
  const candidates = name === 'default' ? [ns.default, ns.default?.default] : [ns[name], ns.default?.[name]];
  const found = candidates.find((candidate) => typeof candidate === 'function');
  if (!found) throw new Error(`The Alibaba Cloud SDK does not export ${name} as expected.`);
  return found as T;
}

let loaded: Promise<EciSdk> | undefined;

/** Evaluated on first use only: a step with bad input never runs the SDK's code (the bundle still parses it). */
export function loadEciSdk(): Promise<EciSdk> {
  loaded ??= (async () => {
    // "eager": the bundle keeps the SDK in index.js and evaluates it here, on first use; a chunk file of its own
    // would cost a module load (Node's resolution of the file, its URL and real path) for nothing.
    const { eci, openapi, openApiUtil } = await import(/* webpackMode: "eager" */ './sdk-packages.js');
    const models = Object.fromEntries(ECI_MODELS.map((name) => [name, classExport(eci, name)])) as EciModels;
    return {
      OpenApiUtil: classExport<OpenApiUtil>(openApiUtil, 'default'),
      Client: classExport<EciClientClass>(eci, 'default'),
      Config: classExport<EciSdk['Config']>(openapi, 'Config'),
      ...models
    };
  })();
  return loaded;
}
