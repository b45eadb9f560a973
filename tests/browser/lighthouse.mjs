// Lighthouse on several pages in one Node process and one Chromium: Node, Lighthouse's modules
// and the browser start once, not once a page (about 8 of a run's 15 seconds). Used by
// lighthouse.py:  node lighthouse.mjs JOB.json
// JOB: {"chrome": path, "flags": [...], "categories": [...], "settings": {...},
//       "pages": [[url, report path], ...]}  (settings: Lighthouse's, over its defaults)
// Each page's JSON report is written to its path; a page that fails leaves none and is named on
// standard error, and the others still run.
import { readFileSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const chrome = await chromeLauncher.launch({ chromePath: job.chrome, chromeFlags: job.flags });
let failed = 0;
try {
  for (const [url, report] of job.pages) {
    try {
      const result = await lighthouse(url, {
        port: chrome.port, output: "json", logLevel: "error",
        onlyCategories: job.categories, disableFullPageScreenshot: true, ...job.settings,
      });
      writeFileSync(report, result.report);
    } catch (error) {
      failed += 1;
      console.error(`${url}: ${error.stack || error}`);
    }
  }
} finally {
  await chrome.kill();
}
process.exitCode = failed ? 1 : 0;
