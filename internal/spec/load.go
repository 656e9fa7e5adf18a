package spec

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"time"

	yaml "github.com/pb33f/go-yaml"
	"github.com/pb33f/libopenapi/datamodel"
	"github.com/pb33f/libopenapi/utils"

	"github.com/sequere/sequere/internal/report"
)

// Version is the OpenAPI major.minor a document declares.
type Version int

const (
	V20 Version = iota + 1
	V30
	V31
)

func (v Version) String() string {
	switch v {
	case V20:
		return "2.0"
	case V30:
		return "3.0"
	case V31:
		return "3.1"
	}
	return "unknown"
}

// Options tune Load. The zero value reads files and git revisions, refuses remote
// $refs and waits 30 s for URLs.
type Options struct {
	// AllowRemoteRefs lets $refs reach http(s) URLs. Without it such a ref is an
	// input error that says how to allow it.
	AllowRemoteRefs bool
	// Timeout bounds each URL fetch; zero means 30 s.
	Timeout time.Duration
	// Dir is the working directory for git inputs; "" means the process's.
	Dir string
	// RefRoot is the folder local $refs must stay inside; "" means the git
	// work tree holding the entry file, or the entry file's folder when it is
	// in none (see refroot.go).
	RefRoot string
	// BeforeParse, when set, is told the size of the entry file once it is
	// read and before it is parsed: a command can prepare for the heap the
	// parse is about to build.
	BeforeParse func(size int)
}

func (o Options) timeout() time.Duration {
	if o.Timeout <= 0 {
		return 30 * time.Second
	}
	return o.Timeout
}

// File is one parsed file of a description. Root is its top-level node (the
// content of the YAML document node).
type File struct {
	Name  string
	Root  *yaml.Node
	Bytes []byte
}

// Document is a loaded description. Root is the entry file's top-level mapping.
// Fields are read-only after Load.
type Document struct {
	Name          string
	Version       Version
	VersionString string // as declared, e.g. "3.0.3"
	Root          *yaml.Node

	files  map[string]*File
	order  []string // file names in load order; entry first
	info   *datamodel.SpecInfo
	input  Input
	opts   Options
	reader reader

	refRoot *refRoot // found on the first local $ref to another file

	ownerOnce sync.Once
	owner     map[*yaml.Node]string

	keyIndex sync.Map // *yaml.Node (large mapping) -> map[string]*yaml.Node

	models models
}

// Load reads and parses the description named by arg (see ParseInput).
func Load(ctx context.Context, arg string, opts Options) (*Document, error) {
	return LoadInput(ctx, ParseInput(arg), opts, nil)
}

// LoadBytes parses an in-memory description; name is used in locations and
// relative $refs resolve against it as a file path.
func LoadBytes(ctx context.Context, name string, data []byte, opts Options) (*Document, error) {
	return load(ctx, Input{Kind: KindFile, Name: name}, opts, memReader{name: name, data: data})
}

// LoadInput is Load for an already classified input; stdin replaces os.Stdin for
// KindStdin when non-nil.
func LoadInput(ctx context.Context, in Input, opts Options, stdin interface{ Read([]byte) (int, error) }) (*Document, error) {
	r, err := readerFor(in, opts, stdin)
	if err != nil {
		return nil, err
	}
	return load(ctx, in, opts, r)
}

type memReader struct {
	name string
	data []byte
	fileReader
}

func (m memReader) read(ctx context.Context, name string) ([]byte, error) {
	if name == m.name {
		return m.data, nil
	}
	return m.fileReader.read(ctx, name)
}

