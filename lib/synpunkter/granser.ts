// The contact form's limits, in a module of their own: the browser's form imports them without
// pulling in zod (32 kB compressed), and the schema in schema.ts enforces the same figures.
export const MAX_TECKEN = 5000;
