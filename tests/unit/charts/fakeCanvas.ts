/**
 * A stand-in for a chart's scriptable context, enough for `patternFill` to make
 * a pattern without a real canvas: the pattern it returns is a plain string.
 */
export const FAKE_PATTERN = 'a striped pattern';

const pen = {
  globalAlpha: 1,
  fillStyle: '',
  strokeStyle: '',
  lineWidth: 1,
  fillRect() {},
  beginPath() {},
  moveTo() {},
  lineTo() {},
  stroke() {},
  arc() {},
  fill() {},
};

/** A scriptable context for the bar at `dataIndex`, drawing into a fresh fake canvas. */
export function fakeBarContext(dataIndex: number) {
  const ctx = {
    canvas: {
      ownerDocument: { createElement: () => ({ width: 0, height: 0, getContext: () => pen }) },
    },
    createPattern: () => FAKE_PATTERN,
  };
  return { dataIndex, chart: { ctx } };
}
