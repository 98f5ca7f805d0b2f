import { describe, expect, it } from 'vitest';
import { readWebEnv } from './env';

describe('the map’s environment', () => {
  it('defaults to the API beside it and no basemap', () => {
    expect(readWebEnv({})).toEqual({
      graphqlUrl: 'http://127.0.0.1:4000/graphql',
      basemap: { kind: 'none' },
      nodeEnv: 'development',
    });
    expect(readWebEnv({ ATLAS_API_URL: '  ', NODE_ENV: '' }).graphqlUrl).toBe(
      'http://127.0.0.1:4000/graphql',
    );
  });

  it('reads the API address once, trailing slash or not', () => {
    expect(readWebEnv({ ATLAS_API_URL: 'http://api.internal:4000/' }).graphqlUrl).toBe(
      'http://api.internal:4000/graphql',
    );
  });

  it('refuses an API address that is no http(s) URL, naming the variable in both languages', () => {
    expect(() => readWebEnv({ ATLAS_API_URL: 'api:4000' })).toThrow(
      /ATLAS_API_URL.*须为.*must be an http\(s\) URL/,
    );
    expect(() => readWebEnv({ ATLAS_API_URL: 'ftp://api' })).toThrow(/ATLAS_API_URL/);
  });

  it('checks the basemap with the rest', () => {
    expect(() =>
      readWebEnv({
        ATLAS_BASEMAP_TIANDITU_KEY: 'abc',
        ATLAS_BASEMAP_STYLE_URL: 'https://x.example/style.json',
      }),
    ).toThrow(/not both/);
    expect(readWebEnv({ ATLAS_BASEMAP_TIANDITU_KEY: 'abc123' }).basemap).toEqual({
      kind: 'tianditu',
      key: 'abc123',
    });
  });
});
