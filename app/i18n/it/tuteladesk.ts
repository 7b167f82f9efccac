// Italian: Tutele — tuteladesk (placeholder; filled by the pages that use it).
export const tuteladesk = {
} as const;
