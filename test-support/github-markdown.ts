/**
 * Markdown rendered as GitHub renders a job summary, as near as npm allows: GFM (marked), then GitHub's HTML filter,
 * which keeps safe elements (`<details>`, `<table>`, `<wbr>`, …) and a few attributes, and drops the rest (styles,
 * classes, scripts, event handlers). The lists below are the elements and attributes GitHub's sanitizer allows.
 */
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const ELEMENTS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'b', 'i', 'strong', 'em', 'a', 'pre', 'code', 'img', 'tt', 'div', 'ins',
  'del', 'sup', 'sub', 'p', 'ol', 'ul', 'table', 'thead', 'tbody', 'tfoot', 'blockquote', 'dl', 'dt', 'dd', 'kbd', 'q',
  'samp', 'var', 'hr', 'ruby', 'rt', 'rp', 'li', 'tr', 'td', 'th', 's', 'strike', 'summary', 'details', 'caption',
  'figure', 'figcaption', 'abbr', 'bdo', 'cite', 'dfn', 'mark', 'small', 'span', 'time', 'wbr'
]; // prettier-ignore

const ANY_ELEMENT = [
  'abbr', 'accept', 'align', 'alt', 'aria-describedby', 'aria-hidden', 'aria-label', 'aria-labelledby', 'border',
  'cellpadding', 'cellspacing', 'colspan', 'datetime', 'dir', 'headers', 'height', 'hreflang', 'lang', 'name',
  'nowrap', 'open', 'rel', 'role', 'rowspan', 'scope', 'span', 'start', 'summary', 'title', 'type', 'valign', 'width'
]; // prettier-ignore

export function renderGitHubMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return sanitizeHtml(html, {
    allowedTags: ELEMENTS,
    allowedAttributes: {
      '*': ANY_ELEMENT,
      a: ['href'],
      img: ['src', 'longdesc'],
      blockquote: ['cite'],
      del: ['cite'],
      ins: ['cite'],
      q: ['cite']
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    // GitHub drops a script with its content; other elements it does not allow lose their tags, not their text.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript']
  });
}
