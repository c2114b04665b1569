/** A content item's edit page. */
export const adressTill = (typ: string, nyckel: string) => `/personal/innehall/${typ}/${nyckel}`;
