import { z } from "zod";
import { text } from "@/lib/text";

export const sektionSchema = z.object({
  rubrik: text().min(1),
  stycken: z.array(text()),
  punkter: z.array(text()).optional(),
});
export const sektionerSchema = z.array(sektionSchema);
export type Sektion = z.infer<typeof sektionSchema>;
