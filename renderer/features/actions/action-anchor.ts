/** The id of an action's row: the register's fragment (#/actions#action-<id>) names it. */
export const actionRowId = (actionId: string) => `action-${actionId}`;

/** The register at one action's row: where a clicked reminder or a search hit opens it. */
export const actionHref = (actionId: string) => `/actions#${actionRowId(actionId)}`;
