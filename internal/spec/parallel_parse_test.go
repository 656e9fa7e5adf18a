package spec

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	yaml "github.com/pb33f/go-yaml"
	"github.com/pb33f/libopenapi/datamodel"
)

// tinySplit cuts at every key where a cut is allowed, so that small inputs
// exercise every splice.
var tinySplit = splitConfig{workers: 2, minBytes: 0, chunkBytes: 1}

// sameTree returns the first difference between two node trees over every
// field the parser sets, or "".
func sameTree(want, got *yaml.Node, path string) string {
	if want == nil || got == nil {
		if want != got {
			return fmt.Sprintf("%s: one side is nil", path)
		}
		return ""
	}
	type fields struct {
		Kind                                               yaml.Kind
		Style                                              yaml.Style
		Tag, Value, Anchor, HeadComment, LineComment, Foot string
		Line, Column, Len                                  int
		Alias, Stream                                      bool
	}
	f := func(n *yaml.Node) fields {
		return fields{n.Kind, n.Style, n.Tag, n.Value, n.Anchor, n.HeadComment, n.LineComment, n.FootComment, n.Line, n.Column, len(n.Content), n.Alias != nil, n.Stream != nil}
	}
	if fw, fg := f(want), f(got); fw != fg {
		return fmt.Sprintf("%s: serial %+v, parallel %+v", path, fw, fg)
	}
	for i := range want.Content {
		if d := sameTree(want.Content[i], got.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkParallel parses data both ways and fails on any difference; it
// reports whether the parallel parse was used.
func checkParallel(t testing.TB, data []byte, cfg splitConfig) bool {
	t.Helper()
	var serial yaml.Node
	serr := yaml.Unmarshal(data, &serial)
	got, ok := parseParallel(data, cfg)
	if !ok {
		return false
	}
	if serr != nil {
		t.Fatalf("parallel parse succeeded where the serial parse fails (%v) on %q", serr, data)
	}
	if d := sameTree(&serial, got, ""); d != "" {
		t.Fatalf("parallel and serial trees differ at %s\ninput: %q", d, data)
	}
	return true
}

func TestParallelParseCorpus(t *testing.T) {
	requireCorpus(t)
	mustSplit := map[string]bool{"stripe-spec3.yaml": true, "github-api.github.com.yaml": true, "twilio_api_v2010.yaml": true, "asana.yaml": true}
	var files []string
	err := filepath.WalkDir(corpusDir, func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml") || strings.HasSuffix(path, ".json")) {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2900 {
		t.Fatalf("found %d corpus files, expected the whole corpus with DigitalOcean's tree", len(files))
	}
	split := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		def := defaultSplit()
		def.workers = 2
		usedDefault := checkParallel(t, data, def)
		usedTiny := checkParallel(t, data, tinySplit)
		if mustSplit[name] && !(usedDefault && usedTiny) {
			t.Errorf("%s was not split (default %v, tiny %v)", name, usedDefault, usedTiny)
		}
		if usedTiny {
			split++
		}
	}
	t.Logf("%d of %d corpus files split at every allowed key", split, len(files))
	if split < len(files)/2 {
		t.Errorf("only %d of %d corpus files could be split", split, len(files))
	}
}

// parallelCases are crafted inputs; split says whether the splitter must use
// the parallel parse (true) or must refuse (false).
var parallelCases = []struct {
	name  string
	text  string
	split bool
}{
	{"plain", "a: 1\nb:\n  c: 2\n  d: 3\ne: 4\n", true},
	{"nested three levels", "a:\n  b:\n    c: 1\n    d: 2\n  e:\n    f: 3\n    g: 4\nh: 5\n", true},
	{"literal block scalar", "a: |\n  x: 1\nnot: a key\n  y\nb: 2\nc: 3\n", true},
	{"block scalar with keys at column 0 inside", "a:\n  b: |\n    line\n\n    c: 1\n  d: >-\n     folded\n     e: 2\n  f: 3\ng: 4\n", true},
	{"block scalar explicit indent", "a:\n  b: |2\n     deep\n    c: 1\n  d: 2\n", true},
	{"block scalar in sequence", "a:\n- |\n  x\n- b: |\n    y\n  c: 1\nd: 2\n", true},
	{"multi-line double quoted", "a: \"one\ntwo: 2\nthree\"\nb: 1\nc: 2\n", true},
	{"multi-line single quoted", "a: 'one\nb: it''s\n  c'\nd: 1\ne: 2\n", true},
	{"quoted keys", "\"a\": 1\n'b': 2\n\"c d\" : 3\ne: 4\n", true},
	{"flow map over lines", "a: {x: 1,\ny: 2,\n  z: [1,\n2]}\nb: 1\nc: 2\n", true},
	{"flow seq with quotes", "a: [\"x, y\", 'z]',\nw]\nb: 1\n", true},
	{"comments at column 0", "# head\na: 1\n# about b\nb: 2\nc:\n  d: 1 # line\n  # foot of d\ne: 3\nf: 4\n", true},
	{"comment between nested keys", "a:\n  b: 1\n  # c is next\n  c: 2\n\n  # after blank\n  d: 3\ne: 4\n", true},
	{"plain multi-line scalar", "a: one\n  two\n  three\nb: 1\nc: x\n d\ne: 2\n", true},
	{"indentless sequence", "a:\n- 1\n- x: 1\n  y: 2\nb:\n  c:\n  - 1\n  d: 2\ne: 3\n", true},
	{"crlf", "a: 1\r\nb:\r\n  c: 2\r\n  d: 3\r\ne: 4\r\n", true},
	{"bom", "\ufeffa: 1\nb:\n  c: 2\n  d: 3\n", true},
	{"document start marker", "---\na: 1\nb: 2\n", true},
	{"top level indented", "  a: 1\n  b:\n    c: 2\n    d: 3\n  e: 4\n", true},
	{"keys at odd indentation", "a:\n   b: 1\n   c:\n        d: 1\n        e: 2\n   f: 3\ng: 4\n", true},
	{"duplicate keys", "a: 1\nb: 2\na: 3\nb:\n  c: 1\n  c: 2\n", true},
	{"empty values", "a:\nb:\nc:\n  d:\n  e:\nf:\n", true},
	{"colon in values", "a: http://x:80/y\nb: 'c: d'\ne: f:g\nh: 1\n", true},
	{"hash in values", "a: b#c\nd: '#/e'\nf: \"#g\"\nh: 1\n", true},
	{"unicode", "ä: ü\nb:\n  ç: 日本\n  d: 1\ne: 2\n", true},
	{"explicit key inside", "a: 1\n? b\n: c: 2\n  d: 3\ne:\n  ? |\n    long\n  : x\nf: 4\n", true},
	{"merge key", "a:\n  <<: {b: 1}\n  c: 2\nd: 3\n", true},

	{"anchor and alias", "a: &x 1\nb: *x\nc: 2\n", false},
	{"alias across pieces", "a:\n  b: &x 1\n  c: 2\nd:\n  e: *x\n", false},
	{"tag", "a: !!str 1\nb: 2\n", false},
	{"tab indentation", "a:\n\tb: 1\nc: 2\n", false},
	{"second document", "a: 1\n---\nb: 2\n", false},
	{"document end", "a: 1\n...\nb: 2\n", false},
	{"directive", "%YAML 1.2\n---\na: 1\nb: 2\n", false},
	{"json", "{\"a\": 1,\n\"b\": 2}\n", false},
	{"sequence root", "- a: 1\n- b: 2\n", false},
	{"explicit key", "? a\n: 1\nb: 2\n", false},
	{"trailing comment", "a: 1\nb: 2\n# end\n", false},
	{"lone CR", "a: 1\rb: 2\n", false},
	{"line separator", "a: 1\nb: \u2028\nc: 2\n", false},
	{"unterminated quote", "a: \"x\nb: 1\n", false},
	{"bad indentation", "a:\n    b: 1\n  c: 2\nd: 3\n", false},
	{"syntax error in a piece", "a: 1\nb: [\nc: 2\n", false},
	{"block scalar at line start", "a:\n  |\n x\nb: 1\n", false},
}

func TestParallelParseCrafted(t *testing.T) {
	for _, c := range parallelCases {
		t.Run(c.name, func(t *testing.T) {
			if used := checkParallel(t, []byte(c.text), tinySplit); used != c.split {
				t.Errorf("parallel parse used = %v, want %v", used, c.split)
			}
		})
	}
}

func TestParallelParseSmallInputIsSerial(t *testing.T) {
	if _, ok := parseParallel([]byte("a: 1\nb: 2\n"), defaultSplit()); ok {
		t.Error("a 10-byte document was split with the default configuration")
	}
	one := splitConfig{workers: 1, chunkBytes: 1}
	if _, ok := parseParallel([]byte("a: 1\nb: 2\n"), one); ok {
		t.Error("split with one worker")
	}
}

// FuzzParallelParse holds the parallel parse to the serial one: whenever the
// splitter does not refuse, the trees must be identical and the serial parse
// must succeed; parseYAML's result and error must be yaml.Unmarshal's.
func FuzzParallelParse(f *testing.F) {
	for _, c := range parallelCases {
		f.Add([]byte(c.text))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParallel(t, data, tinySplit)
		var serial yaml.Node
		serr := yaml.Unmarshal(data, &serial)
		got, err := parseYAML(data)
		if fmt.Sprint(serr) != fmt.Sprint(err) {
			t.Fatalf("parseYAML error %v, yaml.Unmarshal error %v", err, serr)
		}
		if serr == nil {
			if d := sameTree(&serial, got, ""); d != "" {
				t.Fatalf("parseYAML differs at %s", d)
			}
		}
	})
}

// TestParallelParseGenerated holds the parallel parse to the serial one on
// random block documents built from the constructs the splitter must see
// through: block, quoted and plain multi-line scalars, flow collections over
// several lines, indentless sequences, explicit keys and comments anywhere.
func TestParallelParseGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	split := 0
	const docs = 3000
	for range docs {
		var b strings.Builder
		genMapping(rng, &b, 0, 0)
		if checkParallel(t, []byte(b.String()), tinySplit) {
			split++
		}
	}
	t.Logf("%d of %d generated documents split", split, docs)
	if split < docs/4 {
		t.Errorf("only %d of %d generated documents split", split, docs)
	}
}

