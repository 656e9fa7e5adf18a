package loadtest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

func TestPointsAreK6JSON(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	th, _ := ParseThreshold("http_req_duration: p(95)<28")
	pw := NewPointWriter(&buf, []Threshold{th})
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for range 2 {
		pw.Observe(&Sample{Operation: "getOrder", Method: "GET", URL: "http://127.0.0.1/v2/orders/1", Status: 200,
			Intended: t0, Dispatched: t0, Start: t0.Add(time.Millisecond), End: t0.Add(3 * time.Millisecond),
			Checks: []CheckResult{{Name: `getOrder "status" is documented`, OK: true}}})
	}
	if err := pw.Close(); err != nil {
		t.Fatal(err)
	}
	metrics, points := 0, 0
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var line struct {
			Type   string `json:"type"`
			Metric string `json:"metric"`
			Data   struct {
				Type       string            `json:"type"`
				Thresholds []string          `json:"thresholds"`
				Time       time.Time         `json:"time"`
				Value      float64           `json:"value"`
				Tags       map[string]string `json:"tags"`
			} `json:"data"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("not JSON: %s: %v", sc.Bytes(), err)
		}
		switch line.Type {
		case "Metric":
			metrics++
			if line.Metric == "http_req_duration" && (line.Data.Type != "trend" || len(line.Data.Thresholds) != 1) {
				t.Errorf("metric line %s", sc.Bytes())
			}
		case "Point":
			points++
			if line.Metric == "http_req_duration" && (line.Data.Value != 3 || line.Data.Tags["status"] != "200" || line.Data.Tags["operation"] != "getOrder") {
				t.Errorf("point %s", sc.Bytes())
			}
			if line.Metric == "checks" && line.Data.Tags["check"] != `getOrder "status" is documented` {
				t.Errorf("check point %s", sc.Bytes())
			}
		default:
			t.Errorf("line type %q", line.Type)
		}
	}
	if metrics != 6 || points != 12 {
		t.Errorf("%d metric lines and %d points, want 6 and 12", metrics, points)
	}
}
