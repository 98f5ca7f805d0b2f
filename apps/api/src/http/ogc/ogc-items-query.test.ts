import { describe, expect, it } from 'vitest';
import { OgcException } from './ogc-exception';
import { DEFAULT_LIMIT, layerQueryOf, MAX_LIMIT, readItemsQuery } from './ogc-items-query';

const refusal = (search: string) => {
  try {
    readItemsQuery(search);
  } catch (error) {
    if (error instanceof OgcException) return error;
    throw error;
  }
  throw new Error(`${search} was accepted`);
};

describe('reading /items parameters', () => {
  it('pages 100 features from the start unless told', () => {
    expect(readItemsQuery('')).toEqual({ limit: DEFAULT_LIMIT, offset: 0, filters: {} });
  });

  it('serves a limit above the maximum as the maximum, as Part 1 says', () => {
    expect(readItemsQuery('limit=5000').limit).toBe(MAX_LIMIT);
    expect(readItemsQuery('limit=1&offset=40').offset).toBe(40);
  });

  it('reads bbox and the layer filters into the core query', () => {
    const query = readItemsQuery('bbox=114.5,33.4,115.1,33.9&zone=xiangcheng&status=STARTED&f=json');
    expect(layerQueryOf(query)).toEqual({
      bbox: [114.5, 33.4, 115.1, 33.9],
      zone: 'xiangcheng',
      status: 'STARTED',
      limit: DEFAULT_LIMIT,
      offset: 0,
    });
  });

  it('refuses unknown, repeated and malformed parameters with 400 InvalidParameterValue', () => {
    for (const search of [
      'colour=red',
      'datetime=2014-01-01',
      'limit=0',
      'limit=-3',
      'limit=1.5',
      'limit=ten',
      'offset=-1',
      'offset=99999999999',
      'limit=10&limit=20',
      'bbox=114,33,115',
      'bbox=114,33,115,34,0,10',
      'bbox=115,33,114,34',
      'bbox=114,34,115,33',
      'bbox=114,33,115,NaN',
      'bbox=114,33,115,Infinity',
      'bbox=-200,33,115,34',
      'bbox=0x10,33,115,34',
      'zone=%27%3B%20drop',
      'f=html',
    ]) {
      const error = refusal(search);
      expect(error.status, search).toBe(400);
      expect(error.code).toBe('InvalidParameterValue');
      expect(error.description).toMatch(/ \/ /);
    }
  });

  it('names the parameter it does not know, in both languages', () => {
    expect(refusal('colour=red').description).toMatch(/未知参数 colour.* \/ Unknown parameter colour/);
  });
});
