package spec

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	yaml "github.com/pb33f/go-yaml"
	"github.com/pb33f/libopenapi/datamodel"
)

var benchSpecs = []string{"stripe-spec3.yaml", "github-api.github.com.yaml"}

// BenchmarkLoadAndWalk is the cost a command pays before its own work: Load
// (parse, read referenced files, check every $ref) plus a walk of every
// operation and schema through the wrapper.
func BenchmarkLoadAndWalk(b *testing.B) {
	requireCorpus(b)
	for _, name := range benchSpecs {
		path := filepath.Join(corpusDir, name)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				d, err := Load(context.Background(), path, Options{})
				if err != nil {
					b.Fatal(err)
				}
				walkAll(d)
			}
		})
	}
}

// BenchmarkLoad is Load alone (parse, referenced files, $ref checks): the
// serial floor of every command.
func BenchmarkLoad(b *testing.B) {
	requireCorpus(b)
	for _, name := range benchSpecs {
		data, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := LoadBytes(context.Background(), name, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLibopenapiDirect is the baseline: libopenapi's own parse of the same
// bytes and the same walk straight over its node tree, no wrapper.
func BenchmarkLibopenapiDirect(b *testing.B) {
	requireCorpus(b)
	for _, name := range benchSpecs {
		path := filepath.Join(corpusDir, name)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				data, err := os.ReadFile(path)
				if err != nil {
					b.Fatal(err)
				}
				info, err := datamodel.ExtractSpecInfoWithConfig(data, &datamodel.DocumentConfiguration{SkipJSONConversion: true})
				if err != nil {
					b.Fatal(err)
				}
				walkNodes(info.RootNode.Content[0])
			}
		})
	}
}

var sink int

func walkAll(d *Document) {
	for _, op := range d.Operations() {
		sink += countNodes(op.Node)
	}
	for _, s := range d.Schemas() {
		sink += countNodes(s.Node)
	}
}

func walkNodes(root *yaml.Node) {
	if paths := MapGet(root, "paths"); paths != nil {
		for i := 1; i < len(paths.Content); i += 2 {
			item := paths.Content[i]
			for j := 0; j+1 < len(item.Content); j += 2 {
				if IsMethod(item.Content[j].Value) {
					sink += countNodes(item.Content[j+1])
				}
			}
		}
	}
	if schemas := MapGet(MapGet(root, "components"), "schemas"); schemas != nil {
		for i := 1; i < len(schemas.Content); i += 2 {
			sink += countNodes(schemas.Content[i])
		}
	}
}

func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}
