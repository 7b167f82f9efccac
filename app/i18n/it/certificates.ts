// Italian: certificates (Formazione).
export const certificates = {
} as const;
