import { z } from "zod";

/**
 * Control characters have no place in anything a person types into a form, and PostgreSQL
 * refuses NUL outright (which would otherwise surface as a "technical fault"). Tab, line feed
 * and carriage return stay.
 */
const KONTROLLTECKEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function utanKontrolltecken(s: string): string {
  return s.replace(KONTROLLTECKEN, "");
}

/**
 * A string from a form, with control characters removed and line breaks as line feeds before
 * any other rule: a browser sends a textarea's line breaks as CR LF (HTML's form encoding), and
 * a reply or a note should read the same in the thread, the mail and the export.
 */
export const text = () => z.string().overwrite((s) => utanKontrolltecken(s).replace(/\r\n?/g, "\n"));
