import type { Roll } from "../db/generated/enums";

export const roller: Record<Roll, string> = {
  ADMIN: "Administratör",
  REDAKTOR: "Redaktör",
  HANDLAGGARE: "Handläggare",
  REKTOR: "Rektor",
};
