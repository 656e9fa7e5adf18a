// Walks every scenario of TestPaging with the generated TypeScript SDK: once
// to the end, once taking only the first item. One JSON line per walk.
import { Client, ApiError } from "./dist/index.js";
const base = process.argv[2];
const client = new Client({ baseUrl: base + "/api" });
const scenarios = {
  cursor: () => client.listCursorAll({ limit: 2 }),
  cursorRepeat: () => client.listCursorAll({ limit: 4 }),
  cursorError: () => client.listCursorAll({ limit: 3 }),
  offset: () => client.listOffsetAll({ limit: 2 }),
  offsetFrom: () => client.listOffsetAll({ offset: 1, limit: 2 }),
  offsetTotal: () => client.listOffsetTotalAll({ limit: 2 }),
  pages: () => client.listPagesAll({ perPage: 2 }),
  pagesFrom: () => client.listPagesAll({ page: 2, perPage: 2 }),
  pagesFromZero: () => client.listPagesFromZeroAll({ pageSize: 2 }),
  linked: () => client.listLinkedAll({ perPage: 2 }),
  declaredCursor: () => client.listDeclaredCursorAll({ take: 2 }),
  declaredOffset: () => client.listDeclaredOffsetAll({ take: 2 }),
  declaredPage: () => client.listDeclaredPageAll({}),
  declaredLink: () => client.listDeclaredLinkAll({ q: "x" }),
};
for (const [name, walk] of Object.entries(scenarios)) {
  for (const first of [false, true]) {
    const scenario = first ? name + ".first" : name;
    await fetch(base + "/mark?scenario=" + scenario);
    const items = [];
    let error = "";
    try {
      for await (const item of walk()) {
        items.push(item.id);
        if (first) break;
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      error = `ApiError ${e.status} ${e.data?.code}`;
    }
    console.log(JSON.stringify({ scenario, items, error }));
  }
}
