// Goal: our auth-v2 implementation computes exactly what the reference's Java client computes.
// Method: vectors computed independently (Python hmac, note 01 §4.2) for a POST with body and a
// GET with query, plus the normalisation and parsing rules the reference's code implies.
import { describe, expect, it } from 'vitest';
import { authorizationHeader, canonicalRequest, normalize, parseAuthorization, parseSignatureTimestamp, signature } from './signature-v2.ts';

const post = {
  method: 'POST',
  path: '/rest/cmsapp/v1/ping',
  query: [] as Array<[string, string]>,
  headers: { Host: '10.22.26.181:28080', 'Content-Length': '22', 'Content-Type': 'application/json;charset=UTF-8' },
  body: '{"say":"Hello world!"}',
};
const input = { accessKey: 'globalaktest', secretKey: 'testSecretKey123', timestamp: '2018-10-17T11:48:24.000Z', signedHeaders: ['content-length', 'content-type', 'host'] };

describe('auth-v2 signature (CEC §4.3)', () => {
  it('normalises like PathUtils: unreserved bytes kept, others %XX upper-case', () => {
    expect(normalize('aZ09-._~')).toBe('aZ09-._~');
    expect(normalize('application/json;charset=UTF-8')).toBe('application%2Fjson%3Bcharset%3DUTF-8');
    expect(normalize(' é')).toBe('%20%C3%A9');
    // The characters encodeURIComponent keeps but PathUtils escapes, a 4-byte character, and a lone surrogate (U+FFFD).
    expect(normalize("!'()*")).toBe('%21%27%28%29%2A');
    expect(normalize('😀')).toBe('%F0%9F%98%80');
    expect(normalize('a\uD800b')).toBe('a%EF%BF%BDb');
  });

  it('escapes every byte of the first 256 code points as the byte rule says', () => {
    for (let code = 0; code < 256; code++) {
      const ch = String.fromCharCode(code);
      const bytes = [...Buffer.from(ch, 'utf8')];
      const expected = /[A-Za-z0-9\-._~]/.test(ch) ? ch : bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
      expect(normalize(ch)).toBe(expected);
    }
  });

  it('builds the canonical request of the code and worked example (no empty query line)', () => {
    expect(canonicalRequest(post, input.signedHeaders)).toBe(
      'POST\n/rest/cmsapp/v1/ping\ncontent-length;content-type;host\ncontent-length:22\ncontent-type:application%2Fjson%3Bcharset%3DUTF-8\nhost:10.22.26.181%3A28080\n%7B%22say%22%3A%22Hello%20world%21%22%7D',
    );
  });

  it('matches the independently computed POST vector', () => {
    expect(signature(post, input)).toBe('e3f0f406c2658426aab540c56578e15bae8fadcadf3092f843c070567c3b76b5');
    expect(authorizationHeader(post, input)).toBe(
      'auth-v2/globalaktest/2018-10-17T11:48:24.000Z/content-length;content-type;host/e3f0f406c2658426aab540c56578e15bae8fadcadf3092f843c070567c3b76b5',
    );
  });

  it('matches the independently computed GET vector with a query', () => {
    const get = { method: 'GET', path: '/rest/cmsapp/v1/ping', query: [['name', 'test'], ['id', '123']] as Array<[string, string]>, headers: { host: '10.22.26.181:28080' }, body: '' };
    expect(canonicalRequest(get, ['host'])).toBe('GET\n/rest/cmsapp/v1/ping\nid=123&name=test\nhost\nhost:10.22.26.181%3A28080\n');
    expect(signature(get, { ...input, signedHeaders: ['host'] })).toBe('1c7300467890cdd4aa9d6dfeac6f33799d2963419d4993a754efeea3f0308834');
  });

  it('parses the Authorization header and rejects malformed ones', () => {
    expect(parseAuthorization(authorizationHeader(post, input))).toEqual({
      accessKey: 'globalaktest',
      timestamp: '2018-10-17T11:48:24.000Z',
      signedHeaders: ['content-length', 'content-type', 'host'],
      signature: 'e3f0f406c2658426aab540c56578e15bae8fadcadf3092f843c070567c3b76b5',
    });
    expect(parseAuthorization('Bearer abc')).toBeUndefined();
    expect(parseAuthorization('auth-v2/ak/ts/host')).toBeUndefined();
    expect(parseAuthorization('auth-v2/ak/2018-10-17T11:48:24Z/host/nothex')).toBeUndefined();
  });

  it('reads timestamps with and without milliseconds, and nothing else', () => {
    expect(parseSignatureTimestamp('2018-10-17T11:48:24.000Z')).toBe(Date.UTC(2018, 9, 17, 11, 48, 24));
    expect(parseSignatureTimestamp('2018-10-17T11:48:24Z')).toBe(Date.UTC(2018, 9, 17, 11, 48, 24));
    expect(parseSignatureTimestamp('2018-10-17 11:48:24')).toBeUndefined();
  });
});