func load(ctx context.Context, in Input, opts Options, r reader) (doc *Document, err error) {
	defer func() {
		// libopenapi and the YAML parser are third-party code fed arbitrary
		// bytes; a panic there must still end as an input error, not a trace.
		if p := recover(); p != nil {
			doc, err = nil, errorf(report.Location{File: in.Name}, "cannot parse this document (internal parser failure: %v)", p)
		}
	}()
	data, rerr := r.read(ctx, in.Name)
	if rerr != nil {
		return nil, &Error{Location: report.Location{File: in.Name}, Msg: "cannot read " + describeInput(in) + ": " + rerr.Error(), Err: rerr}
	}
	if opts.BeforeParse != nil {
		opts.BeforeParse(len(data))
	}
	info, aliasFree, perr := extractSpecInfoAliasFree(data)
	if perr != nil {
		return nil, classifyInfoError(in.Name, data, perr)
	}
	root, verr := checkRoot(in.Name, info)
	if verr != nil {
		return nil, verr
	}
	if !aliasFree {
		if aerr := checkAliases(in.Name, root); aerr != nil {
			return nil, aerr
		}
	}
	d := &Document{
		Name:          in.Name,
		VersionString: info.Version,
		Root:          root,
		files:         map[string]*File{},
		info:          info,
		input:         in,
		opts:          opts,
		reader:        r,
	}
	if d.Version, err = versionOf(in.Name, root, info); err != nil {
		return nil, err
	}
	d.addFile(&File{Name: in.Name, Root: root, Bytes: data})
	if err := d.resolveAll(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// extractSpecInfo is libopenapi's ExtractSpecInfoWithConfig (JSON conversion
// skipped) over a tree parseParallel built on every core. Only the plain case
// is taken that way (one openapi or swagger field with a version of its
// kind); anything else, including every error, is libopenapi's own work on
// the bytes, so its messages stay as they were. Of SpecInfo, load and the
// models read RootNode, Version, Error and SpecBytes; OriginalIndentation
// (a scan of the whole text that nothing here reads) is left zero.
func extractSpecInfo(data []byte) (*datamodel.SpecInfo, error) {
	info, _, err := extractSpecInfoAliasFree(data)
	return info, err
}

// extractSpecInfoAliasFree is extractSpecInfo that also says whether the
// tree is known to hold no alias (it came from a parallel parse).
func extractSpecInfoAliasFree(data []byte) (*datamodel.SpecInfo, bool, error) {
	if doc, ok := parseParallel(data, defaultSplit()); ok {
		if info, ok := specInfoOf(data, doc); ok {
			return info, true, nil
		}
	}
	info, err := datamodel.ExtractSpecInfoWithConfig(data, &datamodel.DocumentConfiguration{SkipJSONConversion: true})
	return info, false, err
}

// specInfoOf mirrors libopenapi's version sniffing (the same FindKeyNode
// lookups) for a document whose only marker is openapi 3+ or swagger 2-.
func specInfoOf(data []byte, doc *yaml.Node) (*datamodel.SpecInfo, bool) {
	_, oa3 := utils.FindKeyNode(utils.OpenApi3, doc.Content)
	_, oa2 := utils.FindKeyNode(utils.OpenApi2, doc.Content)
	_, async := utils.FindKeyNode(utils.AsyncApi, doc.Content)
	if async != nil || (oa3 == nil) == (oa2 == nil) {
		return nil, false
	}
	marker := oa3
	if marker == nil {
		marker = oa2
	}
	version := strings.TrimSpace(marker.Value)
	if version == "" {
		return nil, false
	}
	major := int(version[0]) - '0'
	info := &datamodel.SpecInfo{
		SpecFileType: datamodel.YAMLFileType,
		NumLines:     bytes.Count(data, []byte{'\n'}) + 1,
		Version:      version,
		SpecBytes:    &data,
		RootNode:     doc,
	}
	switch {
	case oa2 != nil && major <= 2:
		info.SpecType, info.SpecFormat, info.VersionNumeric, info.APISchema = utils.OpenApi2, datamodel.OAS2, 2.0, datamodel.OpenAPI2SchemaData
	case oa3 != nil && major >= 3:
		info.SpecType, info.SpecFormat, info.VersionNumeric, info.APISchema = utils.OpenApi3, datamodel.OAS3, 3.0, datamodel.OpenAPI3SchemaData
		switch {
		case strings.HasPrefix(version, "3.1"):
			info.SpecFormat, info.VersionNumeric, info.APISchema = datamodel.OAS31, 3.1, datamodel.OpenAPI31SchemaData
		case strings.HasPrefix(version, "3.2"):
			info.SpecFormat, info.VersionNumeric, info.APISchema = datamodel.OAS32, 3.2, datamodel.OpenAPI32SchemaData
		default:
			return info, true
		}
		if _, self := utils.FindKeyNode("$self", doc.Content); self != nil {
			info.Self = self.Value
		}
	default:
		return nil, false
	}
	return info, true
}

func describeInput(in Input) string {
	switch in.Kind {
	case KindStdin:
		return "standard input"
	case KindURL:
		return "URL " + in.Name
	case KindGit:
		return in.Path + " at git revision " + in.Rev
	}
	return "file " + in.Name
}

func classifyInfoError(name string, data []byte, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "nothing in the spec"):
		return errorf(report.Location{File: name, Line: 1, Col: 1}, "the document is empty; expected an OpenAPI 2.0, 3.0 or 3.1 description")
	case strings.Contains(msg, "unable to parse") || strings.Contains(msg, "failed to"):
		return syntaxError(name, data, err)
	}
	// libopenapi's words for "no openapi key" are terse; parse again (a rare
	// path) to say precisely what the document is instead.
	var n yaml.Node
	if yaml.Unmarshal(data, &n) == nil {
		info := &datamodel.SpecInfo{RootNode: &n, Error: err}
		root, rerr := checkRoot(name, info)
		if rerr != nil {
			return rerr
		}
		if _, verr := versionOf(name, root, info); verr != nil {
			return verr
		}
	}
	return errorf(report.Location{File: name, Line: 1, Col: 1}, "%s; expected an OpenAPI 2.0, 3.0 or 3.1 description", msg)
}

