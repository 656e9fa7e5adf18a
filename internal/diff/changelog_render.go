package diff

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
)

// Markdown writes the changelog as one section: "## VERSION - DATE", a
// heading per endpoint or component, a bold label per kind.
func (cl *Changelog) Markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s - %s\n\n", orDash(cl.Version), cl.Date)
	if len(cl.Groups) == 0 {
		b.WriteString("No changes.\n")
	}
	for _, g := range cl.Groups {
		fmt.Fprintf(&b, "### %s\n\n", mdEscape(g.Title))
		if len(g.Endpoints) > 0 {
			fmt.Fprintf(&b, "Affects %d operation(s): %s\n\n", len(g.Endpoints), mdEscape(strings.Join(g.Endpoints, ", ")))
		}
		for _, s := range sectionOrder {
			for _, m := range g.Sections[s] {
				fmt.Fprintf(&b, "- **%s**: %s\n", s, mdEscape(m))
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// JSON writes the changelog as one JSON object.
func (cl *Changelog) JSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(cl)
}

// HTML writes a self-contained page (inline CSS, no scripts).
func (cl *Changelog) HTML(w io.Writer) error {
	type sec struct {
		Kind    string
		Entries []string
	}
	type grp struct {
		Title     string
		Endpoints []string
		Sections  []sec
	}
	var gs []grp
	for _, g := range cl.Groups {
		x := grp{Title: g.Title, Endpoints: g.Endpoints}
		for _, s := range sectionOrder {
			if len(g.Sections[s]) > 0 {
				x.Sections = append(x.Sections, sec{s, g.Sections[s]})
			}
		}
		gs = append(gs, x)
	}
	return changelogPage().Execute(w, struct {
		Version, Date string
		Groups        []grp
	}{orDash(cl.Version), cl.Date, gs})
}

func orDash(s string) string {
	if s == "" {
		return "unversioned"
	}
	return s
}

// mdEscape keeps spec text from opening Markdown constructs in the changelog.
func mdEscape(s string) string {
	r := strings.NewReplacer("\n", " ", "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`)
	return r.Replace(s)
}

// changelogPage is parsed on first use rather than when every sequere
// process starts.
var changelogPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("changelog").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Changelog {{.Version}}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}h2{font-size:1.1em;margin-top:1.5em}
.k{font-weight:600;margin-right:.4em}.Breaking{color:#b00020}.Deprecated{color:#a05a00}.Added{color:#176b2c}.Removed{color:#6b1717}
small{color:#666}</style></head><body>
<h1>{{.Version}} <small>{{.Date}}</small></h1>
{{range .Groups}}<h2>{{.Title}}</h2>{{if .Endpoints}}<p><small>Affects {{len .Endpoints}} operation(s): {{range $i, $e := .Endpoints}}{{if $i}}, {{end}}{{$e}}{{end}}</small></p>{{end}}
<ul>{{range .Sections}}{{$k := .Kind}}{{range .Entries}}<li><span class="k {{$k}}">{{$k}}</span>{{.}}</li>{{end}}{{end}}</ul>
{{else}}<p>No changes.</p>{{end}}
</body></html>
`))
})

// AppendSection inserts section after the first "# " title of an existing
// changelog (or at its top), so the newest release comes first.
func AppendSection(existing, section string) string {
	if strings.TrimSpace(existing) == "" {
		return "# Changelog\n\n" + section
	}
	if strings.HasPrefix(existing, "# ") {
		if i := strings.Index(existing, "\n"); i >= 0 {
			rest := strings.TrimLeft(existing[i+1:], "\n")
			return existing[:i+1] + "\n" + section + rest
		}
		return existing + "\n\n" + section
	}
	return section + existing
}
