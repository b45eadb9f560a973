// A static host over HTTP/2 for bench/slow.py --http2: node bench/h2.mjs FOLDER KEY CERT
// Serves FOLDER on https://127.0.0.1:<port>/ (printed on the first line) as static hosts do:
// text gzipped, every request of a page on one connection. A missing file gets 404.html.
import { createSecureServer } from "node:http2";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const [folder, key, cert] = process.argv.slice(2);
const TYPES = new Map([[".html", "text/html; charset=utf-8"], [".css", "text/css"],
  [".js", "text/javascript"], [".json", "application/json"], [".svg", "image/svg+xml"],
  [".xml", "application/xml"], [".txt", "text/plain"], [".png", "image/png"]]);

function file(path) {
  let found = join(folder, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ""));
  try {
    if (statSync(found).isDirectory()) found = join(found, "index.html");
    return [200, found, readFileSync(found)];
  } catch {
    const missing = join(folder, "404.html");
    return [404, missing, readFileSync(missing)];
  }
}

const server = createSecureServer({ key: readFileSync(key), cert: readFileSync(cert) });
server.on("stream", (stream, headers) => {
  const [status, found, body] = file(new URL(headers[":path"], "https://x").pathname);
  const type = TYPES.get(extname(found));
  const packed = type && !type.startsWith("image/png") && (headers["accept-encoding"] || "").includes("gzip");
  const sent = packed ? gzipSync(body, { level: 6 }) : body;
  stream.respond({ ":status": status, "content-type": type || "application/octet-stream",
    "content-length": sent.length, ...(packed ? { "content-encoding": "gzip" } : {}) });
  stream.end(sent);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
