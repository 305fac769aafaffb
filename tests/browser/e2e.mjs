// End-to-end test of the web page in a real browser: ingest the shipped examples plus a hostile
// article into a fresh store, start `hearsay serve` on a loopback port, and drive Debian's
// headless Chromium through search, the article view and the keyboard.
//
// Usage: node tests/browser/e2e.mjs [path/to/hearsay]   (default: target/release/hearsay)
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const hearsay = resolve(process.argv[2] || join(root, "target/release/hearsay"));
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
for (const [what, path] of [["hearsay binary", hearsay], ["Chromium", browserPath]]) {
  if (!existsSync(path)) {
    console.error(`browser test: no ${what} at ${path}`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), "hearsay-e2e-"));
const db = join(work, "store.db");
// Untrusted article text: markup and script that must show as text and never run.
const hostile = join(work, "hostile.txt");
writeFileSync(hostile, [
  "Council hears a hostile witness <script>window.__pwned = 'title'</script>",
  "",
  `"The <script>window.__pwned = 'script'</script> tag is only words," said Mallory Quill.`,
  "",
  "Quill added that the <img src=x onerror=window.__pwned=1> image must never load.",
  "",
  `She said that <a href="javascript:window.__pwned = 'link'">this link</a> must never run.`,
  "",
].join("\n"));
execFileSync(hearsay, ["ingest", "--db", db, join(root, "examples"), hostile], { stdio: "inherit" });

const server = spawn(hearsay, ["serve", "--db", db, "--addr", "127.0.0.1:0"], { stdio: ["ignore", "ignore", "pipe"] });
const base = await new Promise((resolveBase, reject) => {
  let seen = "";
  const timer = setTimeout(() => reject(new Error(`server did not start: ${seen}`)), 15000);
  server.stderr.on("data", (chunk) => {
    seen += chunk;
    const m = seen.match(/on (http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) { clearTimeout(timer); resolveBase(m[1]); }
  });
  server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
});

const browser = await chromium.launch({
  executablePath: browserPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failures = 0;
async function check(name, body) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => { pageErrors.push(`dialog: ${d.message()}`); d.dismiss(); });
  try {
    await body(page);
    assert.deepEqual(pageErrors, [], "errors on the page");
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}\n     ${e.message.split("\n").join("\n     ")}`);
  } finally {
    await page.close();
  }
}

await check("a search finds a quote and the article view highlights it with its speaker", async (page) => {
  await page.goto(`${base}/`);
  await page.getByRole("searchbox", { name: "Search statements" }).fill("blank cheque");
  await page.keyboard.press("Enter");
  const hit = page.locator(".hit").first();
  await hit.waitFor();
  assert.match(await hit.locator("blockquote").textContent(), /sign a blank cheque/);
  assert.match(await hit.locator(".meta").textContent(), /Helen Okafor/);
  await hit.getByRole("link", { name: /Council delays vote/ }).click();
  // The view focuses the statement the search result pointed to.
  const mark = page.locator("mark.quote", { hasText: "blank cheque" });
  await mark.waitFor();
  assert.equal(await mark.getAttribute("data-speaker"), "Helen Okafor");
  await page.waitForFunction(() => document.activeElement?.matches("mark.quote"));
  const tip = mark.locator(".tip");
  assert.ok(await tip.isVisible(), "the focused quote shows its speaker");
  assert.match(await tip.textContent(), /Helen Okafor.*Mayor.*cue: told/s);
  // Each speaker gets a colour of their own.
  const hueOf = (speaker) => page.locator(`mark.quote[data-speaker="${speaker}"]`).first()
    .evaluate((m) => m.style.getPropertyValue("--hue"));
  assert.notEqual(await hueOf("Helen Okafor"), await hueOf("David Mercer"));
});

await check("the keyboard reaches every quote and shows who said it", async (page) => {
  await page.goto(`${base}/`);
  await page.getByRole("link", { name: /Council delays vote/ }).click();
  await page.locator("mark.quote").first().waitFor();
  const seen = new Set();
  for (let k = 0; k < 60; k++) {
    await page.keyboard.press("Tab");
    const speaker = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a?.matches("mark.quote")) return null;
      const tip = a.querySelector(".tip");
      return getComputedStyle(tip).display !== "none" ? a.dataset.speaker : "hidden tip";
    });
    if (speaker) seen.add(speaker);
  }
  assert.ok(!seen.has("hidden tip"), "a focused quote hid its speaker");
  for (const who of ["Helen Okafor", "David Mercer", "Maria Santos"]) assert.ok(seen.has(who), `${who} not reached: ${[...seen]}`);
});

await check("hostile article text shows as text and never runs", async (page) => {
  await page.goto(`${base}/#/search?q=${encodeURIComponent("only words")}`);
  const hit = page.locator(".hit").first();
  await hit.waitFor();
  assert.match(await hit.locator("blockquote").textContent(), /<script>window.__pwned = 'script'<\/script>/);
  await hit.getByRole("link").last().click();
  const text = page.locator(".article-text");
  await text.waitFor();
  assert.match(await text.textContent(), /<img src=x onerror=window.__pwned=1> image/);
  assert.match(await text.textContent(), /<a href="javascript:window.__pwned = 'link'">this link<\/a>/);
  assert.match(await page.locator("h2").textContent(), /<script>/);
  assert.equal(await page.locator("main script, main img, .article-text a").count(), 0, "markup from the article became elements");
  for (const mark of await page.locator("mark.quote").all()) await mark.hover();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "article script ran");
});

