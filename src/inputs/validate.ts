import { InputError } from '../model/errors.js';

export const REGION_ID = /^[a-z]{2,}(?:-[a-z0-9]+){1,4}$/;
export const CONTAINER_GROUP_ID = /^eci-[a-z0-9]{1,64}$/;
/** ECI's rule for a container group's name: 2-128 lowercase letters, digits and hyphens, no hyphen at either end. */
export const CONTAINER_GROUP_NAME = /^[a-z0-9][a-z0-9-]{0,126}[a-z0-9]$/;
export const ACR_INSTANCE_ID = /^cri-[a-z0-9]+$/;
export const RAM_ROLE_ARN = /^acs:ram::\d+:role\/[A-Za-z0-9._@/-]+$/i;
export const OIDC_PROVIDER_ARN = /^acs:ram::\d+:oidc-provider\/[A-Za-z0-9._-]+$/i;
export const ROLE_SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/;
export const ROLE_TYPE = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
export const ACCESS_KEY_ID = /^[A-Za-z0-9.]{4,128}$/;

/** An input's trimmed value; '' when not given. */
export type TrimmedInput = (name: string) => string;

export function required(input: TrimmedInput, name: string, example: string): string {
  const value = input(name);
  if (!value) throw new InputError(`Input required and not supplied: ${name}. Expected ${example}.`);
  return value;
}

export function matching(name: string, value: string, pattern: RegExp, expected: string): string {
  if (!pattern.test(value)) throw new InputError(`Invalid ${name} '${value}'. Expected ${expected}.`);
  return value;
}
