// Italian: Tutele — tutelaroster (placeholder; filled by the pages that use it).
export const tutelaroster = {
} as const;
