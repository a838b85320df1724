/** An error answered in Alibaba Cloud's shape: `{RequestId, HostId, Code, Message, Recommend}` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** RAM's account of a denied call, sent with Forbidden.RAM. */
    readonly accessDeniedDetail?: Record<string, string>
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiErrorSpec {
  status: number;
  code: string;
  message: string;
  accessDeniedDetail?: Record<string, string>;
}

export function missingParameter(name: string): ApiError {
  return new ApiError(
    400,
    'MissingParameter',
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`
  );
}

export function invalidParameter(name: string, detail: string): ApiError {
  return new ApiError(400, 'InvalidParameter', `The specified parameter "${name}" is not valid: ${detail}`);
}
