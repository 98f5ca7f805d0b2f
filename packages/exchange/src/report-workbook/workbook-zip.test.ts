import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { boundedWorkbookBytes, REPORT_WORKBOOK_LIMITS } from './workbook-zip';

const limits = REPORT_WORKBOOK_LIMITS;

async function realWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('项目').addRow(['项目编号', 1]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook with one more entry whose headers claim `claimed` bytes though it inflates to `real`. */
function lyingZip(real: number, claimed: number): Uint8Array {
  const zip = zipSync(
    { 'xl/workbook.xml': new Uint8Array(10), 'xl/big.xml': new Uint8Array(real) },
    { level: 9 },
  );
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 4 <= zip.length; at += 1) {
    const signature = view.getUint32(at, true);
    // Local file header: uncompressed size at +22; central directory header: at +24.
    if (signature === 0x04034b50 && view.getUint32(at + 22, true) === real)
      view.setUint32(at + 22, claimed, true);
    if (signature === 0x02014b50 && view.getUint32(at + 24, true) === real)
      view.setUint32(at + 24, claimed, true);
  }
  return zip;
}

describe('a workbook upload is bounded before exceljs opens it', () => {
  it('passes a real workbook through, entry for entry', async () => {
    const bytes = await realWorkbook();
    const safe = boundedWorkbookBytes(bytes, limits);
    const before = Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/'));
    expect(Object.keys(unzipSync(safe)).sort()).toEqual(before.map(([name]) => name).sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(safe as unknown as ArrayBuffer);
    expect(wb.getWorksheet('项目')?.getCell('A1').value).toBe('项目编号');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = await realWorkbook();
    expect(() => boundedWorkbookBytes(bytes, { ...limits, maxBytes: bytes.length - 1 })).toThrow(
      expect.objectContaining({ refusal: 'TOO_LARGE' }),
    );
  });

  it('refuses too many entries, a path out of the archive, and a declared size over the limit', () => {
    const many = Object.fromEntries(
      Array.from({ length: limits.maxZipEntries + 1 }, (_, i) => [`xl/f${i}.xml`, new Uint8Array(1)]),
    );
    expect(() => boundedWorkbookBytes(zipSync(many), limits)).toThrow(
      expect.objectContaining({ refusal: 'ZIP_ENTRIES' }),
    );
    const escaping = zipSync({
      'xl/workbook.xml': new Uint8Array(1),
      '../../etc/cron.d/x': new Uint8Array(1),
    });
    expect(() => boundedWorkbookBytes(escaping, limits)).toThrow(
      expect.objectContaining({ refusal: 'ZIP_PATH' }),
    );
    const bomb = zipSync(
      { 'xl/workbook.xml': new Uint8Array(limits.maxUncompressedBytes + 1) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => boundedWorkbookBytes(bomb, limits)).toThrow(
      expect.objectContaining({ refusal: 'ZIP_BOMB' }),
    );
  });

  it('stops an entry that inflates beyond the size its headers declare', () => {
    const lying = lyingZip(5_000_000, 1_000);
    expect(lying.length).toBeLessThan(50_000);
    expect(() => boundedWorkbookBytes(lying, limits)).toThrow(
      expect.objectContaining({ refusal: 'ZIP_BOMB' }),
    );
  });

  it('refuses what is not a zip at all', () => {
    expect(() => boundedWorkbookBytes(new TextEncoder().encode('<html>'), limits)).toThrow(
      expect.objectContaining({ refusal: 'MALFORMED' }),
    );
  });
});
