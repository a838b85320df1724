// In the bundle, @alicloud/openapi-client gets this module instead of @alicloud/tea-xml (with xml2js, xmlbuilder and
// sax, 100 KB), which it requires at load to read the XML answers of the SDK's own request path. This action never
// takes that path: it sends every call and reads every answer itself (src/eci/openapi-call.ts, error-xml.ts).
// Mapped by tsconfig.bundle.json (scripts/bundle.mjs).
const NOT_BUNDLED =
  "The Alibaba Cloud SDK's own XML reader is not in this bundle: the action reads its answers itself.";

export default class Client {
  static parseXml() {
    throw new Error(NOT_BUNDLED);
  }

  static toXML() {
    throw new Error(NOT_BUNDLED);
  }
}