await check("a malformed full-text query is a 400 with a message, shown on the page", async (page) => {
  const response = await page.request.get(`${base}/api/search?q=${encodeURIComponent('"unbalanced')}`);
  assert.equal(response.status(), 400);
  assert.match((await response.json()).error, /unbalanced/);
  await page.goto(`${base}/#/search?q=${encodeURIComponent('"unbalanced')}`);
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByRole("alert").textContent(), /invalid search query/);
});

await check("people, person and claims pages list what the store holds", async (page) => {
  await page.goto(`${base}/#/people`);
  // Each speaker listed says what kind it is.
  const okaforRow = page.locator("tr", { has: page.getByRole("link", { name: "Helen Okafor" }) });
  assert.match(await okaforRow.innerText(), /\bperson\b/);
  await page.getByRole("link", { name: "Helen Okafor" }).click();
  await page.locator(".hit").first().waitFor();
  assert.ok(await page.locator(".hit").count() >= 2);
  await page.goto(`${base}/#/claims`);
  await page.locator("table tbody tr").first().waitFor();
  assert.match(await page.locator("table").textContent(), /46\.8 million/);
});

// Every view the page can show: the lists, each article, each person, a search.
async function allViews(page) {
  const views = ["#/", "#/people", "#/claims", "#/claims?about=million", `#/search?q=said`];
  for (const a of (await (await page.request.get(`${base}/api/articles?limit=500`)).json()).items) views.push(`#/article/${a.id}`);
  for (const p of (await (await page.request.get(`${base}/api/people?limit=500`)).json()).items) views.push(`#/person/${p.id}`);
  return views;
}

async function open(page, hash) {
  await page.goto("about:blank");
  await page.goto(`${base}/${hash}`);
  await page.locator("#view h2").waitFor();
}

await check("every view reads as words: no [object …], undefined or NaN where text should be", async (page) => {
  const views = await allViews(page);
  assert.ok(views.length > 8, `too few views: ${views}`);
  let sawNumbers = false;
  for (const hash of views) {
    await open(page, hash);
    const text = await page.locator("body").innerText();
    const junk = text.match(/\[object \w*\]|\bundefined\b|\bNaN\b/);
    assert.equal(junk, null, `${hash} shows ${junk && junk[0]}: ${text.slice(0, 400)}`);
    if (hash.startsWith("#/article/") && await page.locator("h3", { hasText: "Numbers" }).count()) {
      sawNumbers = true;
      assert.ok(await page.locator("h3:has-text('Numbers') + table tbody tr").count() > 0, `${hash}: numbers heading without a table`);
    }
  }
  assert.ok(sawNumbers, "no article view showed its numbers table");
});

await check("lists say how many rows there are in all and page through every one", async (page) => {
  for (const [hash, api, noun] of [["#/", "articles", "Articles"], ["#/people", "people", "People quoted"], ["#/claims", "claims", "Numeric claims"]]) {
    const total = (await (await page.request.get(`${base}/api/${api}?limit=1`)).json()).total;
    assert.ok(total > 4, `${api}: only ${total} rows`);
    const sep = hash.includes("?") ? "&" : "?";
    await open(page, `${hash}${sep}limit=2`);
    const status = page.getByRole("status");
    assert.equal(await status.textContent(), `${noun} 1–2 of ${total}.`);
    const rows = new Set();
    for (let shown = 0; ; ) {
      const texts = await page.locator("#view tbody tr").allInnerTexts();
      texts.forEach((t) => rows.add(t));
      shown += texts.length;
      const next = page.getByRole("link", { name: "Next →" });
      if (await next.count() === 0) {
        assert.equal(shown, total, `${api}: paged through ${shown} of ${total}`);
        break;
      }
      await next.click();
      // The view clears the status line while it loads: wait for the next page's own.
      const prefix = `${noun} ${shown + 1}–`;
      await page.waitForFunction((p) => document.getElementById("status").textContent.startsWith(p), prefix);
      assert.match(await status.textContent(), new RegExp(`^${noun} ${shown + 1}–\\d+ of ${total}\\.$`));
    }
    assert.ok(rows.size > 2, `${api}: pages repeat the same rows`);
  }
});

await check("no view scrolls sideways on a 390 px phone", async (page) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hash of await allViews(page)) {
    await open(page, hash);
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= width, `${hash} is ${scroll} px wide at ${width} px`);
  }
});

await browser.close();
server.kill("SIGINT");
rmSync(work, { recursive: true, force: true });
console.log(failures ? `${failures} browser check(s) failed` : "browser checks passed");
process.exit(failures ? 1 : 0);
