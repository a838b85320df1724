/** An error answered in Alibaba Cloud's shape: `{RequestId, HostId, Code, Message, Recommend}` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiErrorSpec {
  status: number;
  code: string;
  message: string;
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
