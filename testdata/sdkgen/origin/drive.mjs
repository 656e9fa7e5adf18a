// Walks listThings and calls getHop with every credential of TestOriginTypeScript;
// the servers judge what reached them.
import { Client } from "./dist/index.js";
const client = new Client({
  baseUrl: process.argv[2] + "/api",
  credentials: {
    bearerAuth: { kind: "bearer", token: "tok" },
    headerKey: { kind: "apiKey", key: "hk" },
    queryKey: { kind: "apiKey", key: "qk" },
    cookieKey: { kind: "apiKey", key: "ck" },
  },
});
const items = [];
for await (const thing of client.listThingsAll({})) items.push(thing.id);
if (items.join() !== "t1,t2") throw new Error("listThings: items " + items.join());
await client.getHop();
