package report

import (
	"html/template"
	"io"
	"sync"
)

// WriteHTML renders r as one self-contained HTML page (inline CSS, no scripts,
// no network), for reports attached to CI runs and read offline. It is not in
// the formatter registry (format.go belongs to the registry's owner); commands
// that offer --format html call it directly.
func WriteHTML(w io.Writer, r *Report, o Options) error {
	v := view(r)
	c := v.Count()
	rows := make([]htmlRow, 0, len(v.Findings))
	for _, f := range v.Findings {
		row := htmlRow{Sev: f.Severity.String(), ID: f.ID, Msg: f.Message, Path: f.JSONPath(), Loc: displayLoc(o.BaseDir, f.Location)}
		if f.Base != nil {
			row.Base = displayLoc(o.BaseDir, *f.Base)
		}
		rows = append(rows, row)
	}
	return htmlPage().Execute(w, struct {
		Tool                string
		Sources             []string
		Errors, Warns, Info int
		Rows                []htmlRow
	}{v.Tool, v.Sources, c[Error], c[Warn], c[Info] + c[Hint], rows})
}

type htmlRow struct{ Sev, ID, Msg, Path, Loc, Base string }

func displayLoc(base string, l Location) string {
	l.File = displayPath(base, l.File)
	return l.String()
}

// htmlPage is parsed on first use rather than when every sequere process
// starts.
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Tool}} report</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.3em}.sum span{margin-right:1.5em;font-weight:600}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}code{font-size:.9em;color:#555}
.error{color:#b00020}.warn{color:#a05a00}.info,.hint{color:#245}
</style></head><body>
<h1>{{.Tool}}</h1>
<p>{{range $i, $s := .Sources}}{{if $i}} → {{end}}<code>{{$s}}</code>{{end}}</p>
<p class="sum"><span class="error">{{.Errors}} error(s)</span><span class="warn">{{.Warns}} warning(s)</span><span class="info">{{.Info}} info</span></p>
<table><thead><tr><th>Level</th><th>Check</th><th>Change</th><th>Revision</th><th>Base</th></tr></thead><tbody>
{{range .Rows}}<tr><td class="{{.Sev}}">{{.Sev}}</td><td><code>{{.ID}}</code></td><td>{{.Msg}}<br><code>{{.Path}}</code></td><td><code>{{.Loc}}</code></td><td><code>{{.Base}}</code></td></tr>
{{else}}<tr><td colspan="5">No changes.</td></tr>{{end}}</tbody></table>
</body></html>
`))
})
