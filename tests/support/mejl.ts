// Reading a mail as the portal sent it: folded header lines joined (RFC 5322) and the
// quoted-printable body decoded, so a test can look for a header or a link as one line.
export function lasMejl(raa: string): string {
  const [huvud, ...kropp] = raa.split(/\r?\n\r?\n/);
  const text = kropp.join("\n\n").replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return `${huvud.replace(/\r?\n[ \t]+/g, " ")}\n\n${Buffer.from(text, "latin1").toString("utf8")}`;
}

/** The private link's key in a mail, if any. */
export const arendenyckelI = (mejl: string) => /\/arende\/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/.exec(mejl)?.[1];