func checkRoot(name string, info *datamodel.SpecInfo) (*yaml.Node, error) {
	n := info.RootNode
	if n != nil && n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n == nil || n.Kind != yaml.MappingNode {
		line, col := 1, 1
		if n != nil {
			line, col = n.Line, n.Column
		}
		return nil, errorf(report.Location{File: name, Line: line, Col: col}, "the document is not a mapping; expected an OpenAPI description with an `openapi` or `swagger` field")
	}
	return n, nil
}

func versionOf(name string, root *yaml.Node, info *datamodel.SpecInfo) (Version, error) {
	key, val := mapGet(root, "openapi")
	field := "openapi"
	if key == nil {
		key, val = mapGet(root, "swagger")
		field = "swagger"
	}
	if key == nil {
		what := "no `openapi` or `swagger` field"
		if k, _ := mapGet(root, "asyncapi"); k != nil {
			what = "an AsyncAPI document"
		}
		return 0, errorf(report.Location{File: name, Line: root.Line, Col: root.Column}, "not an OpenAPI description (%s); expected `openapi: 3.x.y` or `swagger: \"2.0\"` at the top level", what)
	}
	loc := report.Location{File: name, Line: val.Line, Col: val.Column}
	v := strings.TrimSpace(val.Value)
	switch {
	case field == "swagger" && (v == "2.0" || v == "2"):
		return V20, nil
	case field == "openapi" && strings.HasPrefix(v, "3.0"):
		return V30, nil
	case field == "openapi" && strings.HasPrefix(v, "3.1"):
		return V31, nil
	}
	if info.Error != nil {
		return 0, errorf(loc, "unsupported %s version %q (%v); expected 2.0, 3.0.x or 3.1.x", field, v, info.Error)
	}
	return 0, errorf(loc, "unsupported %s version %q; expected 2.0, 3.0.x or 3.1.x", field, v)
}

func (d *Document) addFile(f *File) {
	d.files[f.Name] = f
	d.order = append(d.order, f.Name)
}

// Files lists the names of every file the description spans, entry first.
func (d *Document) Files() []string { return append([]string(nil), d.order...) }

// File returns a loaded file by name, or nil.
func (d *Document) File(name string) *File { return d.files[name] }

// MultiFile reports whether the description spans more than one file.
func (d *Document) MultiFile() bool { return len(d.order) > 1 }
