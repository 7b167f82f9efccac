// Italian: Consulenze legali — consultdesk.
export const consultdesk = {
} as const;
