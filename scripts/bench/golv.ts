// The floor: a plain Node.js http server, in a process of its own, answering each public page's
// path (or, for a key ending in "?*", any query of that path) with the very HTML bytes the portal
// served for it, from memory. What the portal does beyond this (routing, rendering, data) is what
// the ratio portal/floor measures.
import http from "node:http";

process.on("disconnect", () => process.exit(0));
// Ctrl-C in the terminal reaches this process too; the orchestrator stops it in its own order.
process.on("SIGINT", () => {});

process.once("message", (msg: { port: number; sidor: Record<string, string> }) => {
  const sidor = new Map(Object.entries(msg.sidor).map(([sokvag, base64]) => [sokvag, Buffer.from(base64, "base64")]));
  const server = http.createServer((req, res) => {
    // "/sok?*" stands for every query of that path (the searches nobody made before).
    const url = req.url ?? "";
    const html = sidor.get(url) ?? sidor.get(`${url.split("?")[0]}?*`);
    if (!html) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
    res.end(html);
  });
  server.keepAliveTimeout = 5_000;
  server.listen(msg.port, "127.0.0.1", () => process.send!("redo"));
});
