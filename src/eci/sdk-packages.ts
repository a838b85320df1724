// The three SDK packages the ECI client needs, loaded together by loadEciSdk (eci-sdk.ts): the bundle evaluates
// them on first use, without a chunk file for each.
import * as eci from '@alicloud/eci20180808';
import * as openapi from '@alicloud/openapi-client';
import * as openApiUtil from '@alicloud/openapi-util';

export { eci, openapi, openApiUtil };
