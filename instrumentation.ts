// Runs once when the server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfig, startaBakgrundsjobb } = await import("./lib/startup");
    checkConfig();
    await startaBakgrundsjobb();
  }
}
