// npm run build: the production build, as the standalone server a container runs
// (`node runtime/server.mjs` in .next/standalone), with its browser assets in place.
import { build } from "./app-server";

process.exit(await build());
