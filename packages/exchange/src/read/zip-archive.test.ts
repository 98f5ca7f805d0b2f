import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../types';
import { expectRefusal } from './fixtures/gdal';
import { zerosZip } from './fixtures/zip-bomb';
import { listZipEntries, readZip } from './zip-archive';

const MB = 1024 * 1024;

describe('readZip', () => {
  it('reads the entries it is asked for, and only those', () => {
    const bytes = zipSync({
      'zones.shp': strToU8('shape'),
      'zones.dbf': strToU8('table'),
      'readme.txt': strToU8('x'),
    });
    const files = readZip(bytes, DEFAULT_READ_LIMITS, (name) => name.startsWith('zones.'));
    expect([...files.keys()].sort()).toEqual(['zones.dbf', 'zones.shp']);
    expect(new TextDecoder().decode(files.get('zones.shp'))).toBe('shape');
  });

  it('refuses a 300 MB run of zeros from its declared size, before inflating it', async () => {
    const bomb = await zerosZip('zones.shp', 300);
    expect(bomb.byteLength).toBeLessThan(2 * MB);
    expect(listZipEntries(bomb)[0]?.size).toBe(300 * MB);
    const started = process.memoryUsage().arrayBuffers;
    await expectRefusal(() => readZip(bomb, DEFAULT_READ_LIMITS, () => true), 'ZIP_BOMB');
    expect(process.memoryUsage().arrayBuffers - started).toBeLessThan(50 * MB);
  });

  it('stops inflating an entry that grows past the size it declares', async () => {
    const liar = await zerosZip('zones.shp', 300, 1000);
    expect(listZipEntries(liar)[0]?.size).toBe(1000);
    const started = process.memoryUsage().arrayBuffers;
    const error = await expectRefusal(() => readZip(liar, DEFAULT_READ_LIMITS, () => true), 'ZIP_BOMB');
    expect(error.messageEn).toMatch(/declares/);
    expect(process.memoryUsage().arrayBuffers - started).toBeLessThan(50 * MB);
  });

  it('counts entries it does not keep when asked to verify the rest', async () => {
    const liar = await zerosZip('xl/worksheets/sheet1.xml', 20, 1000);
    expect(readZip(liar, DEFAULT_READ_LIMITS, () => false).size).toBe(0);
    await expectRefusal(() => readZip(liar, DEFAULT_READ_LIMITS, () => false, true), 'ZIP_BOMB');
  });

  it.each([
    '../../evil.shp',
    '/etc/evil.shp',
    '..\\..\\evil.shp',
    'C:\\evil.shp',
    'c:/evil.shp',
    'a/../../evil.shp',
  ])('refuses the entry name %j (zip slip)', async (name) => {
    const bytes = zipSync({ 'zones.shp': strToU8('ok'), [name]: strToU8('evil') });
    const error = await expectRefusal(() => readZip(bytes, DEFAULT_READ_LIMITS, () => true), 'ZIP_PATH');
    expect(error.messageEn).toContain('evil.shp');
  });

  it('takes names that only look like traversal', () => {
    const bytes = zipSync({ 'a..b/zones..shp': strToU8('ok') });
    expect(readZip(bytes, DEFAULT_READ_LIMITS, () => true).size).toBe(1);
  });

  it('refuses more entries than the limit, counted from the directory', async () => {
    const files = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`part-${i}.txt`, strToU8('x')]));
    await expectRefusal(() => readZip(zipSync(files), DEFAULT_READ_LIMITS, () => false), 'ZIP_ENTRIES');
    const few = Object.fromEntries(Object.entries(files).slice(0, 200));
    expect(() => readZip(zipSync(few), DEFAULT_READ_LIMITS, () => false)).not.toThrow();
  });

  it('refuses a zip whose directory is cut off or garbled', async () => {
    const bytes = zipSync({ 'zones.shp': strToU8('shape') });
    await expectRefusal(
      () => readZip(bytes.subarray(0, bytes.byteLength - 30), DEFAULT_READ_LIMITS, () => true),
      'MALFORMED',
    );
    const garbled = bytes.slice();
    const entry = listZipEntries(bytes)[0];
    garbled.fill(0xff, 30 + (entry?.name.length ?? 0), 40);
    await expectRefusal(() => readZip(garbled, DEFAULT_READ_LIMITS, () => true), 'MALFORMED');
  });
});
