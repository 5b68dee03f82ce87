/**
 * Canvas fills for bar segments: a solid colour, or stripes and dots of the
 * same colour on a light tint, so that a cost component is told by its pattern
 * and not by colour alone. Patterns are drawn once per chart and kept.
 */
import type { Fill } from './palette';

const TILE = 8;
const made = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | string>>();

/** The canvas fill for a colour and a pattern, made on first use in this context. */
export function patternFill(
  ctx: CanvasRenderingContext2D,
  colour: string,
  fill: Fill,
): CanvasPattern | string {
  if (fill === 'solid') return colour;
  let kept = made.get(ctx);
  if (!kept) made.set(ctx, (kept = new Map()));
  const key = `${fill}${colour}`;
  const found = kept.get(key);
  if (found) return found;

  const tile = ctx.canvas.ownerDocument.createElement('canvas');
  tile.width = tile.height = TILE;
  const pen = tile.getContext('2d');
  if (!pen) return colour;
  pen.fillStyle = colour;
  pen.strokeStyle = colour;
  pen.globalAlpha = 0.18;
  pen.fillRect(0, 0, TILE, TILE);
  pen.globalAlpha = 1;
  if (fill === 'stripes') {
    // Diagonals that meet across tile edges, so the stripes run unbroken.
    pen.lineWidth = 2;
    pen.beginPath();
    for (const offset of [-TILE, 0, TILE]) {
      pen.moveTo(offset, TILE);
      pen.lineTo(offset + TILE, 0);
    }
    pen.stroke();
  } else {
    for (const [x, y] of [
      [2, 2],
      [6, 6],
    ]) {
      pen.beginPath();
      pen.arc(x, y, 1.6, 0, 2 * Math.PI);
      pen.fill();
    }
  }
  const pattern = ctx.createPattern(tile, 'repeat') ?? colour;
  kept.set(key, pattern);
  return pattern;
}
