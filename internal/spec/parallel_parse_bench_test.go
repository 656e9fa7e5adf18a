package spec

import (
	"os"
	"path/filepath"
	"testing"

	yaml "github.com/pb33f/go-yaml"
)

// BenchmarkParseYAML compares the serial parse with parseParallel on the
// large corpus specs; scan is the line scan and cut planning alone.
func BenchmarkParseYAML(b *testing.B) {
	requireCorpus(b)
	for _, name := range append(benchSpecs, "twilio_api_v2010.yaml", "asana.yaml") {
		data, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run("serial/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var n yaml.Node
				if err := yaml.Unmarshal(data, &n); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("parallel/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := parseParallel(data, defaultSplit()); !ok {
					b.Fatal("not split")
				}
			}
		})
		b.Run("scan/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				lines, ok := scanLines(data)
				if !ok {
					b.Fatal("refused")
				}
				if _, ok := planCuts(lines, len(data), len(data)/8); !ok {
					b.Fatal("no plan")
				}
			}
		})
	}
}
