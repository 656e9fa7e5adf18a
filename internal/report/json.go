package report

import (
	"encoding/json"
	"io"
)

// jsonFormatter emits the array Spectral's `--format json` prints, so scripts,
// dashboards and converters written against Spectral keep working unchanged.
// Only Spectral's fields are emitted: extra keys would be harmless to most
// readers but would break strict decoders.
type jsonFormatter struct{}

func (jsonFormatter) Name() string { return "json" }

// spectralPosition is 0-based in both line and character, as in the Language
// Server Protocol that Spectral borrows it from; our Location is 1-based.
type spectralPosition struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type spectralRange struct {
	Start spectralPosition `json:"start"`
	End   spectralPosition `json:"end"`
}

type spectralResult struct {
	Code     string        `json:"code"`
	Path     []string      `json:"path"`
	Message  string        `json:"message"`
	Severity int           `json:"severity"` // 0 error, 1 warn, 2 info, 3 hint
	Range    spectralRange `json:"range"`
	Source   string        `json:"source,omitempty"`
	// Detail is ours, not Spectral's: present only on findings that carry
	// one (contract failures), so lint and diff output stays Spectral's.
	Detail Detail `json:"detail,omitempty"`
}

// zeroBased converts a 1-based number where 0 means unknown; unknown maps to 0
// because Spectral has no way to say "unknown" and 0 is the document start.
func zeroBased(n int) int { return max(n-1, 0) }

func (jsonFormatter) Write(w io.Writer, r *Report, o Options) error {
	r = view(r)
	out := make([]spectralResult, 0, len(r.Findings)) // [] rather than null when clean
	for _, f := range r.Findings {
		endLine, endCol := endOf(f.Location)
		path := f.Path
		if path == nil {
			path = []string{}
		}
		out = append(out, spectralResult{
			Code:     f.ID,
			Path:     path,
			Message:  f.Message,
			Severity: int(f.Severity),
			Range: spectralRange{
				Start: spectralPosition{zeroBased(f.Location.Line), zeroBased(f.Location.Col)},
				End:   spectralPosition{zeroBased(endLine), zeroBased(endCol)},
			},
			Source: displayPath(o.BaseDir, f.Location.File),
			Detail: f.Detail,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "\t")
	// Messages quote spec content such as "<none>"; HTML escaping would turn
	// that into \u003c, which is valid JSON but needlessly unreadable.
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
