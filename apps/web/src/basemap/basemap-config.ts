/**
 * What the map draws under the project's own layers. `none` is the default: nothing leaves the
 * machine. The other two are chosen by an operator and fetched by the browser.
 */
export type BasemapConfig =
  | { kind: 'none' }
  | { kind: 'tianditu'; key: string }
  | { kind: 'style'; url: string };

export const TIANDITU_KEY_VARIABLE = 'ATLAS_BASEMAP_TIANDITU_KEY';
export const STYLE_URL_VARIABLE = 'ATLAS_BASEMAP_STYLE_URL';

/** Unset, empty and all-blank values are the same: an operator who clears a variable means "off". */
function read(env: Record<string, string | undefined>, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function parseStyleUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${STYLE_URL_VARIABLE} 不是有效地址 / ${STYLE_URL_VARIABLE} is not an absolute URL: "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `${STYLE_URL_VARIABLE} 须为 http(s) 地址 / ${STYLE_URL_VARIABLE} must be an http(s) URL, not ${url.protocol}`,
    );
  }
  return url.href;
}

function parseTiandituKey(value: string): string {
  // Keys are 32 hexadecimal characters; anything else is a paste mistake (a whole tile URL, `tk=…`).
  if (!/^[0-9A-Za-z]+$/.test(value)) {
    throw new Error(
      `${TIANDITU_KEY_VARIABLE} 须为天地图浏览器端密钥 / ${TIANDITU_KEY_VARIABLE} must be a bare Tianditu key (letters and digits only)`,
    );
  }
  return value;
}

/**
 * Reads the basemap an operator configured. A mistake throws, naming the variable, rather than
 * quietly drawing a map other than the one the operator asked for.
 *
 * Setting both variables is refused: they are different providers with different terms, and
 * letting one silently win would hide which map (and which key) a deployment actually uses.
 *
 * @example
 * readBasemapConfig({}); // { kind: 'none' }
 * readBasemapConfig({ ATLAS_BASEMAP_TIANDITU_KEY: '0123…' }); // { kind: 'tianditu', key: '0123…' }
 * readBasemapConfig({ ATLAS_BASEMAP_STYLE_URL: 'https://tiles.example.org/style.json' });
 * // { kind: 'style', url: 'https://tiles.example.org/style.json' }
 */
export function readBasemapConfig(env: Record<string, string | undefined>): BasemapConfig {
  const key = read(env, TIANDITU_KEY_VARIABLE);
  const url = read(env, STYLE_URL_VARIABLE);
  if (key && url) {
    throw new Error(
      `只能设置 ${TIANDITU_KEY_VARIABLE} 或 ${STYLE_URL_VARIABLE} 之一 / set ${TIANDITU_KEY_VARIABLE} or ${STYLE_URL_VARIABLE}, not both`,
    );
  }
  if (key) return { kind: 'tianditu', key: parseTiandituKey(key) };
  if (url) return { kind: 'style', url: parseStyleUrl(url) };
  return { kind: 'none' };
}
