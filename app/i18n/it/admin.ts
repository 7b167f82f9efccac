// Italian: admin.
export const admin = {
} as const;
