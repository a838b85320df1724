/** What every emulated API action sees and returns, and the registry the router looks actions up in. */

/** The request's parameters, flattened as on the wire (`Image.Repository`, `TaskId.1`): query merged with form body. */
export type ActionParams = Readonly<Record<string, string>>;

export interface ActionRequest {
  params: ActionParams;
  nowMs: number;
  /**
   * RAM refused the caller, and the emulator answers list actions as ECI documents for DescribeContainerGroups:
   * an empty list (setting `listWithoutPermission: 'empty-list'`). Only actions registered as lists see it.
   */
  deniedByRam?: boolean;
}

/** Returns the response body without RequestId (the router adds it); throws ApiError to answer an error. */
export type ActionHandler = (request: ActionRequest) => object;

/** A list action: when RAM refuses the caller it may answer an empty list instead of Forbidden.RAM. */
export interface ListActionHandler {
  list: ActionHandler;
}

export interface RegisteredAction {
  name: string;
  service: 'eci' | 'sts' | 'cr';
  version: string;
  /** ROA actions answer at their own method and path (the body's request ID is then `requestId`); RPC at `/`. */
  roa?: { method: string; path: string };
  /** Anonymous actions (STS AssumeRoleWithOIDC) need no signature. */
  anonymous: boolean;
  handle: ActionHandler;
  /** Lists resources: see ActionRequest.deniedByRam. */
  isList?: boolean;
}

/** Actions are kept by name and version: the same name (GetAuthorizationToken) may exist in two versions. */
export function actionKey(name: string, version: string | undefined): string {
  return `${name}@${version ?? ''}`;
}

export function registerActions(
  registry: Map<string, RegisteredAction>,
  registration: Omit<RegisteredAction, 'handle' | 'name' | 'isList'>,
  handlers: Record<string, ActionHandler | ListActionHandler>
): void {
  for (const [name, handler] of Object.entries(handlers)) {
    const action =
      typeof handler === 'function' ? { handle: handler } : { handle: handler.list, isList: true as const };
    registry.set(actionKey(name, registration.version), { ...registration, name, ...action });
  }
}

/** The action of this name and version; else one of the name (for an InvalidVersion answer); else undefined. */
export function findAction(
  registry: ReadonlyMap<string, RegisteredAction>,
  name: string,
  version: string | undefined
): RegisteredAction | undefined {
  return registry.get(actionKey(name, version)) ?? [...registry.values()].find((action) => action.name === name);
}
