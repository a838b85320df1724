import { withActionDefaults } from '../../test-support/action-inputs.js';
import { jest } from '@jest/globals';

import { core } from '../../test-support/core-stand-in.js';

jest.unstable_mockModule('@actions/core', () => core);

const { planCommits } = await import('../../src/modes/plan.js');
const { readSettings } = await import('../../src/inputs/read-settings.js');
const { PlanError } = await import('../../src/model/errors.js');
const { retryingEciApi } = await import('../../src/eci/retrying-api.js');
const { FakeEciApi } = await import('../../test-support/fake-eci-api.js');
type EciScript = import('../../test-support/fake-eci-api.js').EciScript;
const { apiError, FakeClock } = await import('../../test-support/fakes.js');
const { runnerLog } = await import('../../src/runtime/step-context.js');

const INPUTS: Record<string, string> = {
  'region-id': 'cn-hangzhou',
  'container-group-id': 'eci-2zelg8vwnlzdhf8hv7ab',
  'container-name': '*',
  'image-repository': 'registry.cn-hangzhou.aliyuncs.com/ns/app',
  'image-tag': 'v1',
  'access-key-id': 'LTAI5tExampleKeyId',
  'access-key-secret': 'example-secret-value'
};
const read = readSettings(withActionDefaults(INPUTS), {});
if (read.mode !== 'commit') throw new Error('expected commit settings');
const settings = read;
const NOT_FOUND =
  "Invalid container-group-id 'eci-2zelg8vwnlzdhf8hv7ab': no such container group in region cn-hangzhou. Check container-group-id and region-id, and that these credentials have eci:DescribeContainerGroups on the group: without it, ECI answers an empty list rather than an error.";

async function plan(groups: EciScript['groups']) {
  const clock = new FakeClock();
  const api = new FakeEciApi(clock, { groups });
  const retry = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10 };
  const retrying = retryingEciApi(api, { clock, retry, log: runnerLog, signal: new AbortController().signal });
  const outcome = await planCommits(retrying, settings).catch((error: unknown) => error);
  return { outcome, api };
}

describe('planCommits: looking the group up', () => {
  it('says the group was not found, naming container-group-id, for an empty list', async () => {
    const { outcome } = await plan([undefined]);
    expect(outcome).toBeInstanceOf(PlanError);
    expect((outcome as Error).message).toBe(NOT_FOUND);
  });

  it.each<[string, number]>([
    ['InvalidParameter.NotFound', 404],
    ['InvalidParameter', 400]
  ])('says the same for a %s (%d) error', async (code, statusCode) => {
    const notFound = apiError({ action: 'DescribeContainerGroups', code, statusCode, retryable: false });
    const { outcome, api } = await plan([notFound]);
    expect(outcome).toBeInstanceOf(PlanError);
    expect((outcome as Error).message).toBe(NOT_FOUND);
    expect(api.groupCalls).toHaveLength(1);
  });

  it('lets any other error through as it is', async () => {
    const denied = apiError({
      action: 'DescribeContainerGroups',
      code: 'Forbidden.RAM',
      statusCode: 403,
      retryable: false
    });
    const { outcome } = await plan([denied]);
    expect(outcome).toBe(denied);
  });

  it('plans each container of a group it finds', async () => {
    const { outcome } = await plan([{ containerGroupId: settings.containerGroupId, containers: ['app', 'sidecar'] }]);
    expect((outcome as Array<{ containerName: string }>).map((request) => request.containerName)).toEqual([
      'app',
      'sidecar'
    ]);
  });
});
