package spec

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	yaml "github.com/pb33f/go-yaml"
	"github.com/pb33f/libopenapi"
	"github.com/pb33f/libopenapi/datamodel"
	v2high "github.com/pb33f/libopenapi/datamodel/high/v2"
	v3high "github.com/pb33f/libopenapi/datamodel/high/v3"
	"github.com/pb33f/libopenapi/index"

	"github.com/sequere/sequere/internal/report"
)

// models holds the lazily built third-party models of a Document.
type models struct {
	libOnce sync.Once
	lib     libopenapi.Document
	libErr  error

	v3Once sync.Once
	v3     *libopenapi.DocumentModel[v3high.Document]
	v3Err  error

	v2Once sync.Once
	v2     *libopenapi.DocumentModel[v2high.Swagger]
	v2Err  error

	kinOnce sync.Once
	kin     *openapi3.T
	kinErr  error
}

func (d *Document) libConfig() *datamodel.DocumentConfiguration {
	cfg := datamodel.NewDocumentConfiguration()
	cfg.SkipJSONConversion = true
	cfg.AllowRemoteReferences = d.opts.AllowRemoteRefs
	// libopenapi finds refs where Load does not look (extensions, example
	// data) and reads their files itself: extensions are data to both, and a
	// single-file description gets no file access, so libopenapi reads no
	// file Load did not check against the ref root (see refroot.go).
	cfg.ExcludeExtensionRefs = true
	if d.input.Kind == KindFile && d.MultiFile() {
		cfg.AllowFileReferences = true
		abs, err := filepath.Abs(d.Name)
		if err == nil {
			cfg.BasePath = filepath.Dir(abs)
			cfg.SpecFilePath = abs
		}
	} else if d.input.Kind == KindFile {
		if abs, err := filepath.Abs(d.Name); err == nil {
			cfg.SpecFilePath = abs
		}
	} else if d.MultiFile() {
		cfg.AllowFileReferences = true
		// Other sources serve the files we already read, so libopenapi never
		// reads behind our back (a git revision, a URL, stdin).
		cfg.BasePath = "/"
		cfg.LocalFS = memFS{d: d}
	}
	cfg.Logger = discardLogger()
	return cfg
}

// Lib is the libopenapi document over the same parsed bytes.
func (d *Document) Lib() (libopenapi.Document, error) {
	d.models.libOnce.Do(func() {
		defer recoverInto(&d.models.libErr)
		d.models.lib, d.models.libErr = libopenapi.NewDocumentWithConfiguration(*d.info.SpecBytes, d.libConfig())
	})
	return d.models.lib, d.models.libErr
}

// V3 builds (once) the libopenapi high-level model of a 3.x document. Circular
// references are not errors.
func (d *Document) V3() (*libopenapi.DocumentModel[v3high.Document], error) {
	if d.Version == V20 {
		return nil, errors.New("V3 model requested for a Swagger 2.0 document")
	}
	d.models.v3Once.Do(func() {
		defer recoverInto(&d.models.v3Err)
		lib, err := d.Lib()
		if err != nil {
			d.models.v3Err = err
			return
		}
		m, err := lib.BuildV3Model()
		d.models.v3, d.models.v3Err = m, withoutCycles(err)
	})
	return d.models.v3, d.models.v3Err
}

// V2 builds (once) the libopenapi model of a Swagger 2.0 document.
func (d *Document) V2() (*libopenapi.DocumentModel[v2high.Swagger], error) {
	if d.Version != V20 {
		return nil, errors.New("V2 model requested for an OpenAPI 3 document")
	}
	d.models.v2Once.Do(func() {
		defer recoverInto(&d.models.v2Err)
		lib, err := d.Lib()
		if err != nil {
			d.models.v2Err = err
			return
		}
		m, err := lib.BuildV2Model()
		d.models.v2, d.models.v2Err = m, withoutCycles(err)
	})
	return d.models.v2, d.models.v2Err
}

func withoutCycles(err error) error {
	if err == nil {
		return nil
	}
	var kept []error
	for _, e := range unwrapAll(err) {
		var re *index.ResolvingError
		if errors.As(e, &re) && re.CircularReference != nil {
			continue
		}
		kept = append(kept, e)
	}
	return errors.Join(kept...)
}

func unwrapAll(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unwrapAll(e)...)
		}
		return out
	}
	return []error{err}
}

func recoverInto(err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("internal model failure: %v", p)
	}
}

// Kin builds (once) the kin-openapi model, for runtime request and response
// validation. Swagger 2.0 documents are converted to 3.0. External files are
// served from the files Load already read.
func (d *Document) Kin() (*openapi3.T, error) {
	d.models.kinOnce.Do(func() {
		defer recoverInto(&d.models.kinErr)
		loader := openapi3.NewLoader()
		loader.IsExternalRefsAllowed = true
		loader.ReadFromURIFunc = func(_ *openapi3.Loader, u *url.URL) ([]byte, error) {
			name := kinName(u)
			if f := d.files[name]; f != nil {
				return d.kinFileBytes(f), nil
			}
			for _, n := range d.order {
				if strings.HasSuffix(filepath.ToSlash(n), strings.TrimPrefix(name, "./")) {
					return d.kinFileBytes(d.files[n]), nil
				}
			}
			if d.opts.AllowRemoteRefs && isRemote(u.String()) {
				return newHTTPReader(d.opts.timeout()).read(context.Background(), u.String())
			}
			return nil, fmt.Errorf("%s is not part of this description", u)
		}
		entry := d.files[d.Name]
		if d.Version == V20 {
			d.models.kin, d.models.kinErr = d.convertV2(false)
			return
		}
		u := &url.URL{Path: filepath.ToSlash(d.Name)}
		if d.input.Kind == KindURL {
			u, _ = url.Parse(d.Name)
		}
		d.models.kin, d.models.kinErr = loader.LoadFromDataWithPath(d.kinEntryBytes(entry), u)
	})
	return d.models.kin, d.kinError(d.models.kinErr)
}

