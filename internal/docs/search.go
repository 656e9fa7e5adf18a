package docs

import (
	"encoding/json"
	"strings"
)

// searchIndex is the client-side index: one entry per operation, parameter
// set, webhook and schema, as [kind, title, path, operationId, text, href].
// The script ranks path and operationId matches first.
func searchIndex(a *api, split bool) string {
	var entries [][6]string
	href := func(page, id string) string {
		if split {
			return page + "#" + id
		}
		return "#" + id
	}
	for _, t := range a.tags {
		for _, op := range t.ops {
			var words []string
			words = append(words, plainText(op.n.str("description")))
			for _, p := range op.parameters() {
				words = append(words, p.str("name"))
			}
			entries = append(entries, [6]string{"op", op.title(), strings.ToUpper(op.method) + " " + op.path, op.opID,
				clip(strings.Join(words, " "), 400), href(tagPage(t), op.id)})
		}
	}
	for _, op := range a.webhooks {
		entries = append(entries, [6]string{"webhook", op.title(), strings.ToUpper(op.method) + " " + op.path, op.opID,
			clip(plainText(op.n.str("description")), 300), href("index.html", op.id)})
	}
	for _, ns := range a.schemas {
		var props []string
		for _, p := range ns.n.get("properties").pairs() {
			props = append(props, p.key)
		}
		entries = append(entries, [6]string{"schema", ns.name, "", "",
			clip(plainText(ns.n.str("description"))+" "+strings.Join(props, " "), 300), href("schemas.html", ns.id)})
	}
	b, _ := json.Marshal(entries)
	return string(b)
}

// plainText is Markdown with its markup characters dropped, for matching.
func plainText(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("*", "", "`", "", "#", "", "[", "", "]", "", "<", " ", ">", " ").Replace(s)), " ")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
