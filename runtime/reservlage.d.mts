export declare const RESERVLAGE: "data-reservlage";
export declare function arReservlage(html: unknown): boolean;
