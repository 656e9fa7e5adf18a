package loadtest

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"io"
	"math"
)

// k6 names groups and checks by the MD5 of their path; the root group's path
// is empty.
func k6ID(path string) string {
	sum := md5.Sum([]byte(path))
	return hex.EncodeToString(sum[:])
}

type exportCheck struct {
	Name   string `json:"name"`
	Path   string `json:"path"`
	ID     string `json:"id"`
	Passes int64  `json:"passes"`
	Fails  int64  `json:"fails"`
}

type exportGroup struct {
	Name   string                 `json:"name"`
	Path   string                 `json:"path"`
	ID     string                 `json:"id"`
	Groups map[string]any         `json:"groups"`
	Checks map[string]exportCheck `json:"checks"`
}

type exportOptions struct {
	SummaryTrendStats []string `json:"summaryTrendStats"`
	SummaryTimeUnit   string   `json:"summaryTimeUnit"`
	NoColor           bool     `json:"noColor"`
}

type exportState struct {
	IsStdOutTTY       bool    `json:"isStdOutTTY"`
	IsStdErrTTY       bool    `json:"isStdErrTTY"`
	TestRunDurationMs float64 `json:"testRunDurationMs"`
}

// exportRun is sequere's own verdict, beside k6's keys.
type exportRun struct {
	Model      string   `json:"model"`
	Valid      bool     `json:"valid"`
	Invalid    []string `json:"invalid"`
	TargetRate float64  `json:"targetRate,omitempty"`
	Achieved   float64  `json:"achievedRate"`
	Dropped    int64    `json:"droppedIterations"`
	Stopped    bool     `json:"stopped"`
	Aborted    string   `json:"aborted,omitempty"`
}

type export struct {
	RootGroup exportGroup               `json:"root_group"`
	Options   exportOptions             `json:"options"`
	State     exportState               `json:"state"`
	Metrics   map[string]map[string]any `json:"metrics"`
	Sequere   *exportRun                `json:"sequere,omitempty"`
}

// TTY says whether stdout and stderr are terminals, for the summary's state.
type TTY struct{ Out, Err bool }

// WriteExport writes the summary as `k6 run --summary-export` does: trend
// values flat under each metric, rate metrics as passes/fails/value, and each
// threshold mapped to true when it FAILED (k6's documented inversion).
func WriteExport(w io.Writer, s *Summary, tty TTY) error {
	res := s.Result
	e := export{
		RootGroup: exportGroup{Name: "", Path: "", ID: k6ID(""), Groups: map[string]any{}, Checks: map[string]exportCheck{}},
		Options:   exportOptions{SummaryTrendStats: TrendStats},
		State:     exportState{IsStdOutTTY: tty.Out, IsStdErrTTY: tty.Err, TestRunDurationMs: float64(res.Elapsed.Microseconds()) / 1000},
		Metrics:   map[string]map[string]any{},
		Sequere: &exportRun{Model: res.Model, Valid: res.Valid(), Invalid: nonNil(res.Invalid), TargetRate: res.TargetRate,
			Achieved: res.Achieved, Dropped: res.Dropped, Stopped: res.Stopped, Aborted: res.Aborted},
	}
	for _, c := range res.Checks {
		path := "::" + c.Name
		e.RootGroup.Checks[c.Name] = exportCheck{Name: c.Name, Path: path, ID: k6ID(path), Passes: c.Passes, Fails: c.Fails}
	}
	for _, m := range s.Metrics {
		e.Metrics[m.Name] = legacyValues(m)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "    ")
	return enc.Encode(e)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func legacyValues(m Metric) map[string]any {
	out := map[string]any{}
	for k, v := range m.Values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			v = 0
		}
		out[k] = v
	}
	if m.Type == "rate" {
		out["value"] = out["rate"]
		delete(out, "rate")
	}
	if len(m.Thresholds) > 0 {
		th := map[string]bool{}
		for _, v := range m.Thresholds {
			th[v.Source] = !v.OK
		}
		out["thresholds"] = th
	}
	return out
}

// handleSummaryMetric is a metric as k6 hands it to handleSummary(data).
type handleSummaryMetric struct {
	Type       string                       `json:"type"`
	Contains   string                       `json:"contains"`
	Values     map[string]float64           `json:"values"`
	Thresholds map[string]struct{ OK bool } `json:"thresholds,omitempty"`
}

// K6Summary is the data k6 passes to handleSummary, which the emitted script
// writes to a file for --engine k6 to read back.
type K6Summary struct {
	RootGroup struct {
		Checks []struct {
			Name   string `json:"name"`
			Passes int64  `json:"passes"`
			Fails  int64  `json:"fails"`
		} `json:"checks"`
	} `json:"root_group"`
	State struct {
		TestRunDurationMs float64 `json:"testRunDurationMs"`
	} `json:"state"`
	Metrics map[string]handleSummaryMetric `json:"metrics"`
}
