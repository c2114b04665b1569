import { z } from "zod";

export const sektionSchema = z.object({
  rubrik: z.string().min(1),
  stycken: z.array(z.string()),
  punkter: z.array(z.string()).optional(),
});
export const sektionerSchema = z.array(sektionSchema);
export type Sektion = z.infer<typeof sektionSchema>;
