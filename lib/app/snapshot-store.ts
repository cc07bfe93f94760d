import { SNAPSHOT_FORMAT, type PopupView } from './snapshot';

/**
 * Where the background keeps the popup's snapshot in `storage.local`: as one JSON string,
 * because Chromium reads a 100 kB string back in ~2 ms and the same data as an object
 * tree in ~17 ms (it converts every value).
 */
export const SNAPSHOT_STORAGE_KEY = 'popupSnapshotJson';
/** The object form earlier versions wrote; removed on update. */
export const LEGACY_SNAPSHOT_KEY = 'popupSnapshot';

type Area = { get(key: string): Promise<Record<string, unknown>> };

/**
 * The snapshot from its stored string, or null when there is none, it is not one, or an
 * earlier version stored it (the background rewrites it after an update; until then the
 * popup reads the ledger).
 */
export function parseSnapshot(raw: unknown): PopupView | null {
  if (typeof raw !== 'string') return null;
  try {
    const v = JSON.parse(raw) as Partial<PopupView> | null;
    return v &&
      v.format === SNAPSHOT_FORMAT &&
      typeof v.today === 'string' &&
      Array.isArray(v.suggestions) &&
      Array.isArray(v.totals)
      ? (v as PopupView)
      : null;
  } catch {
    return null;
  }
}

/** The stored snapshot, read once when the popup opens. */
export function firstSnapshot(area: Area): Promise<PopupView | null> {
  return area.get(SNAPSHOT_STORAGE_KEY).then((r) => {
    performance.mark('popup:snapshot');
    return parseSnapshot(r[SNAPSHOT_STORAGE_KEY]);
  });
}

/** A snapshot is shown only on the day it was taken: another day's plan is not today's. */
export function snapshotOfToday(snap: PopupView | null, today: string): PopupView | null {
  return snap && snap.today === today ? snap : null;
}
