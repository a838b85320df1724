// In the bundle, @alicloud/openapi-client gets this module instead of @alicloud/credentials (73 KB, with
// child_process and dgram), which it requires at load for the credential client of the SDK's own request path. This action never builds one: EciClient gives the SDK a Config without keys and signs every call
// itself (src/eci/openapi-call.ts). The default credential chain (src/eci/credentials.ts) imports the real package
// by its file, which this mapping does not match. Mapped by tsconfig.bundle.json (scripts/bundle.mjs).
const NOT_BUNDLED =
  "The Alibaba Cloud SDK's own credential client is not in this bundle: the action signs its calls itself.";

export class Config {
  constructor() {
    throw new Error(NOT_BUNDLED);
  }
}

export default class Credential {
  constructor() {
    throw new Error(NOT_BUNDLED);
  }
}