func genMapping(rng *rand.Rand, b *strings.Builder, ind, depth int) {
	pad := strings.Repeat(" ", ind)
	for i, n := 0, 1+rng.IntN(5); i < n; i++ {
		genNoise(rng, b, ind)
		key := fmt.Sprintf("k%d", rng.IntN(4))
		switch rng.IntN(8) {
		case 0:
			key = `"q` + key + `"`
		case 1:
			key = "'s" + key + "'"
		case 2:
			if i > 0 {
				fmt.Fprintf(b, "%s? %s\n%s: v\n", pad, key, pad)
				continue
			}
		}
		fmt.Fprintf(b, "%s%s:", pad, key)
		genValue(rng, b, ind, depth)
	}
}

func genNoise(rng *rand.Rand, b *strings.Builder, ind int) {
	for rng.IntN(4) == 0 {
		switch rng.IntN(3) {
		case 0:
			b.WriteString("\n")
		case 1:
			fmt.Fprintf(b, "%s# c%d\n", strings.Repeat(" ", rng.IntN(ind+3)), rng.IntN(9))
		default:
			b.WriteString("   \n")
		}
	}
}

func genValue(rng *rand.Rand, b *strings.Builder, ind, depth int) {
	pad := strings.Repeat(" ", ind)
	comment := ""
	if rng.IntN(6) == 0 {
		comment = " # lc"
	}
	switch k := rng.IntN(10); {
	case k < 3 && depth < 4:
		b.WriteString(comment + "\n")
		genMapping(rng, b, ind+2+rng.IntN(3), depth+1)
	case k == 3:
		fmt.Fprintf(b, " %s\n", []string{"|", ">-", "|+", "|2", ">"}[rng.IntN(5)])
		for j, n := 0, rng.IntN(4); j < n; j++ {
			fmt.Fprintf(b, "%s%s\n", strings.Repeat(" ", ind+2+rng.IntN(3)), []string{"text", "k0: v", "# not a comment", "", "- x", "'q"}[rng.IntN(6)])
		}
	case k == 4:
		fmt.Fprintf(b, " \"a%s\n%sb: c\\\n d\"%s\n", strings.Repeat(" ", rng.IntN(2)), []string{"", pad, "  "}[rng.IntN(3)], comment)
	case k == 5:
		fmt.Fprintf(b, " 'x\n%sk1: it''s'%s\n", []string{"", pad}[rng.IntN(2)], comment)
	case k == 6:
		fmt.Fprintf(b, " {a: [1,\n%s'x, y'], b: \"z\"\n%s}%s\n", []string{"", pad, "    "}[rng.IntN(3)], pad+" ", comment)
	case k == 7:
		fmt.Fprintf(b, " one `two`\n%s  *three* [x](y)\n%s  \"four\n", pad, pad)
	case k == 8 && depth < 4:
		b.WriteString("\n")
		for j, n := 0, 1+rng.IntN(3); j < n; j++ {
			if rng.IntN(2) == 0 {
				fmt.Fprintf(b, "%s- item\n", pad)
			} else {
				fmt.Fprintf(b, "%s- ", pad)
				var inner strings.Builder
				genMapping(rng, &inner, ind+2, depth+1)
				b.WriteString(strings.TrimLeft(inner.String(), " \n"))
			}
		}
	default:
		fmt.Fprintf(b, " v%d%s\n", rng.IntN(9), comment)
	}
}

