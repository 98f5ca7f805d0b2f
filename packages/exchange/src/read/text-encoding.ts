import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Text as a planner's tools write it: UTF-8 (with or without a BOM) or, from Chinese Windows
 * programs such as Excel's "CSV" save, GBK. GB18030 is read for GBK: it is a superset and
 * decodes every GBK file the same.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'GBK' } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
      encoding: 'GBK',
    };
  }
}

/** Whether the bytes are valid UTF-8 (ASCII included). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
