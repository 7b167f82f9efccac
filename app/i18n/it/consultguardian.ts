// Italian: Consulenze legali — consultguardian.
export const consultguardian = {
} as const;
