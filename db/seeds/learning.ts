// Demo data for Formazione (learning). Fictional people only.
import type { SeedContext } from "./context";

export async function seedLearning(_ctx: SeedContext): Promise<void> {}
