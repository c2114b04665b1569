import { config } from "./config";
import { logger } from "./logger";

/** Stops the server at start-up, with one line, when a setting is missing or malformed. */
export function checkConfig() {
  try {
    config();
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
}
