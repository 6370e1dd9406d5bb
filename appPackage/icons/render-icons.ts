import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type RgbaImage } from '../../bot/tools/png';

/**
 * Draws Guildhall's two Teams icons from plain geometry: three people under one roof, standing on
 * a shared floor (a community of practice in its hall). Run it after changing the drawing, then
 * commit the PNGs:
 *
 *   npx tsx appPackage/icons/render-icons.ts
 *
 * color.png: 192×192, white emblem on the accent colour, rounded-square background.
 * outline.png: 32×32, white glyph on a transparent background (Teams accepts nothing else there).
 */

type Rgb = readonly [number, number, number];
/** Inside test, in the units of the grid the shape is drawn on. */
type Shape = (x: number, y: number) => boolean;

/** The manifest's accentColor, #5B5FC7. */
export const ACCENT: Rgb = [0x5b, 0x5f, 0xc7];
const WHITE: Rgb = [255, 255, 255];

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };

/** A body: shoulders rounded with radius r, a straight base. */
const torso = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => {
  // Round only the top: the rectangle runs r past the base, where the cut hides its lower corners.
  const shape = roundedRect(x0, y0, x1, y1 + r, r);
  return (x, y) => y <= y1 && shape(x, y);
};

/** Filled triangle (any winding). */
const triangle = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape => {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
};

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

const minus =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);

/**
 * The emblem on a 32-unit grid: one unit is one pixel of outline.png, so its straight edges fall on
 * pixel boundaries there and stay crisp. `detailed` adds the round window in the pediment, which
 * reads at 192 pixels but would close up into a smudge at 32.
 */
function emblem(detailed: boolean): Shape {
  const roof = triangle(2, 12, 30, 12, 16, 3);
  const pediment = detailed ? minus(roof, circle(16, 8.6, 1.6)) : roof;
  // The middle member stands a little taller and in front: the side members' shoulders are cut
  // back one unit around it, so the three bodies stay distinct instead of merging into a blob.
  const middle = torso(11, 20, 21, 27, 4);
  const aroundMiddle = union(torso(10, 19, 22, 27, 5), circle(16, 16, 4));
  return union(
    pediment,
    circle(16, 16, 3),
    middle,
    circle(7.5, 17, 2.5),
    minus(torso(3, 21.5, 15, 27, 3.5), aroundMiddle),
    circle(24.5, 17, 2.5),
    minus(torso(17, 21.5, 29, 27, 3.5), aroundMiddle),
    roundedRect(2, 28, 30, 30, 0.5),
  );
}

/** A shape painted in one colour; canvas pixels map to its units by `(pixel - offset) / scale`. */
interface Layer {
  shape: Shape;
  color: Rgb;
  scale: number;
  offset: number;
}

/**
 * Rasterises layers (later ones on top) with `samples`² sub-pixel samples per pixel, so edges are
 * anti-aliased.
 */
function rasterize(size: number, layers: Layer[], samples: number): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i]!;
            if (layer.shape((x - layer.offset) / layer.scale, (y - layer.offset) / layer.scale)) {
              r += layer.color[0];
              g += layer.color[1];
              b += layer.color[2];
              covered++;
              break;
            }
          }
        }
      }
      const at = (py * size + px) * 4;
      if (covered === 0) continue; // fully transparent: colour bytes stay 0
      // Straight (not premultiplied) colour: the mean of the covered samples only.
      data[at] = Math.round(r / covered);
      data[at + 1] = Math.round(g / covered);
      data[at + 2] = Math.round(b / covered);
      data[at + 3] = Math.round((covered / n) * 255);
    }
  }
  return { width: size, height: size, data };
}

/** color.png: 192×192, the white emblem centred on an accent rounded square. */
export function renderColorIcon(): RgbaImage {
  const size = 192;
  // The emblem spans 112 of the 192 pixels, with a 40-pixel margin all round.
  const scale = 4;
  return rasterize(
    size,
    [
      { shape: roundedRect(0, 0, size, size, 40), color: ACCENT, scale: 1, offset: 0 },
      { shape: emblem(true), color: WHITE, scale, offset: (size - 32 * scale) / 2 },
    ],
    6,
  );
}

/** outline.png: 32×32, the white emblem on full transparency. */
export function renderOutlineIcon(): RgbaImage {
  const size = 32;
  return rasterize(size, [{ shape: emblem(false), color: WHITE, scale: 1, offset: 0 }], 8);
}

if (require.main === module) {
  const dir = join(__dirname, '..');
  writeFileSync(join(dir, 'color.png'), encodePng(renderColorIcon()));
  writeFileSync(join(dir, 'outline.png'), encodePng(renderOutlineIcon()));
  console.log(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
}
