/**
 * What the popup needs once its list is on screen: reading the whole ledger, logging
 * actions, the action form. Loaded after the first paint so that opening the popup
 * costs only the snapshot and the list.
 */
export { loadState } from '@/lib/app/state';
export { popupView } from '@/lib/app/snapshot';
export { loadDemoData, openSidePanel, recordEvents } from '@/lib/app/ledger-access';
export { ActionForm } from '@/components/ActionForm';
export { settleBank } from '@/lib/app/bank';
export { PendingPayments } from '@/components/PendingPayments';
export { UnconfirmedSends } from '@/components/UnconfirmedSends';
