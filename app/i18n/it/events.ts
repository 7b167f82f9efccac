// Italian: events (Formazione).
export const events = {
} as const;
