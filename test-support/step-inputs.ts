/** The smallest valid inputs of a committing step, for tests that run the action's code in-process. */
export const COMMIT_INPUTS: Readonly<Record<string, string>> = {
  'region-id': 'cn-hangzhou',
  'container-group-id': 'eci-2zelg8vwnlzdhf8hv7ab',
  'container-name': 'app',
  'image-repository': 'registry.cn-hangzhou.aliyuncs.com/octo/shop',
  'image-tag': 'v1',
  'access-key-id': 'LTAI5tExampleKeyId',
  'access-key-secret': 'example-secret-not-real'
};
