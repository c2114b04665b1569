// The published shapes the public pages read from the item table (types without a table of their own).
import { startsida, type StartsidaData } from "./typer/startsida";

export const STARTSIDA_FORVAL: StartsidaData = {
  rubrik: "Grundskoleförvaltningen i Göteborg",
  ingress: "",
  jamliktText: "Stadens mål för en jämlik stad, och förvaltningens insatser för det.",
  framtidsrustadText: "Samverkan mellan skola och arbetsliv, och pilotskolorna som går före.",
};

export function startsidaFran(json: unknown): StartsidaData {
  const r = startsida.schema.safeParse(json);
  return r.success ? r.data : STARTSIDA_FORVAL;
}
