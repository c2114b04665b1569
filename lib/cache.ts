// Cache tags for the public pages' data. Staff actions that change data expire the matching tag
// (updateTag/revalidateTag), so the public pages show the change on the next request.
export const tags = {
  innehall: "innehall",
  insatser: "insatser",
  skolor: "skolor",
} as const;

/** Longest a public page's data is kept before it is read again even without a change. */
export const REVALIDATE_SECONDS = 300;
