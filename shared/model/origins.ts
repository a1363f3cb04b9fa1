/**
 * Transaction origins. Every change made through shared/model is tagged, so providers and
 * observers can tell a local edit from one that arrived from storage or the network.
 */
export const LOCAL_EDIT = 'quorum:local-edit';
