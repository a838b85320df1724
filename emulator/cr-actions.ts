/**
 * Container Registry (cr) GetAuthorizationToken, in both versions the action calls: 2018-12-01 (RPC, Enterprise
 * Edition, `InstanceId`) and 2016-06-07 (ROA, `GET /tokens`, Personal Edition). Shapes: FIDELITY.md
 * ("Registry and Container Registry (cr)").
 */
import type { ActionHandler } from './action-registry.js';
import { ApiError } from './api-error.js';
import { requiredParam } from './params.js';
import type { RegistryStandIn } from './registry-standin.js';

export const CR_ENTERPRISE_VERSION = '2018-12-01';
export const CR_PERSONAL_VERSION = '2016-06-07';

/** ACR Enterprise Edition instances the emulator knows. */
export const DEFAULT_ACR_INSTANCE_ID = 'cri-emulator0001';

export function createCrEnterpriseActions(deps: {
  registry: RegistryStandIn;
  instances: () => string[];
}): Record<string, ActionHandler> {
  return {
    GetAuthorizationToken: ({ params }) => {
      const instanceId = requiredParam(params, 'InstanceId');
      if (!deps.instances().includes(instanceId)) {
        throw new ApiError(404, 'INSTANCE_NOT_EXIST', `The instance ${instanceId} does not exist.`);
      }
      const login = deps.registry.issueTemporaryLogin(CR_ENTERPRISE_VERSION, instanceId);
      return {
        TempUsername: login.username,
        AuthorizationToken: login.password,
        ExpireTime: login.expiresAtMs,
        IsSuccess: true,
        Code: 'success'
      };
    }
  };
}

export function createCrPersonalActions(deps: { registry: RegistryStandIn }): Record<string, ActionHandler> {
  return {
    GetAuthorizationToken: () => {
      const login = deps.registry.issueTemporaryLogin(CR_PERSONAL_VERSION);
      return {
        data: { tempUserName: login.username, authorizationToken: login.password, expireDate: login.expiresAtMs }
      };
    }
  };
}
