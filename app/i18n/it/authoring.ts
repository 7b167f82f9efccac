// Italian: authoring (Formazione).
export const authoring = {
} as const;
