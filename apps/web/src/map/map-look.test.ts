import { describe, expect, it } from 'vitest';
import { applyLocale, applyVisibility, highlightCluster, shownLayers, styleEditor } from './map-look';
import { baseStyle } from './style';

describe('the map’s look, written into its style before the map opens', () => {
  it('hides exactly the switched-off layers and reads them back', () => {
    const style = baseStyle();
    const editor = styleEditor(style);
    applyVisibility(editor, ['rivers', 'relocation']);
    expect(shownLayers(editor)).toEqual(['counties', 'zones', 'projects', 'roads', 'grid', 'facilities']);
    const river = style.layers.find((l) => l.id === 'river');
    expect(river?.layout).toEqual({ visibility: 'none' });
    // A layer left on is not touched: no layout change, so nothing to re-tile.
    expect(style.layers.find((l) => l.id === 'county-fill')?.layout).toBeUndefined();
  });

  it('labels counties by their English names in English, and dims zones outside a chosen cluster', () => {
    const style = baseStyle();
    const editor = styleEditor(style);
    applyLocale(editor, 'en');
    highlightCluster(editor, 'textile');
    const label = style.layers.find((l) => l.id === 'county-label');
    expect(label?.layout?.['text-field' as never]).toEqual(['get', 'nameEn']);
    const opacity = JSON.stringify(style.layers.find((l) => l.id === 'zone-fill')?.paint);
    expect(opacity).toContain('textile');
  });

  it('leaves the shared base style untouched', () => {
    const first = baseStyle();
    applyVisibility(styleEditor(first), ['rivers']);
    expect(baseStyle().layers.find((l) => l.id === 'river')?.layout).toBeUndefined();
  });
});
