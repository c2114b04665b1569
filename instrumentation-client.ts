// Runs in the browser before the app's own modules. zod compiles object schemas with
// `new Function` when it may, and probes for that when a schema is made: under the
// Content-Security-Policy (no 'unsafe-eval') the probe is refused and reported as a violation.
// Interpreting schemas instead is as correct and fast enough for a form.
import { config } from "zod/v4/core";

config({ jitless: true });
