// Demo data for Formazione (authoring). Fictional people only.
import type { SeedContext } from "./context";

export async function seedAuthoring(_ctx: SeedContext): Promise<void> {}
