import { describe, expect, it } from 'vitest';
import { RawJsonSplice } from './raw-json';

describe('RawJsonSplice', () => {
  it('puts each text where its marker stood, nested and in arrays', () => {
    const splice = new RawJsonSplice();
    const point = '{"type":"Point","coordinates":[114.6,33.6]}';
    const line = '{"type":"LineString","coordinates":[[114,33],[115,34]]}';
    const body = splice.stringify({
      data: { zones: [{ code: 'a', geometry: splice.insert(point) }, { geometry: splice.insert(line) }] },
    });
    expect(JSON.parse(body)).toEqual({
      data: { zones: [{ code: 'a', geometry: JSON.parse(point) }, { geometry: JSON.parse(line) }] },
    });
  });

  it('leaves alone a string that imitates a marker without this request’s word', () => {
    const splice = new RawJsonSplice();
    splice.insert('{"type":"Point","coordinates":[0,0]}');
    const hostile = '\u0000deadbeef:0';
    expect(JSON.parse(splice.stringify({ name: hostile }))).toEqual({ name: hostile });
  });

  it('writes plain JSON when nothing was inserted', () => {
    expect(new RawJsonSplice().stringify({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
  });

  it('gives two requests different words, so one request’s markers never match the other’s', () => {
    const first = new RawJsonSplice();
    const second = new RawJsonSplice();
    const marker = first.insert('1');
    second.insert('2');
    expect(JSON.parse(second.stringify({ v: marker }))).toEqual({ v: marker });
  });
});
