import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH, placePanel, type Box } from './panel-place';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Box, b: ReturnType<typeof rect>) =>
  a.left < b.right && a.left + a.width > b.left && a.top < b.bottom && a.top + a.height > b.top;
const viewport = { width: 1280, height: 860 };

describe('the docked panel beside its compose', () => {
  it('left of a compose docked bottom-right (Gmail), clear of the compose', () => {
    const compose = rect(720, 300, 540, 560);
    const box = placePanel({ compose, button: rect(1000, 820, 80, 24), viewport });
    expect(box.left + box.width).toBeLessThanOrEqual(compose.left);
    expect(box.width).toBe(PANEL_WIDTH);
    expect(box.top).toBeGreaterThanOrEqual(8);
    expect(box.top + box.height).toBeLessThanOrEqual(viewport.height);
  });

  it('right of a compose at the page’s left', () => {
    const compose = rect(10, 100, 500, 600);
    const box = placePanel({ compose, button: rect(400, 110, 80, 24), viewport });
    expect(box.left).toBeGreaterThanOrEqual(compose.right);
  });

  it('a compose filling the page (Outlook reading pane, full screen): the panel never covers the floating button', () => {
    for (const button of [
      rect(1130, 106, 80, 24),
      rect(60, 106, 80, 24),
      rect(600, 800, 80, 24),
      rect(1190, 400, 80, 24),
    ]) {
      const box = placePanel({ compose: rect(0, 100, 1280, 760), button, viewport });
      expect(overlaps(box, button)).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(8);
      expect(box.left + box.width).toBeLessThanOrEqual(viewport.width);
    }
  });

  it('Outlook: beside the reading pane, narrower, over the message list rather than the compose', () => {
    const compose = rect(320, 48, 960, 812);
    const box = placePanel({ compose, button: rect(420, 60, 80, 24), viewport });
    expect(box.left + box.width).toBeLessThanOrEqual(compose.left);
    expect(box.width).toBeGreaterThanOrEqual(300);
  });

  it('a pop-out window with its button at the bottom: above the button, on the screen, never below it', () => {
    const small = { width: 700, height: 700 };
    // As measured in Chromium on Gmail's pop-out compose: the toolbar, and the button in it, at the bottom.
    const button = rect(180, 667, 104, 26);
    const box = placePanel({ compose: rect(0, 60, 700, 640), button, viewport: small });
    expect(overlaps(box, button)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height).toBeLessThanOrEqual(small.height);
    expect(box.left + box.width).toBeLessThanOrEqual(small.width);
  });

  it('a short window with the compose docked low (Gmail, 800×600): the panel is inside the window, clear of the button', () => {
    const small = { width: 800, height: 600 };
    // Measured in Firefox ESR at puppeteer's default window (2026-12-01).
    const button = rect(354, 567, 104, 26);
    const box = placePanel({ compose: rect(240, 307, 540, 293), button, viewport: small });
    expect(overlaps(box, button)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height).toBeLessThanOrEqual(small.height);
    expect(box.height).toBeGreaterThanOrEqual(120);
  });

  it('a narrow window: the panel narrows to fit', () => {
    const box = placePanel({
      compose: rect(0, 0, 360, 700),
      button: rect(300, 10, 50, 20),
      viewport: { width: 380, height: 700 },
    });
    expect(box.width).toBeLessThanOrEqual(380 - 16);
    expect(overlaps(box, rect(300, 10, 50, 20))).toBe(false);
  });
});
