/**
 * What the pages say when the förvaltning's own row cannot be read from the database: the one
 * place the phone number is written in code. Everywhere else it comes from the kontaktuppgifter
 * that editors publish (`forvaltningensTelefon()` in ./queries.ts, `useTelefon()` in the browser).
 */
export const RESERVKONTAKT = { namn: "Grundskoleförvaltningen", telefon: "031-365 09 60" } as const;
