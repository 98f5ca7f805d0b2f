import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatView, type MapView, parseView } from './view-url';

describe('the view in the URL', () => {
  it('round-trips centre, zoom, cluster, hidden layers, filters, colouring, selection and language', () => {
    const view: MapView = {
      center: [114.8512, 34.0431],
      zoom: 10.25,
      cluster: 'textile',
      hidden: ['rivers'],
      filter: { zone: 'fugou', statuses: ['STARTED', 'COMPLETED'], period: '2014Q3' },
      choropleth: 'new_leading_enterprises_or_projects',
      selection: { kind: 'zone', id: 'taikang' },
      locale: 'en',
    };
    const query = formatView(view);
    expect(query).toBe(
      '?c=114.8512,34.0431&z=10.25&cluster=textile&hide=rivers&in=fugou&status=STARTED,COMPLETED' +
        '&period=2014Q3&target=new_leading_enterprises_or_projects&zone=taikang&lang=en',
    );
    expect(parseView(query)).toEqual(view);
  });

  it('opens a project or a relocation from a link', () => {
    expect(parseView('?project=demo-project-007').selection).toEqual({
      kind: 'project',
      id: 'demo-project-007',
    });
    expect(parseView('?relocation=demo-relocation-08').selection).toEqual({
      kind: 'relocation',
      id: 'demo-relocation-08',
    });
  });

  it('reads an empty, partial or hand-mangled query as the default view', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW);
    expect(formatView(DEFAULT_VIEW)).toBe('');
    expect(parseView('?c=abc&z=x&status=BUILT&period=2014Q9&lang=fr')).toEqual(DEFAULT_VIEW);
  });
});
