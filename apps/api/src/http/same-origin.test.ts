import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedHosts, isSameSite } from './same-origin';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('whether a cookie-signed write comes from the site itself', () => {
  const allowed = allowedHosts(' https://atlas.zhoukou.gov.cn , localhost:3000,not a url:::');

  it('reads ATLAS_ALLOWED_ORIGINS as hosts, origins or bare', () => {
    expect([...allowed].sort()).toEqual(['atlas.zhoukou.gov.cn', 'localhost:3000']);
  });

  it('accepts an Origin or Referer naming the Host, X-Forwarded-Host or an allowed host', () => {
    expect(isSameSite(request({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }), allowed)).toBe(
      true,
    );
    expect(
      isSameSite(
        request({ host: 'api:4000', 'x-forwarded-host': 'map.example.cn', origin: 'https://MAP.example.cn' }),
        allowed,
      ),
    ).toBe(true);
    expect(
      isSameSite(
        request({ host: 'api:4000', referer: 'http://localhost:3000/report?month=2014-09' }),
        allowed,
      ),
    ).toBe(true);
    expect(isSameSite(request({ host: 'api:4000', origin: 'https://atlas.zhoukou.gov.cn' }), allowed)).toBe(
      true,
    );
  });

  it('refuses another site, a null or missing Origin, and a port that differs', () => {
    expect(isSameSite(request({ host: '127.0.0.1:4000', origin: 'https://evil.example.com' }), allowed)).toBe(
      false,
    );
    expect(isSameSite(request({ host: '127.0.0.1:4000', origin: 'null' }), allowed)).toBe(false);
    expect(isSameSite(request({ host: '127.0.0.1:4000' }), allowed)).toBe(false);
    expect(isSameSite(request({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4001' }), allowed)).toBe(
      false,
    );
    expect(
      isSameSite(request({ host: 'atlas.example.cn', origin: 'https://atlas.example.cn.evil.com' }), allowed),
    ).toBe(false);
  });
});
