/**
 * The shapes an error answer can take on the wire. Alibaba's client reads all three (@alicloud/openapi-client
 * `doRequest`): JSON with PascalCase keys (what ECI and STS send), JSON with lower-camel keys, and an XML `<Error>`
 * document sent as `text/xml;charset=utf-8`.
 */
export type ErrorShape = 'json' | 'camel-json' | 'xml';

export const ERROR_SHAPES: readonly ErrorShape[] = ['json', 'camel-json', 'xml'];

export const XML_CONTENT_TYPE = 'text/xml;charset=utf-8';

/** `fields` in PascalCase, in the order they are sent; nested objects (AccessDeniedDetail) keep their own keys. */
export function renderErrorBody(
  shape: ErrorShape,
  fields: Record<string, string | Record<string, string>>
): { contentType?: string; body: string } {
  if (shape === 'xml') {
    const element = (name: string, value: string | Record<string, string>): string =>
      `<${name}>${
        typeof value === 'string'
          ? escapeXml(value)
          : Object.entries(value)
              .map(([key, inner]) => element(key, inner))
              .join('')
      }</${name}>`;
    const children = Object.entries(fields)
      .map(([name, value]) => element(name, value))
      .join('');
    return { contentType: XML_CONTENT_TYPE, body: `<?xml version='1.0' encoding='UTF-8'?><Error>${children}</Error>` };
  }
  const keyed =
    shape === 'camel-json'
      ? Object.fromEntries(Object.entries(fields).map(([name, value]) => [lowerCamel(name), camelNested(value)]))
      : fields;
  return { body: JSON.stringify(keyed) };
}

/**
 * The lower-camel AccessDeniedDetail model (AgentRun API reference) names the encoded diagnostic
 * `encodedDiagnosticInfo`; the PascalCase pages (OSS errors, RAM DecodeDiagnosticMessage) say `EncodedDiagnosticMessage`.
 */
const CAMEL_NAMES: Record<string, string> = { EncodedDiagnosticMessage: 'encodedDiagnosticInfo' };

function camelNested(value: string | Record<string, string>): string | Record<string, string> {
  return typeof value === 'string'
    ? value
    : Object.fromEntries(Object.entries(value).map(([key, inner]) => [CAMEL_NAMES[key] ?? lowerCamel(key), inner]));
}

function lowerCamel(name: string): string {
  return name[0].toLowerCase() + name.slice(1);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}
