import { MAX_ERROR_BODY, readErrorAnswer } from '../../src/eci/error-answer.js';
import { decodeEntities, readXmlError } from '../../src/eci/error-xml.js';

const XML = 'text/xml;charset=utf-8';

describe('reading an XML error answer', () => {
  it('reads the fields around 5,000 nested elements without overflowing the stack', () => {
    const names = Array.from({ length: 5_000 }, (_, index) => `e${index.toString(36)}`);
    const deep =
      names.map((name) => `<${name}>`).join('') +
      'deep' +
      names
        .reverse()
        .map((name) => `</${name}>`)
        .join('');
    const body = `<Error><Code>Forbidden.RAM</Code><Noise>${deep}</Noise><RequestId>R-9</RequestId></Error>`;
    expect(body.length).toBeLessThan(MAX_ERROR_BODY);
    expect(() => readErrorAnswer(body, XML)).not.toThrow();
    expect(readErrorAnswer(body, XML)).toEqual({ code: 'Forbidden.RAM', requestId: 'R-9' });
  });

  it('reads the start of a large body, even when the rest is cut off or never closes its elements', () => {
    const head = '<Error><Code>Throttling.User</Code><RequestId>R-2</RequestId><Message>slow down</Message>';
    const unclosed = `${head}<Recommend>${'<x>'.repeat(400_000)}`;
    expect(unclosed.length).toBeGreaterThan(MAX_ERROR_BODY);
    expect(readErrorAnswer(unclosed, XML)).toEqual({ code: 'Throttling.User', requestId: 'R-2', message: 'slow down' });
    const longMessage = `<Error><Code>Throttling.User</Code><Message>${'m'.repeat(2_000_000)}</Message></Error>`;
    expect(readErrorAnswer(longMessage, XML)).toEqual({ code: 'Throttling.User' });
  });

  it('reads AccessDeniedDetail one level down and skips anything deeper', () => {
    const body =
      '<Error><Code>Forbidden.RAM</Code><AccessDeniedDetail><AuthAction>eci:CommitContainer</AuthAction>' +
      '<PolicyType><Deep>x</Deep></PolicyType><NoPermissionType/></AccessDeniedDetail></Error>';
    expect(readXmlError(body)).toEqual({
      Code: 'Forbidden.RAM',
      AccessDeniedDetail: { AuthAction: 'eci:CommitContainer', NoPermissionType: '' }
    });
  });

  it('has no fields without an <Error> element, and an empty one for <Error/>', () => {
    expect(readXmlError('<Other><Code>x</Code></Other>')).toBeUndefined();
    expect(readXmlError('<?xml version="1.0"?><Error/>')).toEqual({});
  });

  it('joins text and CDATA, and ignores comments', () => {
    expect(readXmlError('<Error><Message>a <!-- c --><![CDATA[<b>]]> &amp; c</Message></Error>')).toEqual({
      Message: 'a <b> & c'
    });
  });

  it('decodes named, decimal and hexadecimal entities once', () => {
    expect(decodeEntities('&lt;a&gt; &#65;&#x42;&#X43; &amp;lt; &#x1F600; &#x110000;')).toBe('<a> ABC &lt; 😀 \ufffd');
  });
});
