// Runs once when the server starts: a missing or malformed setting stops it here, with one line.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("./lib/config");
  const { logger } = await import("./lib/logger");
  try {
    config();
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
}
