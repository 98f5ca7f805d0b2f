import type { Map as MapLibreMap } from 'maplibre-gl';
import { SYMBOL_COLOURS } from '../theme/palette';

/** One map symbol: a badge shape in a colour with a white glyph on it, drawn on a 24 × 24 grid. */
interface Icon {
  readonly badge: 'circle' | 'square' | 'diamond';
  readonly colour: string;
  readonly glyph: string;
  readonly size?: number;
}

// Glyph paths on a 24-unit grid: shapes planners know from utility and planning maps.
const WATER_DROP = 'M12 4.5C12 4.5 7.5 10 7.5 13.5a4.5 4.5 0 0 0 9 0C16.5 10 12 4.5 12 4.5Z';
const LIGHTNING = 'M13.5 3.5L6.5 13.5H11.5L10.5 20.5L17.5 10.5H12.5Z';
const HOUSE = 'M12 4L4 11H6.5V19H10.5V14.5H13.5V19H17.5V11H20Z';
const BUILDING = 'M6 19V6H14V10H18V19ZM8 8V10H10V8ZM8 12V14H10V12ZM11.5 12V14H13.5V12ZM14.5 12V14H16.5V12Z';

/** Every symbol the map draws, by the name its layers ask for. */
export const MAP_ICONS: Record<string, Icon> = {
  'sewage-plant': { badge: 'circle', colour: SYMBOL_COLOURS.sewagePlant, glyph: WATER_DROP },
  'substation-110': { badge: 'square', colour: SYMBOL_COLOURS.substation110, glyph: LIGHTNING },
  'substation-220': { badge: 'square', colour: SYMBOL_COLOURS.substation220, glyph: LIGHTNING, size: 32 },
  facility: { badge: 'diamond', colour: SYMBOL_COLOURS.facility, glyph: BUILDING, size: 22 },
  community: { badge: 'circle', colour: SYMBOL_COLOURS.community, glyph: HOUSE },
};

const PIXEL_RATIO = 2;

function drawBadge(ctx: CanvasRenderingContext2D, icon: Icon) {
  ctx.beginPath();
  if (icon.badge === 'circle') ctx.arc(12, 12, 10.5, 0, Math.PI * 2);
  else if (icon.badge === 'square') ctx.roundRect(2, 2, 20, 20, 4);
  else {
    ctx.moveTo(12, 1.5);
    ctx.lineTo(22.5, 12);
    ctx.lineTo(12, 22.5);
    ctx.lineTo(1.5, 12);
    ctx.closePath();
  }
  ctx.fillStyle = icon.colour;
  ctx.fill();
  // A white rim keeps the symbol readable over any fill beneath it.
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

function drawIcon(icon: Icon): ImageData {
  const px = (icon.size ?? 26) * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the map symbols on');
  ctx.scale(px / 24, px / 24);
  drawBadge(ctx, icon);
  ctx.fillStyle = '#ffffff';
  ctx.fill(new Path2D(icon.glyph), 'evenodd');
  return ctx.getImageData(0, 0, px, px);
}

/**
 * Draws a symbol in the browser and hands it to the map, when a layer first asks for it: no sprite
 * sheet to fetch. Names the map does not know are left to MapLibre's own warning.
 */
export function addMapIcon(map: MapLibreMap, name: string) {
  const icon = MAP_ICONS[name];
  if (icon && !map.hasImage(name)) map.addImage(name, drawIcon(icon), { pixelRatio: PIXEL_RATIO });
}
