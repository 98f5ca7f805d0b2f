import { describe, expect, it } from 'vitest';
import { formatView, parseView } from './view-url';

describe('the view in the URL', () => {
  it('round-trips centre, zoom, cluster, hidden layers and the open zone', () => {
    const view = {
      center: [114.8512, 34.0431] as [number, number],
      zoom: 10.25,
      cluster: 'textile',
      hidden: ['rivers'],
      zone: 'taikang',
    };
    const query = formatView(view);
    expect(query).toBe('?c=114.8512,34.0431&z=10.25&cluster=textile&hide=rivers&zone=taikang');
    expect(parseView(query)).toEqual(view);
  });

  it('reads an empty or partial query as “the default view”', () => {
    expect(parseView('')).toEqual({ center: null, zoom: null, cluster: null, hidden: [], zone: null });
    expect(parseView('?c=abc&z=x')).toEqual({
      center: null,
      zoom: null,
      cluster: null,
      hidden: [],
      zone: null,
    });
  });
});
