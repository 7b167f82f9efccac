// Demo data for Formazione (events). Fictional people only.
import type { SeedContext } from "./context";

export async function seedEvents(_ctx: SeedContext): Promise<void> {}
