/**
 * Colour-vision checks for the palette: a colour as people with a dichromacy see it (Machado,
 * Oliveira & Fernandes 2009, severity 1), and how far apart two colours look (CIEDE2000).
 * Pure arithmetic on `#rrggbb` strings, so tests and tools can ask it without a browser.
 */

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
type Rgb = [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, severity 1.0, applied to linear RGB. */
const MACHADO: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export const DEFICIENCIES = Object.keys(MACHADO) as Deficiency[];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toGamma = (l: number) => {
  const c = Math.min(1, Math.max(0, l));
  return Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
};
const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * A colour as seen with a dichromacy.
 *
 * @example
 * simulate('#ff0000', 'deuteranopia'); // an olive-brown: red loses its redness
 */
export function simulate(colour: string, deficiency: Deficiency): string {
  const linear = parseHex(colour).map(toLinear) as Rgb;
  const m = MACHADO[deficiency];
  const out = m.map((row) => row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]) as Rgb;
  return hex(out.map(toGamma) as Rgb);
}

function lab(colour: string): Rgb {
  const [r, g, b] = parseHex(colour).map(toLinear) as Rgb;
  // sRGB (D65) to XYZ, normalised by the D65 white.
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const deg = (rad: number) => (rad * 180) / Math.PI;
const rad = (d: number) => (d * Math.PI) / 180;

function hueAngle(b: number, a: number): number {
  if (a === 0 && b === 0) return 0;
  const h = deg(Math.atan2(b, a));
  return h >= 0 ? h : h + 360;
}

/**
 * How different two colours look, by CIEDE2000 (Sharma, Wu & Dalal 2005): about 2 is just
 * noticeable side by side, over 10 is told apart at a glance.
 *
 * @example
 * deltaE2000('#000000', '#ffffff'); // 100
 */
export function deltaE2000(first: string, second: string): number {
  const [l1, a1, b1] = lab(first);
  const [l2, a2, b2] = lab(second);
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const [hp1, hp2] = [hueAngle(b1, ap1), hueAngle(b2, ap2)];
  const dL = l2 - l1;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0)
    dh = Math.abs(hp2 - hp1) <= 180 ? hp2 - hp1 : hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 + 360;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(rad(dh / 2));
  const lBar = (l1 + l2) / 2;
  const cpBar = (cp1 + cp2) / 2;
  let hBar = hp1 + hp2;
  if (cp1 * cp2 !== 0)
    hBar =
      Math.abs(hp1 - hp2) <= 180
        ? (hp1 + hp2) / 2
        : hp1 + hp2 < 360
          ? (hp1 + hp2 + 360) / 2
          : (hp1 + hp2 - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos(rad(hBar - 30)) +
    0.24 * Math.cos(rad(2 * hBar)) +
    0.32 * Math.cos(rad(3 * hBar + 6)) -
    0.2 * Math.cos(rad(4 * hBar - 63));
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cpBar;
  const sh = 1 + 0.015 * cpBar * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The smallest CIEDE2000 distance between any two of `colours`, as seen normally and with each dichromacy. */
export function smallestDistance(colours: readonly string[]): {
  distance: number;
  seenBy: string;
  pair: [string, string];
} {
  let worst = { distance: Number.POSITIVE_INFINITY, seenBy: '', pair: ['', ''] as [string, string] };
  for (const seenBy of ['normal', ...DEFICIENCIES] as const) {
    const seen = colours.map((c) => (seenBy === 'normal' ? c : simulate(c, seenBy)));
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const distance = deltaE2000(seen[i] as string, seen[j] as string);
        if (distance < worst.distance)
          worst = { distance, seenBy, pair: [colours[i] as string, colours[j] as string] };
      }
    }
  }
  return worst;
}
