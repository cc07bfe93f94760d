import { startSnapshotRead } from '@/lib/app/snapshot-early';

/**
 * A classic script in popup.html's head: it asks storage for the popup's snapshot while
 * the page's modules are still being fetched, so the list can be drawn as soon as they run.
 */
export default defineUnlistedScript(() => startSnapshotRead(browser.storage.local));
