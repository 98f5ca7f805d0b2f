import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { originOf } from './ogc-base-url';

const request = (peer: string, headers: Record<string, string>) =>
  ({
    headers,
    socket: { remoteAddress: peer, localAddress: '10.0.0.5', localPort: 4000 },
  }) as unknown as IncomingMessage;

describe('the address OGC links start with', () => {
  it('is the Host the caller used, over http', () => {
    expect(originOf(request('203.0.113.9', { host: 'atlas.example.cn:4000' }))).toBe(
      'http://atlas.example.cn:4000',
    );
  });

  it('believes X-Forwarded-Proto and X-Forwarded-Host from a proxy on this machine', () => {
    const behindNginx = request('127.0.0.1', {
      host: '127.0.0.1:4000',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'Atlas.Zhoukou.gov.cn',
    });
    expect(originOf(behindNginx)).toBe('https://atlas.zhoukou.gov.cn');
  });

  it('does not believe forwarded headers from anyone else', () => {
    const direct = request('203.0.113.9', {
      host: 'atlas.example.cn',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example.com',
    });
    expect(originOf(direct)).toBe('http://atlas.example.cn');
  });

  it('falls back to the address the request arrived on when Host could bend a URL', () => {
    for (const host of ['evil.example.com/ogc?', 'a@b', 'x y', '', 'javascript:alert(1)'])
      expect(originOf(request('203.0.113.9', { host }))).toBe('http://10.0.0.5:4000');
    expect(originOf(request('127.0.0.1', { host: 'ok:1', 'x-forwarded-proto': 'gopher' }))).toBe(
      'http://ok:1',
    );
  });
});
