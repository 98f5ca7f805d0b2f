import { describe, expect, it } from 'vitest';
import { NO_PROJECT_FILTER } from '../map/project-filter';
import { bboxParam, exportableLayers, exportHref } from './export-href';

describe('exportHref', () => {
  it('asks for the view’s bounds and the language, and no filter the map does not hold', () => {
    const href = exportHref('projects', 'xlsx', {
      bounds: [114.5, 33.6, 115, 34],
      filter: NO_PROJECT_FILTER,
      cluster: null,
      locale: 'zh',
    });
    expect(href).toBe('/export/projects.xlsx?bbox=114.5,33.6,115,34&lang=zh');
  });

  it('cuts only the projects by the project filters: the map draws every zone whatever they say', () => {
    const href = exportHref('zones', 'csv', {
      bounds: [114.5, 33.6, 115, 34],
      filter: { zone: 'taikang', statuses: ['STARTED'], period: '2014Q3' },
      cluster: 'textile',
      locale: 'zh',
    });
    expect(href).toBe('/export/zones.csv?bbox=114.5,33.6,115,34&lang=zh');
  });

  it('carries the zone, cluster, statuses and period the map is filtered by', () => {
    const href = exportHref('projects', 'shp.zip', {
      bounds: null,
      filter: { zone: 'taikang', statuses: ['STARTED', 'COMPLETED'], period: '2014Q3' },
      cluster: 'textile',
      locale: 'en',
    });
    const url = new URL(href, 'http://atlas.invalid');
    expect(url.pathname).toBe('/export/projects.shp.zip');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      zone: 'taikang',
      cluster: 'textile',
      status: 'STARTED,COMPLETED',
      period: '2014Q3',
      lang: 'en',
    });
  });
});

describe('bboxParam', () => {
  it('rounds outward, so a feature on the view’s edge stays inside', () => {
    expect(bboxParam([114.1234567, 33.0000001, 115.2000001, 34.9999999])).toBe('114.123456,33,115.200001,35');
  });

  it('holds a far-out view to the globe', () => {
    expect(bboxParam([-250, -95, 300, 95])).toBe('-180,-90,180,90');
  });
});

describe('exportableLayers', () => {
  it('keeps the shown layers that have an export, in order (rivers have none)', () => {
    expect(exportableLayers(['counties', 'rivers', 'zones', 'projects'])).toEqual([
      'counties',
      'zones',
      'projects',
    ]);
  });
});
