// Types for csp.mjs (plain JavaScript, loaded by the server entry outside Next's bundle).
export const RAPPORTADRESS: string;
export const RAPPORTGRUPP: string;
export function markering(fil: string): { mark: string; fran: "bygget" | "slumpad" };
export function nyMarkering(): string;
export function hashaHtml(html: string, mark: string): { html: string; skript: string[]; stilar: string[]; markerad: boolean };
export function policy(delar?: { skript?: string[]; stilar?: string[]; formular?: string[]; https?: boolean }): string;
export function installningar(env: Record<string, string | undefined>): { formular: string[]; https: boolean };
