/**
 * Reads an XML error answer (`<Error><Code/>...</Error>`) in one pass over the text: the direct children of the
 * first `<Error>` element, and one level inside `<AccessDeniedDetail>`. Anything nested deeper is skipped, so a
 * hostile or broken body costs time in proportion to its length and never deepens the stack.
 */

/** The element whose children are read one level further down. */
const DETAIL = /^accessDeniedDetail$/i;

interface Field {
  name: string;
  text: string;
  /** Has element children: not a text field. */
  nested: boolean;
  /** The children read, for AccessDeniedDetail. */
  children?: Record<string, string>;
}

/** The `<Error>` element's fields, or undefined when the body has no `<Error>` element. */
export function readXmlError(xml: string): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  /** Elements open inside <Error> (0: directly in it); -1 before <Error>. */
  let depth = -1;
  let child: Field | undefined;
  let grandchild: Field | undefined;
  let position = 0;
  const addText = (text: string): void => {
    if (depth === 1 && child) child.text += text;
    else if (depth === 2 && grandchild) grandchild.text += text;
  };
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    if (open < 0) break;
    if (depth >= 1 && open > position) addText(decodeEntities(xml.slice(position, open)));
    // Every search moves forward; a construct that never ends ends the scan (no later tag can be complete).
    if (xml.startsWith('<![CDATA[', open)) {
      const end = xml.indexOf(']]>', open + 9);
      if (end < 0) break;
      if (depth >= 1) addText(xml.slice(open + 9, end));
      position = end + 3;
      continue;
    }
    if (xml.startsWith('<!--', open)) {
      const end = xml.indexOf('-->', open + 4);
      if (end < 0) break;
      position = end + 3;
      continue;
    }
    const close = xml.indexOf('>', open + 1);
    if (close < 0) break;
    position = close + 1;
    const tag = xml.slice(open + 1, close);
    const name = /^\/?([A-Za-z_][\w.:-]*)/.exec(tag)?.[1];
    if (!name) continue; // <?xml ...?>, <!DOCTYPE ...>, stray '<'
    const closing = tag.startsWith('/');
    const empty = !closing && tag.endsWith('/');
    if (depth < 0) {
      if (!closing && name === 'Error') {
        if (empty) return fields;
        depth = 0;
      }
      continue;
    }
    if (closing) {
      if (depth === 0) return fields; // </Error>
      if (depth === 2 && grandchild && child?.children) {
        if (!grandchild.nested) child.children[grandchild.name] = grandchild.text;
        grandchild = undefined;
      } else if (depth === 1 && child) {
        fields[child.name] = child.children ?? (child.nested ? {} : child.text);
        child = undefined;
      }
      depth--;
      continue;
    }
    if (depth === 0) {
      child = {
        name,
        text: '',
        nested: false,
        ...(DETAIL.test(name) ? { children: Object.create(null) as Record<string, string> } : {})
      };
      if (empty) {
        fields[name] = child.children ?? '';
        child = undefined;
      } else depth = 1;
      continue;
    }
    if (depth === 1 && child) {
      child.nested = true;
      if (child.children) {
        if (empty) child.children[name] = '';
        else grandchild = { name, text: '', nested: false };
      }
    } else if (depth === 2 && grandchild) {
      grandchild.nested = true;
    }
    if (!empty) depth++;
  }
  // A body cut short keeps the fields it completed.
  return depth < 0 ? undefined : fields;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** XML's predefined entities and character references, decimal and hexadecimal, in one pass. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(lt|gt|quot|apos|amp));/g, (_entity, dec, hex, named) => {
    if (named) return NAMED[named as string];
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}