// TestExtractSpecInfoMatchesLibopenapi compares the SpecInfo built over the
// parallel parse with libopenapi's own on the large corpus specs and on
// documents whose version sniffing takes libopenapi's path.
func TestExtractSpecInfoMatchesLibopenapi(t *testing.T) {
	var inputs [][]byte
	if _, err := os.Stat(corpusDir); err == nil {
		for _, name := range []string{"stripe-spec3.yaml", "github-api.github.com.yaml", "twilio_api_v2010.yaml", "asana.yaml"} {
			data, err := os.ReadFile(filepath.Join(corpusDir, name))
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, data)
		}
	}
	pad := strings.Repeat("x-pad:\n  a: 1\n  b: 2\n", 7000) // above the default split size
	for _, head := range []string{"openapi: 3.1.0\n$self: https://x/y\n", "openapi: 3.2.0\n", "swagger: '2.0'\n", "openapi: 2.0\n", "swagger: 3.0\n", "openapi: 3.0.0\nswagger: '2.0'\n", "asyncapi: 2.0.0\n", "info: openapi\n", "x: 1\n"} {
		inputs = append(inputs, []byte(head+pad))
	}
	for _, data := range inputs {
		want, werr := datamodel.ExtractSpecInfoWithConfig(data, &datamodel.DocumentConfiguration{SkipJSONConversion: true})
		got, gerr := extractSpecInfo(data)
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Fatalf("%.40q: error %v, libopenapi %v", data, gerr, werr)
		}
		if want == nil || got == nil {
			if (want == nil) != (got == nil) {
				t.Fatalf("%.40q: info %v, libopenapi %v", data, got, want)
			}
			continue
		}
		type summary struct {
			SpecType, Version, SpecFormat, SpecFileType, APISchema, Self string
			VersionNumeric                                               float32
			NumLines                                                     int
			Error                                                        string
		}
		sum := func(i *datamodel.SpecInfo) summary {
			return summary{i.SpecType, i.Version, i.SpecFormat, i.SpecFileType, i.APISchema, i.Self, i.VersionNumeric, i.NumLines, fmt.Sprint(i.Error)}
		}
		if sum(want) != sum(got) {
			t.Errorf("%.40q:\n got %+v\nwant %+v", data, sum(got), sum(want))
		}
		if d := sameTree(want.RootNode, got.RootNode, ""); d != "" {
			t.Errorf("%.40q: trees differ at %s", data, d)
		}
	}
}
