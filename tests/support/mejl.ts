// Reading a mail as the portal sent it: folded header lines joined (RFC 5322), encoded words in
// headers (RFC 2047) and the quoted-printable body decoded, so a test can look for a subject,
// a header or a link as one line of plain text.
const qp = (s: string) => s.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const latin1TillUtf8 = (s: string) => Buffer.from(s, "latin1").toString("utf8");

export function lasMejl(raa: string): string {
  const [huvud, ...kropp] = raa.split(/\r?\n\r?\n/);
  const rubriker = huvud
    .replace(/\r?\n[ \t]+/g, " ")
    .replace(/(\?=)\s+(=\?UTF-8\?[QB]\?)/gi, "$1$2")
    .replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_, kod: string, text: string) =>
      kod.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("latin1") : qp(text.replace(/_/g, " ")),
    );
  const text = qp(kropp.join("\n\n").replace(/=\r?\n/g, ""));
  return `${latin1TillUtf8(rubriker)}\n\n${latin1TillUtf8(text)}`;
}

/** The private link's key in a mail, if any. */
export const arendenyckelI = (mejl: string) => /\/arende\/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/.exec(mejl)?.[1];
