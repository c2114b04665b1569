/** What the pages say when the förvaltning's own row cannot be read from the database. */
export const RESERVKONTAKT = { namn: "Grundskoleförvaltningen", telefon: "031-365 09 60" } as const;
