import { describe, expect, it } from 'vitest';
import { loginRefusal } from './login-refusal';

describe('loginRefusal', () => {
  it('reads a wrong password from the API’s code', () => {
    expect(
      loginRefusal([{ message: '用户名或密码不正确 / Wrong', extensions: { code: 'UNAUTHENTICATED' } }]),
    ).toEqual({ kind: 'wrongPassword' });
  });

  it('reads a throttle with its wait, from the details or else from Retry-After', () => {
    const throttled = { message: 'x', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 41.2 } };
    expect(loginRefusal([throttled])).toEqual({ kind: 'throttled', waitSeconds: 42 });
    const bare = { message: 'x', extensions: { code: 'TOO_MANY_ATTEMPTS' } };
    expect(loginRefusal([bare], '30')).toEqual({ kind: 'throttled', waitSeconds: 30 });
    expect(loginRefusal([bare])).toEqual({ kind: 'throttled', waitSeconds: null });
  });

  it('says no more than the API about a disabled account', () => {
    const refused = {
      message: '用户名或密码不正确,或账号已停用 / Wrong username or password, or the account is disabled',
      extensions: { code: 'UNAUTHENTICATED' },
    };
    expect(loginRefusal([refused])).toEqual({ kind: 'wrongPassword' });
  });

  it('passes anything else on in the API’s own words', () => {
    const down = { message: '暂时无法连接数据服务', extensions: { code: 'API_UNREACHABLE' } };
    expect(loginRefusal([down])).toEqual({ kind: 'other', message: '暂时无法连接数据服务' });
  });
});
