// Driven by TestTypeScriptSendsOnTheWire (internal/sdkgen/tspy_wire_test.go) against its loopback server.
import { readFileSync } from "node:fs";
import { Client } from "./dist/client.js";
import * as m from "./dist/models.js";
import { writeFileSync } from "node:fs";
import { parseJSON, SignatureError, TimeoutError, verifySignature } from "./dist/runtime/index.js";
const [base, ledgerCase, accountFile, webhookFile, webhookResults] = process.argv.slice(2);
const client = new Client({ baseUrl: base, credentials: { sessionCookie: { kind: "apiKey", key: "s3cr3t+/=" } } });
const c = parseJSON(readFileSync(ledgerCase, "utf8"));
const stored = await client.putLedger({ id: "led_1", body: m.decodeLedger(c.value) });
await client.putLedger({ id: "led_1", body: stored });
const account = m.decodeAccount(parseJSON(readFileSync(accountFile, "utf8")));
for (let i = 0; i < 2; i++) await client.createAccount({ body: account });
await client.putAvatar({ id: "acc_1", body: { upload_id: "up_1", token: "tok", size: 9007199254740993n, taken_at: "2026-01-02T03:04:05.123456789Z", image: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff])]) } });
// The download's first chunk arrives while the server holds back the rest
// until /release: a client that buffered the body would wait the server out.
const res = await client.exportAccount({ id: "acc_1" });
const reader = res.body.getReader();
const utf8 = new TextDecoder();
let text = "";
while (!text.includes("\n")) text += utf8.decode((await reader.read()).value);
await fetch(base + "/release");
for (let r = await reader.read(); !r.done; r = await reader.read()) text += utf8.decode(r.value);
if (text !== "first chunk\nsecond chunk\n") throw new Error("download: " + JSON.stringify(text));
try {
  await client.listPets({}, { timeoutMs: 100, retry: false });
  throw new Error("the call's 100 ms timeout did not end a call the server never answers");
} catch (e) {
  if (!(e instanceof TimeoutError)) throw e;
}
await client.getMe({ theme: "dark" });
const prefs = { tags: ["a", "b"], limits: [9007199254740993n, -1n], address: { city: "Oslo", zip: "0150" }, contacts: [{ name: "Ann" }, { name: "Bo" }], note: null };
await client.setPreferences({ body: prefs });
await client.setDeepPreferences({ body: prefs });
const table = JSON.parse(readFileSync(webhookFile, "utf8"));
const verdicts = {};
for (const c of table.cases) {
  try {
    await verifySignature(table.secret, c.header, table.body, 300, table.now * 1000);
    verdicts[c.name] = "ok";
  } catch (e) {
    verdicts[c.name] = e instanceof SignatureError ? "rejected" : String(e);
  }
}
writeFileSync(webhookResults, JSON.stringify(verdicts));
