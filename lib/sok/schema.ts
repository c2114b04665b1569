import { z } from "zod";

export const sokSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, { error: "Sökningen får vara högst 200 tecken." })
    .optional()
    .catch(undefined),
});
