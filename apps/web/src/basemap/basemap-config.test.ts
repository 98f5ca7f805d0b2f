import { describe, expect, it } from 'vitest';
import { readBasemapConfig } from './basemap-config';

const KEY = '0123456789abcdef0123456789abcdef';
const STYLE = 'https://tiles.example.org/styles/basic/style.json';

describe('the basemap an operator configures', () => {
  it('is none when neither variable is set, so no request leaves the machine', () => {
    expect(readBasemapConfig({})).toEqual({ kind: 'none' });
  });

  it('counts empty and blank values as unset', () => {
    expect(readBasemapConfig({ ATLAS_BASEMAP_TIANDITU_KEY: '', ATLAS_BASEMAP_STYLE_URL: '  ' })).toEqual({
      kind: 'none',
    });
    expect(readBasemapConfig({ ATLAS_BASEMAP_TIANDITU_KEY: KEY, ATLAS_BASEMAP_STYLE_URL: '' })).toEqual({
      kind: 'tianditu',
      key: KEY,
    });
  });

  it('is Tianditu with a key, trimmed of the newline a secrets file leaves', () => {
    expect(readBasemapConfig({ ATLAS_BASEMAP_TIANDITU_KEY: `${KEY}\n` })).toEqual({
      kind: 'tianditu',
      key: KEY,
    });
  });

  it('refuses a key that is not a bare key', () => {
    expect(() =>
      readBasemapConfig({ ATLAS_BASEMAP_TIANDITU_KEY: `https://t0.tianditu.gov.cn/vec_w/wmts?tk=${KEY}` }),
    ).toThrow(/ATLAS_BASEMAP_TIANDITU_KEY/);
  });

  it('is a remote style with an http(s) URL', () => {
    expect(readBasemapConfig({ ATLAS_BASEMAP_STYLE_URL: STYLE })).toEqual({ kind: 'style', url: STYLE });
    expect(readBasemapConfig({ ATLAS_BASEMAP_STYLE_URL: 'http://10.0.0.5:8080/style.json' })).toEqual({
      kind: 'style',
      url: 'http://10.0.0.5:8080/style.json',
    });
  });

  it('refuses other schemes and relative paths, naming the variable', () => {
    expect(() => readBasemapConfig({ ATLAS_BASEMAP_STYLE_URL: 'file:///srv/style.json' })).toThrow(
      /ATLAS_BASEMAP_STYLE_URL must be an http\(s\) URL, not file:/,
    );
    expect(() => readBasemapConfig({ ATLAS_BASEMAP_STYLE_URL: '/basemap/style.json' })).toThrow(
      /ATLAS_BASEMAP_STYLE_URL is not an absolute URL/,
    );
  });

  it('refuses both at once rather than quietly choosing one', () => {
    expect(() =>
      readBasemapConfig({ ATLAS_BASEMAP_TIANDITU_KEY: KEY, ATLAS_BASEMAP_STYLE_URL: STYLE }),
    ).toThrow(/not both/);
  });
});