var (
	kinRefFileRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`reference "([^"#]+)#`) })
	kinPointerRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`"#(/[^"]+)"`) })
)

// kinError places an error of kin-openapi's stricter reading (a duplicate
// key, a schema where a list stands, a $ref to the wrong kind of component)
// at a file:line:col: kin names a line, or the JSON pointer of what it could
// not read, never both.
func (d *Document) kinError(err error) error {
	if err == nil || IsInputError(err) {
		return err
	}
	msg := err.Error()
	file := d.Name
	if m := kinRefFileRe().FindStringSubmatch(msg); m != nil {
		for _, n := range d.order {
			if strings.HasSuffix(filepath.ToSlash(n), strings.TrimPrefix(m[1], "./")) {
				file = n
			}
		}
	}
	loc := report.Location{File: file, Line: 1, Col: 1}
	if m := yamlLineRe().FindStringSubmatch(msg); m != nil {
		loc.Line, _ = strconv.Atoi(m[1])
		if f := d.files[file]; f != nil {
			loc.Col = firstColumn(f.Bytes, loc.Line)
		}
	} else if m := kinPointerRe().FindStringSubmatch(msg); m != nil && file == d.Name {
		loc = d.Locate(m[1])
	}
	return &Error{Location: loc, Msg: "not a usable OpenAPI description: " + msg, Err: err}
}

// firstColumn is the column of the first non-blank character of line.
func firstColumn(data []byte, line int) int {
	for i := 1; i < line; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return 1
		}
		data = data[j+1:]
	}
	for c, b := range data {
		if b != ' ' && b != '\t' {
			return c + 1
		}
	}
	return 1
}

func kinName(u *url.URL) string {
	if u.Scheme == "http" || u.Scheme == "https" {
		return u.String()
	}
	return filepath.FromSlash(u.Path)
}

// UpgradeToV3 returns a Swagger 2.0 description rewritten as OpenAPI 3.0 (the
// same conversion Kin uses: body and formData parameters become request
// bodies, collectionFormat becomes style/explode, definitions become
// components), loaded as a Document of its own so that node-based consumers
// such as the code generator have one input model. Any other version is
// returned unchanged.
func (d *Document) UpgradeToV3(ctx context.Context) (*Document, error) {
	if d.Version != V20 {
		return d, nil
	}
	// Without consumes/produces kin converts bodies to */*; JSON is what such
	// descriptions mean in practice and what a generator can type.
	t, err := d.convertV2(true)
	if err != nil {
		return nil, fmt.Errorf("%s: converting Swagger 2.0 to OpenAPI 3.0: %w", d.Name, err)
	}
	data, err := json.Marshal(t)
	if err != nil {
		return nil, fmt.Errorf("%s: converting Swagger 2.0 to OpenAPI 3.0: %w", d.Name, err)
	}
	return LoadBytes(ctx, d.Name, data, d.opts)
}

// decodeJSONInto decodes a YAML node into a type that only knows JSON.
func decodeJSONInto(n *yaml.Node, into any) error {
	var v any
	if err := n.Decode(&v); err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, into)
}

// withoutPathsExtensions returns root with the x- members of its paths object
// left out (the nodes are shared, not copied): 2.0 allows them there, but
// kin's openapi2.T reads paths as a map of path items and rejects the
// description outright, for an extension no consumer of the 3.0 form reads.
func withoutPathsExtensions(root *yaml.Node) *yaml.Node {
	_, paths := mapGet(root, "paths")
	if paths == nil || paths.Kind != yaml.MappingNode {
		return root
	}
	kept := make([]*yaml.Node, 0, len(paths.Content))
	for i := 0; i+1 < len(paths.Content); i += 2 {
		if !strings.HasPrefix(paths.Content[i].Value, "x-") {
			kept = append(kept, paths.Content[i], paths.Content[i+1])
		}
	}
	if len(kept) == len(paths.Content) {
		return root
	}
	p := *paths
	p.Content = kept
	r := *root
	r.Content = make([]*yaml.Node, len(root.Content))
	for i, n := range root.Content {
		if n == paths {
			n = &p
		}
		r.Content[i] = n
	}
	return &r
}

// convertV2 converts the 2.0 entry document with kin's openapi2conv;
// jsonDefault fills in application/json where consumes or produces is absent.
func (d *Document) convertV2(jsonDefault bool) (*openapi3.T, error) {
	var v2 openapi2.T
	if err := decodeJSONInto(withoutPathsExtensions(d.files[d.Name].Root), &v2); err != nil {
		return nil, err
	}
	if jsonDefault {
		if len(v2.Consumes) == 0 {
			v2.Consumes = []string{"application/json"}
		}
		if len(v2.Produces) == 0 {
			v2.Produces = []string{"application/json"}
		}
	}
	return openapi2conv.ToV3(&v2)
}
