/** What every emulated API action sees and returns, and the registry the router looks actions up in. */

/** The request's parameters, flattened as on the wire (`Image.Repository`, `TaskId.1`): query merged with form body. */
export type ActionParams = Readonly<Record<string, string>>;

export interface ActionRequest {
  params: ActionParams;
  nowMs: number;
}

/** Returns the response body without RequestId (the router adds it); throws ApiError to answer an error. */
export type ActionHandler = (request: ActionRequest) => object;

export interface RegisteredAction {
  service: 'eci' | 'sts';
  version: string;
  /** Anonymous actions (STS AssumeRoleWithOIDC) need no signature. */
  anonymous: boolean;
  handle: ActionHandler;
}

export function registerActions(
  registry: Map<string, RegisteredAction>,
  registration: Omit<RegisteredAction, 'handle'>,
  handlers: Record<string, ActionHandler>
): void {
  for (const [name, handle] of Object.entries(handlers)) registry.set(name, { ...registration, handle });
}
