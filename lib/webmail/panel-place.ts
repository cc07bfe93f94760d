/**
 * Where the docked panel goes beside its compose: left of it when there is room, else
 * right of it, else over the page's left side — never over the compose's own Relance
 * button (the panel would hide the only way to close it). Pure, for the tests.
 */
export const PANEL_WIDTH = 400;
const GAP = 8;
const MAX_HEIGHT = 640;
/** Narrowest panel beside a compose (its content wraps down to this). */
const MIN_WIDTH = 300;

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}
type Rect = {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
};

const overlaps = (a: Box, b: Rect) =>
  b.width > 0 &&
  b.height > 0 &&
  a.left < b.right &&
  a.left + a.width > b.left &&
  a.top < b.bottom &&
  a.top + a.height > b.top;

export function placePanel(at: {
  compose: Rect;
  button: Rect;
  viewport: { width: number; height: number };
}): Box {
  const { compose, button, viewport } = at;
  const width = Math.min(PANEL_WIDTH, Math.max(240, viewport.width - 2 * GAP));
  const height = Math.max(200, Math.min(MAX_HEIGHT, viewport.height - 2 * GAP));
  const top = Math.max(GAP, Math.min(compose.top, viewport.height - height - GAP));
  const maxLeft = Math.max(GAP, viewport.width - width - GAP);
  const candidates: Box[] = [
    { top, left: compose.left - width - GAP, width, height },
    { top, left: compose.right + GAP, width, height },
  ].filter((b) => b.left >= GAP && b.left <= maxLeft);
  // Narrower, in the free space beside the compose (Outlook's reading pane leaves the message list).
  const leftSpace = compose.left - 2 * GAP;
  const rightSpace = viewport.width - compose.right - 2 * GAP;
  if (leftSpace >= MIN_WIDTH)
    candidates.push({ top, left: GAP, width: Math.min(width, leftSpace), height });
  if (rightSpace >= MIN_WIDTH)
    candidates.push({ top, left: compose.right + GAP, width: Math.min(width, rightSpace), height });
  // No room beside the compose: over it, but clear of the button — left of it, or below it.
  candidates.push({
    top,
    left: Math.min(maxLeft, Math.max(GAP, button.left - width - GAP)),
    width,
    height,
  });
  const belowTop = button.bottom + GAP;
  candidates.push({
    top: belowTop,
    left: maxLeft,
    width,
    height: Math.max(120, Math.min(height, viewport.height - belowTop - GAP)),
  });
  candidates.push({
    top: GAP,
    left: maxLeft,
    width,
    height: Math.max(120, Math.min(height, button.top - 2 * GAP)),
  });
  // A place off the screen is no place: the user could not reach the panel's buttons.
  const visible = (b: Box) =>
    b.top >= 0 &&
    b.top + b.height <= viewport.height &&
    b.left >= 0 &&
    b.left + b.width <= viewport.width;
  return (
    candidates.find((b) => visible(b) && !overlaps(b, button)) ??
    candidates.find(visible) ??
    candidates[0]!
  );
}
