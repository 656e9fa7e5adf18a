// End to end against the orders API (behind the test's fault-injecting proxy), run by
// client_tspy_e2e_test.go with the generated TypeScript SDK compiled to ./dist.
import { ApiError, Client, ClientCredentials, SignatureError, parseOrderCreatedWebhook, verifySignature } from "./dist/index.js";

const env = process.env;
const fail = (msg) => { console.error("FAIL: " + msg); process.exit(1); };
const client = new Client({
  baseUrl: env.BASE_URL,
  credentials: { oauth2: new ClientCredentials(env.CLIENT_ID, env.CLIENT_SECRET, "/oauth/token", ["orders:read", "orders:write"]) },
  timeoutMs: 20000,
  retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 10 },
});

await client.getOrder({ id: env.ORDER_ID }); // the unusable first token is refused, a fresh one is fetched
const item = { sku: "SKU-1", quantity: 2, unit_price: { amount: 1250, currency: "EUR" } };
const created = await client.createOrder({ body: { items: [item], note: "first" } }, { headers: { "X-Inject": "yes" } });
let etag = "";
const got = await client.getOrder({ id: created.id }, { onResponse: (res) => { etag = res.headers.get("etag") ?? ""; } });
if (got.id !== created.id || got.items[0]?.sku !== "SKU-1") fail("getOrder returned " + JSON.stringify(got));
const upd = await client.updateOrder({ id: created.id, ifMatch: etag, body: { note: "changed" } });
if (upd.note !== "changed") fail("note after update: " + upd.note);
try {
  await client.updateOrder({ id: created.id, ifMatch: etag, body: { note: "stale" } });
  fail("a stale If-Match succeeded");
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 412) throw err;
}
for (let i = 0; i < 11; i++) await client.createOrder({ body: { items: [item] } });
let count = 0;
for await (const o of client.listUserOrdersAll({ id: env.USER_ID, limit: 5 })) {
  if (o.user_id !== env.USER_ID) fail("someone else's order");
  count++;
}
if (count !== Number(env.WANT_ORDERS)) fail(`iterator gave ${count} orders, want ${env.WANT_ORDERS}`);
try {
  await client.createOrder({ body: { items: [] } });
  fail("an empty order was accepted");
} catch (err) {
  if (!(err instanceof ApiError) || !err.problem) throw err;
  const fields = err.problem.extensions["errors"];
  if (err.status >= 500 || !Array.isArray(fields) || fields.length === 0 || !JSON.stringify(fields).includes("items")) fail("problem " + JSON.stringify(err.problem));
  if (err.data === undefined) fail("the documented error schema was not decoded into err.data");
}
const payload = env.WEBHOOK_PAYLOAD;
await verifySignature("whsec_test", env.WEBHOOK_SIGNATURE, payload);
for (const [body, now] of [[payload + " ", Date.now()], [payload, Date.now() + 3600_000]]) {
  try {
    await verifySignature("whsec_test", env.WEBHOOK_SIGNATURE, body, 300, now);
    fail("a changed or stale signature verified");
  } catch (err) {
    if (!(err instanceof SignatureError)) throw err;
  }
}
const ev = await parseOrderCreatedWebhook("whsec_test", { "Webhook-Signature": env.WEBHOOK_SIGNATURE }, payload);
if (ev.data.order.id !== env.EVENT_ORDER_ID) fail("webhook payload " + JSON.stringify(ev));
console.log("ok", count, "orders");
