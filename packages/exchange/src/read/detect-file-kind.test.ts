import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFileKind } from './detect-file-kind';
import { expectRefusal } from './fixtures/gdal';
import { readFeatureFile } from './read-feature-file';

const x = strToU8('x');

describe('detectFileKind', () => {
  it('tells zips apart by what they hold, whatever they are called', () => {
    expect(
      detectFileKind(
        zipSync({ 'a/zones.SHP': x, 'a/zones.dbf': x }),
        'application/octet-stream',
        'upload.bin',
      ),
    ).toBe('shp.zip');
    expect(
      detectFileKind(zipSync({ '[Content_Types].xml': x, 'xl/workbook.xml': x }), undefined, 'data.zip'),
    ).toBe('xlsx');
    expect(detectFileKind(zipSync({ 'doc.kml': x, 'files/a.png': x }))).toBe('kmz');
    expect(detectFileKind(zipSync({ '__MACOSX/._zones.shp': x, 'zones.kml': x }))).toBe('kmz');
  });

  it('refuses a file named or typed a zip that is not one, rather than reading it as text', () => {
    const text = strToU8('name,lng,lat\n');
    expect(() => detectFileKind(text, 'application/zip', 'zones.zip')).toThrow(/MALFORMED|not one/);
    expect(() => detectFileKind(text, 'application/octet-stream', 'zones.kmz')).toThrow(/not one/);
    expect(() => detectFileKind(text, undefined, 'projects.xlsx')).toThrow(/not one/);
    expect(detectFileKind(text, 'text/csv', 'projects.csv')).toBe('csv');
  });

  it('tells text formats by their first characters', () => {
    expect(detectFileKind(strToU8('\uFEFF  {"type":"FeatureCollection"}'))).toBe('geojson');
    expect(
      detectFileKind(strToU8('<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">')),
    ).toBe('kml');
    expect(detectFileKind(strToU8('name,lng,lat\n'))).toBe('csv');
    expect(detectFileKind(strToU8('名称\n周口'), 'text/csv; charset=utf-8')).toBe('csv');
    expect(detectFileKind(strToU8('[]'), undefined, 'x.geojson')).toBe('geojson');
  });

  it('refuses what it cannot read, saying what it takes', async () => {
    await expectRefusal(() => detectFileKind(zipSync({ 'readme.txt': x })), 'UNKNOWN_FORMAT');
    await expectRefusal(() => detectFileKind(strToU8('<gpx></gpx>')), 'UNKNOWN_FORMAT');
    await expectRefusal(
      () => detectFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
      'UNKNOWN_FORMAT',
    );
    await expectRefusal(
      () => detectFileKind(new Uint8Array([1, 0, 2, 0]), 'text/csv', 'x.csv'),
      'UNKNOWN_FORMAT',
    );
    const xls = await expectRefusal(
      () => detectFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      'UNKNOWN_FORMAT',
    );
    expect(xls.messageZh).toContain('.xlsx');
  });
});

describe('readFeatureFile limits', () => {
  it('refuses a file over the byte limit before looking at it', async () => {
    const bytes = strToU8(`{"type":"FeatureCollection","features":[]}${' '.repeat(2000)}`);
    const error = await expectRefusal(
      () => readFeatureFile(bytes, { limits: { maxBytes: 1000 } }),
      'TOO_LARGE',
    );
    expect(error.messageEn).toMatch(/over the limit/);
    expect((await readFeatureFile(bytes, { limits: { maxBytes: 4000 } })).features).toEqual([]);
  });
});
