package jsonschema

// Snapshots of compiled schemas (a sequere patch, see third_party/README.md).
//
// A program that validates against the same fixed schemas on every run can
// compile them once at build time, store EncodeSnapshot's bytes and rebuild
// the graph at startup with DecodeSnapshot, which parses no JSON, resolves no
// reference and compiles no regular expression twice. The format is private
// to this copy of the package: it is written and read by the same code and
// carries a version that DecodeSnapshot checks.

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
)

const snapshotMagic = "jsonschema-snapshot-1\n"

// snapshotFields is the number of fields of Schema the format knows; a
// field added to Schema must be added to the encoder and the decoder.
const snapshotFields = 69

// Keyword tags of a schema record, each followed by its payload; tagEnd
// closes the record.
const (
	tagEnd = iota
	tagUp
	tagLocation
	tagResource
	tagDynamicAnchors
	tagFlags
	tagNumItemsEvaluated
	tagDraftVersion
	tagBool
	tagID
	tagRef
	tagAnchor
	tagRecursiveRef
	tagDynamicRef
	tagDynamicAnchor
	tagTypes
	tagEnum
	tagConst
	tagNot
	tagAllOf
	tagAnyOf
	tagOneOf
	tagIf
	tagThen
	tagElse
	tagFormat
	tagMaxProperties
	tagMinProperties
	tagRequired
	tagPropertyNames
	tagProperties
	tagPatternProperties
	tagAdditionalProperties
	tagDependencies
	tagDependentRequired
	tagDependentSchemas
	tagUnevaluatedProperties
	tagMinItems
	tagMaxItems
	tagContains
	tagMinContains
	tagMaxContains
	tagItems
	tagAdditionalItems
	tagPrefixItems
	tagItems2020
	tagUnevaluatedItems
	tagMinLength
	tagMaxLength
	tagPattern
	tagContentEncoding
	tagContentMediaType
	tagContentSchema
	tagMaximum
	tagMinimum
	tagExclusiveMaximum
	tagExclusiveMinimum
	tagMultipleOf
	tagTitle
	tagDescription
	tagDefault
	tagComment
	tagExamples
)

// Boolean fields, packed into the payload of tagFlags.
const (
	flagAllPropsEvaluated = 1 << iota
	flagAllItemsEvaluated
	flagRecursiveAnchor
	flagUniqueItems
	flagReadOnly
	flagWriteOnly
	flagDeprecated
)

// Kinds of a JSON value, and of the any-typed keyword fields.
const (
	valNull = iota
	valFalse
	valTrue
	valNumber // json.Number, as UnmarshalJSON reads numbers
	valString
	valArray
	valObject
	valSchema  // *Schema in AdditionalProperties, Items, ...
	valSchemas // []*Schema in Items
	valStrings // []string in Dependencies
)

// Counts the decoder preallocates so that it can hand out pointers into
// slabs; the encoder writes them in the header.
type snapCounts struct {
	schemas, ints, bools, types, anys, refs, strs uint64
}

type snapEncoder struct {
	body    []byte
	strs    []string
	strIdx  map[string]uint64
	idx     map[*Schema]uint64
	queue   []*Schema
	counts  snapCounts
	failure error
}

// EncodeSnapshot serializes the schemas reachable from roots (nil roots are
// kept as nil) so that DecodeSnapshot can rebuild the same graph. It refuses
// what DecodeSnapshot could not restore: extensions, custom formats, content
// encodings and media types, regular expressions of an engine other than
// Go's regexp, and values of other types than UnmarshalJSON produces.
func EncodeSnapshot(roots []*Schema) ([]byte, error) {
	if n := reflect.TypeOf(Schema{}).NumField(); n != snapshotFields {
		return nil, fmt.Errorf("jsonschema: Schema has %d fields, the snapshot format knows %d", n, snapshotFields)
	}
	e := &snapEncoder{strIdx: map[string]uint64{}, idx: map[*Schema]uint64{}}
	rootIdx := make([]uint64, len(roots))
	for i, r := range roots {
		rootIdx[i] = e.ref(r)
	}
	for i := 0; i < len(e.queue) && e.failure == nil; i++ {
		e.schema(e.queue[i])
	}
	if e.failure != nil {
		return nil, e.failure
	}
	e.counts.schemas = uint64(len(e.queue))

	out := []byte(snapshotMagic)
	for _, c := range []uint64{e.counts.schemas, e.counts.ints, e.counts.bools, e.counts.types, e.counts.anys, e.counts.refs, e.counts.strs} {
		out = binary.AppendUvarint(out, c)
	}
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	for _, s := range e.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	out = binary.AppendUvarint(out, uint64(len(roots)))
	for _, r := range rootIdx {
		out = binary.AppendUvarint(out, r)
	}
	return append(out, e.body...), nil
}

func (e *snapEncoder) fail(format string, args ...any) {
	if e.failure == nil {
		e.failure = fmt.Errorf("jsonschema: snapshot: "+format, args...)
	}
}

func (e *snapEncoder) uint(u uint64) { e.body = binary.AppendUvarint(e.body, u) }
func (e *snapEncoder) int(i int)     { e.body = binary.AppendVarint(e.body, int64(i)) }

func (e *snapEncoder) str(s string) {
	i, ok := e.strIdx[s]
	if !ok {
		i = uint64(len(e.strs))
		e.strs = append(e.strs, s)
		e.strIdx[s] = i
	}
	e.uint(i)
}

// ref numbers a schema (0 is nil) and queues it when first met.
func (e *snapEncoder) ref(s *Schema) uint64 {
	if s == nil {
		return 0
	}
	i, ok := e.idx[s]
	if !ok {
		e.queue = append(e.queue, s)
		i = uint64(len(e.queue))
		e.idx[s] = i
	}
	return i
}

func (e *snapEncoder) tag(t int) { e.uint(uint64(t)) }

func (e *snapEncoder) schemaField(t int, s *Schema) {
	if s != nil {
		e.tag(t)
		e.uint(e.ref(s))
	}
}

func (e *snapEncoder) schemaList(t int, l []*Schema) {
	if l != nil {
		e.tag(t)
		e.list(l)
	}
}

func (e *snapEncoder) list(l []*Schema) {
	e.uint(uint64(len(l)))
	for _, s := range l {
		e.uint(e.ref(s))
	}
	e.counts.refs += uint64(len(l))
}

func (e *snapEncoder) strings(l []string) {
	e.uint(uint64(len(l)))
	for _, s := range l {
		e.str(s)
	}
	e.counts.strs += uint64(len(l))
}

func (e *snapEncoder) strField(t int, s string) {
	if s != "" {
		e.tag(t)
		e.str(s)
	}
}

func (e *snapEncoder) intField(t int, p *int) {
	if p != nil {
		e.tag(t)
		e.int(*p)
		e.counts.ints++
	}
}

func (e *snapEncoder) ratField(t int, r *big.Rat) {
	if r != nil {
		e.tag(t)
		e.str(r.RatString())
	}
}

func (e *snapEncoder) anyField(t int, v *any) {
	if v != nil {
		e.tag(t)
		e.value(*v)
		e.counts.anys++
	}
}

func (e *snapEncoder) value(v any) {
	switch v := v.(type) {
	case nil:
		e.uint(valNull)
	case bool:
		if v {
			e.uint(valTrue)
		} else {
			e.uint(valFalse)
		}
	case json.Number:
		e.uint(valNumber)
		e.str(string(v))
	case string:
		e.uint(valString)
		e.str(v)
	case []any:
		e.uint(valArray)
		e.uint(uint64(len(v)))
		for _, x := range v {
			e.value(x)
		}
	case map[string]any:
		e.uint(valObject)
		e.uint(uint64(len(v)))
		for _, k := range sortedKeys(v) {
			e.str(k)
			e.value(v[k])
		}
	default:
		e.fail("cannot store a value of type %T", v)
	}
}

// schemaOrBool stores AdditionalProperties/AdditionalItems (nil, bool or
// *Schema) and Items (nil, *Schema or []*Schema).
func (e *snapEncoder) schemaOrBool(t int, v any) {
	if v == nil {
		return
	}
	e.tag(t)
	switch v := v.(type) {
	case bool:
		if v {
			e.uint(valTrue)
		} else {
			e.uint(valFalse)
		}
	case *Schema:
		e.uint(valSchema)
		e.uint(e.ref(v))
	case []*Schema:
		e.uint(valSchemas)
		e.list(v)
	default:
		e.fail("cannot store a keyword value of type %T", v)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (e *snapEncoder) regexp(r Regexp) {
	switch r.(type) {
	case *regexp.Regexp, *lazyRegexp:
	default:
		e.fail("cannot store a regular expression of type %T", r)
	}
	e.str(r.String())
}

func (e *snapEncoder) schema(s *Schema) {
	if len(s.Extensions) > 0 {
		e.fail("%s: cannot store extensions", s.Location)
	}
	e.tag(tagUp)
	e.str(string(s.up.url))
	e.str(string(s.up.ptr))
	// Location is mostly up.String(), but that escapes the pointer on
	// every call: storing it costs bytes, deriving it cost most of a decode.
	e.strField(tagLocation, s.Location)
	e.schemaField(tagResource, s.resource)
	if s.dynamicAnchors != nil {
		e.tag(tagDynamicAnchors)
		e.uint(uint64(len(s.dynamicAnchors)))
		for _, k := range sortedKeys(s.dynamicAnchors) {
			e.str(k)
			e.uint(e.ref(s.dynamicAnchors[k]))
		}
	}
	var flags uint64
	for _, f := range []struct {
		set  bool
		flag uint64
	}{
		{s.allPropsEvaluated, flagAllPropsEvaluated},
		{s.allItemsEvaluated, flagAllItemsEvaluated},
		{s.RecursiveAnchor, flagRecursiveAnchor},
		{s.UniqueItems, flagUniqueItems},
		{s.ReadOnly, flagReadOnly},
		{s.WriteOnly, flagWriteOnly},
		{s.Deprecated, flagDeprecated},
	} {
		if f.set {
			flags |= f.flag
		}
	}
	if flags != 0 {
		e.tag(tagFlags)
		e.uint(flags)
	}
	if s.numItemsEvaluated != 0 {
		e.tag(tagNumItemsEvaluated)
		e.int(s.numItemsEvaluated)
	}
	if s.DraftVersion != 0 {
		e.tag(tagDraftVersion)
		e.int(s.DraftVersion)
	}
	if s.Bool != nil {
		e.tag(tagBool)
		if *s.Bool {
			e.uint(valTrue)
		} else {
			e.uint(valFalse)
		}
		e.counts.bools++
	}
	e.strField(tagID, s.ID)
	e.schemaField(tagRef, s.Ref)
	e.strField(tagAnchor, s.Anchor)
	e.schemaField(tagRecursiveRef, s.RecursiveRef)
	if s.DynamicRef != nil {
		e.tag(tagDynamicRef)
		e.uint(e.ref(s.DynamicRef.Ref))
		e.str(s.DynamicRef.Anchor)
	}
	e.strField(tagDynamicAnchor, s.DynamicAnchor)
	if s.Types != nil {
		e.tag(tagTypes)
		e.int(int(*s.Types))
		e.counts.types++
	}
	if s.Enum != nil {
		e.tag(tagEnum)
		e.value(s.Enum.Values)
	}
	e.anyField(tagConst, s.Const)
	e.schemaField(tagNot, s.Not)
	e.schemaList(tagAllOf, s.AllOf)
	e.schemaList(tagAnyOf, s.AnyOf)
	e.schemaList(tagOneOf, s.OneOf)
	e.schemaField(tagIf, s.If)
	e.schemaField(tagThen, s.Then)
	e.schemaField(tagElse, s.Else)
	if s.Format != nil {
		// Formats are code: only the built-in ones can be found again by
		// name, and "regex", which the compiler makes for its engine.
		if s.Format.Name != "regex" && formats[s.Format.Name] != s.Format {
			e.fail("%s: cannot store the custom format %q", s.Location, s.Format.Name)
		}
		e.tag(tagFormat)
		e.str(s.Format.Name)
	}
	e.intField(tagMaxProperties, s.MaxProperties)
	e.intField(tagMinProperties, s.MinProperties)
	if s.Required != nil {
		e.tag(tagRequired)
		e.strings(s.Required)
	}
	e.schemaField(tagPropertyNames, s.PropertyNames)
	if s.Properties != nil {
		e.tag(tagProperties)
		e.uint(uint64(len(s.Properties)))
		for _, k := range sortedKeys(s.Properties) {
			e.str(k)
			e.uint(e.ref(s.Properties[k]))
		}
	}
	if s.PatternProperties != nil {
		e.tag(tagPatternProperties)
		e.uint(uint64(len(s.PatternProperties)))
		res := make([]Regexp, 0, len(s.PatternProperties))
		for re := range s.PatternProperties {
			res = append(res, re)
		}
		slices.SortFunc(res, func(a, b Regexp) int { return strings.Compare(a.String(), b.String()) })
		for _, re := range res {
			e.regexp(re)
			e.uint(e.ref(s.PatternProperties[re]))
		}
	}
	e.schemaOrBool(tagAdditionalProperties, s.AdditionalProperties)
	if s.Dependencies != nil {
		e.tag(tagDependencies)
		e.uint(uint64(len(s.Dependencies)))
		for _, k := range sortedKeys(s.Dependencies) {
			e.str(k)
			switch v := s.Dependencies[k].(type) {
			case *Schema:
				e.uint(valSchema)
				e.uint(e.ref(v))
			case []string:
				e.uint(valStrings)
				e.strings(v)
			default:
				e.fail("%s: cannot store a dependency of type %T", s.Location, v)
			}
		}
	}
	if s.DependentRequired != nil {
		e.tag(tagDependentRequired)
		e.uint(uint64(len(s.DependentRequired)))
		for _, k := range sortedKeys(s.DependentRequired) {
			e.str(k)
			e.strings(s.DependentRequired[k])
		}
	}
	if s.DependentSchemas != nil {
		e.tag(tagDependentSchemas)
		e.uint(uint64(len(s.DependentSchemas)))
		for _, k := range sortedKeys(s.DependentSchemas) {
			e.str(k)
			e.uint(e.ref(s.DependentSchemas[k]))
		}
	}
	e.schemaField(tagUnevaluatedProperties, s.UnevaluatedProperties)
	e.intField(tagMinItems, s.MinItems)
	e.intField(tagMaxItems, s.MaxItems)
	e.schemaField(tagContains, s.Contains)
	e.intField(tagMinContains, s.MinContains)
	e.intField(tagMaxContains, s.MaxContains)
	e.schemaOrBool(tagItems, s.Items)
	e.schemaOrBool(tagAdditionalItems, s.AdditionalItems)
	e.schemaList(tagPrefixItems, s.PrefixItems)
	e.schemaField(tagItems2020, s.Items2020)
	e.schemaField(tagUnevaluatedItems, s.UnevaluatedItems)
	e.intField(tagMinLength, s.MinLength)
	e.intField(tagMaxLength, s.MaxLength)
	if s.Pattern != nil {
		e.tag(tagPattern)
		e.regexp(s.Pattern)
	}
	if s.ContentEncoding != nil {
		if decoders[s.ContentEncoding.Name] != s.ContentEncoding {
			e.fail("%s: cannot store the custom content encoding %q", s.Location, s.ContentEncoding.Name)
		}
		e.tag(tagContentEncoding)
		e.str(s.ContentEncoding.Name)
	}
	if s.ContentMediaType != nil {
		if mediaTypes[s.ContentMediaType.Name] != s.ContentMediaType {
			e.fail("%s: cannot store the custom content media type %q", s.Location, s.ContentMediaType.Name)
		}
		e.tag(tagContentMediaType)
		e.str(s.ContentMediaType.Name)
	}
	e.schemaField(tagContentSchema, s.ContentSchema)
	e.ratField(tagMaximum, s.Maximum)
	e.ratField(tagMinimum, s.Minimum)
	e.ratField(tagExclusiveMaximum, s.ExclusiveMaximum)
	e.ratField(tagExclusiveMinimum, s.ExclusiveMinimum)
	e.ratField(tagMultipleOf, s.MultipleOf)
	e.strField(tagTitle, s.Title)
	e.strField(tagDescription, s.Description)
	e.anyField(tagDefault, s.Default)
	e.strField(tagComment, s.Comment)
	if s.Examples != nil {
		e.tag(tagExamples)
		e.value(s.Examples)
	}
	e.tag(tagEnd)
}

// --

type snapDecoder struct {
	data    string
	pos     int
	strs    []string
	schemas []Schema
	ints    []int
	bools   []bool
	types   []Types
	anys    []any
	refs    []*Schema
	strList []string
	regexps map[string]Regexp
}

var errSnapshot = errors.New("jsonschema: corrupt snapshot")

// DecodeSnapshot rebuilds the schemas EncodeSnapshot stored, in the order of
// its roots. The schemas live in one slab and their strings share data's
// memory. Regular expressions are Go's regexp, compiled on first use (once
// per distinct pattern); formats are the built-in ones.
func DecodeSnapshot(data string) (roots []*Schema, err error) {
	if !strings.HasPrefix(data, snapshotMagic) {
		return nil, errors.New("jsonschema: not a snapshot of this version")
	}
	d := &snapDecoder{data: data, pos: len(snapshotMagic)}
	defer func() {
		// Reads past the end or out-of-range indexes of a damaged
		// snapshot panic; report them as an error.
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, errSnapshot) {
				roots, err = nil, e
				return
			}
			if _, ok := r.(interface{ RuntimeError() }); ok {
				roots, err = nil, fmt.Errorf("%w: %v", errSnapshot, r)
				return
			}
			panic(r)
		}
	}()
	var c snapCounts
	for _, p := range []*uint64{&c.schemas, &c.ints, &c.bools, &c.types, &c.anys, &c.refs, &c.strs} {
		*p = d.uint()
		if *p > uint64(len(data)) {
			return nil, errSnapshot
		}
	}
	d.schemas = make([]Schema, c.schemas)
	d.ints = make([]int, 0, c.ints)
	d.bools = make([]bool, 0, c.bools)
	d.types = make([]Types, 0, c.types)
	d.anys = make([]any, 0, c.anys)
	d.refs = make([]*Schema, 0, c.refs)
	d.strList = make([]string, 0, c.strs)
	n := d.uint()
	if n > uint64(len(data)) {
		return nil, errSnapshot
	}
	d.strs = make([]string, n)
	for i := range d.strs {
		l := int(d.uint())
		d.strs[i] = d.data[d.pos : d.pos+l]
		d.pos += l
	}
	roots = make([]*Schema, d.uint())
	for i := range roots {
		roots[i] = d.ref()
	}
	for i := range d.schemas {
		d.schema(&d.schemas[i])
	}
	if d.pos != len(d.data) {
		return nil, errSnapshot
	}
	return roots, nil
}

func (d *snapDecoder) uint() uint64 {
	u, n := uvarintString(d.data[d.pos:])
	if n <= 0 {
		panic(errSnapshot)
	}
	d.pos += n
	return u
}

func (d *snapDecoder) int() int {
	u := d.uint()
	i := int64(u >> 1)
	if u&1 != 0 {
		i = ^i
	}
	return int(i)
}

// uvarintString is binary.Uvarint without converting data to bytes.
func uvarintString(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

func (d *snapDecoder) str() string { return d.strs[d.uint()] }

func (d *snapDecoder) ref() *Schema {
	i := d.uint()
	if i == 0 {
		return nil
	}
	return &d.schemas[i-1]
}

// take appends to a preallocated slab; growing it would move what earlier
// pointers point to.
func take[T any](slab *[]T, v T) *T {
	if len(*slab) == cap(*slab) {
		panic(errSnapshot)
	}
	*slab = append(*slab, v)
	return &(*slab)[len(*slab)-1]
}

func (d *snapDecoder) intp() *int { return take(&d.ints, d.int()) }

func (d *snapDecoder) list() []*Schema {
	n := int(d.uint())
	start := len(d.refs)
	for i := 0; i < n; i++ {
		take(&d.refs, d.ref())
	}
	return d.refs[start:len(d.refs):len(d.refs)]
}

func (d *snapDecoder) strings() []string {
	n := int(d.uint())
	start := len(d.strList)
	for i := 0; i < n; i++ {
		take(&d.strList, d.str())
	}
	return d.strList[start:len(d.strList):len(d.strList)]
}

func (d *snapDecoder) rat() *big.Rat {
	r, ok := new(big.Rat).SetString(d.str())
	if !ok {
		panic(errSnapshot)
	}
	return r
}

func (d *snapDecoder) value() any {
	switch d.uint() {
	case valNull:
		return nil
	case valFalse:
		return false
	case valTrue:
		return true
	case valNumber:
		return json.Number(d.str())
	case valString:
		return d.str()
	case valArray:
		a := make([]any, d.uint())
		for i := range a {
			a[i] = d.value()
		}
		return a
	case valObject:
		n := int(d.uint())
		m := make(map[string]any, n)
		for i := 0; i < n; i++ {
			k := d.str()
			m[k] = d.value()
		}
		return m
	}
	panic(errSnapshot)
}

func (d *snapDecoder) schemaOrBool() any {
	switch d.uint() {
	case valFalse:
		return false
	case valTrue:
		return true
	case valSchema:
		return d.ref()
	case valSchemas:
		return d.list()
	}
	panic(errSnapshot)
}

func (d *snapDecoder) regexp() Regexp {
	src := d.str()
	if re, ok := d.regexps[src]; ok {
		return re
	}
	re := &lazyRegexp{src: src}
	if d.regexps == nil {
		d.regexps = map[string]Regexp{}
	}
	d.regexps[src] = re
	return re
}

// lazyRegexp compiles its pattern with Go's regexp when first matched.
// Compiling every pattern of a snapshot up front was about half of a cold
// decode, and a validation meets few of them. The encoder stored only
// patterns that compiled, so compiling again cannot fail.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func (r *lazyRegexp) String() string { return r.src }

func (r *lazyRegexp) MatchString(s string) bool {
	r.once.Do(func() { r.re = regexp.MustCompile(r.src) })
	return r.re.MatchString(s)
}

// regexFormat is the "regex" format the compiler makes for Go's regexp.
var regexFormat = sync.OnceValue(func() *Format {
	return &Format{Name: "regex", Validate: RegexpEngine(goRegexpCompile).validate}
})

func (d *snapDecoder) schema(s *Schema) {
	for {
		switch t := d.uint(); t {
		case tagEnd:
			return
		case tagUp:
			s.up = urlPtr{url(d.str()), jsonPointer(d.str())}
		case tagLocation:
			s.Location = d.str()
		case tagResource:
			s.resource = d.ref()
		case tagDynamicAnchors:
			n := int(d.uint())
			s.dynamicAnchors = make(map[string]*Schema, n)
			for i := 0; i < n; i++ {
				k := d.str()
				s.dynamicAnchors[k] = d.ref()
			}
		case tagFlags:
			f := d.uint()
			s.allPropsEvaluated = f&flagAllPropsEvaluated != 0
			s.allItemsEvaluated = f&flagAllItemsEvaluated != 0
			s.RecursiveAnchor = f&flagRecursiveAnchor != 0
			s.UniqueItems = f&flagUniqueItems != 0
			s.ReadOnly = f&flagReadOnly != 0
			s.WriteOnly = f&flagWriteOnly != 0
			s.Deprecated = f&flagDeprecated != 0
		case tagNumItemsEvaluated:
			s.numItemsEvaluated = d.int()
		case tagDraftVersion:
			s.DraftVersion = d.int()
		case tagBool:
			s.Bool = take(&d.bools, d.uint() == valTrue)
		case tagID:
			s.ID = d.str()
		case tagRef:
			s.Ref = d.ref()
		case tagAnchor:
			s.Anchor = d.str()
		case tagRecursiveRef:
			s.RecursiveRef = d.ref()
		case tagDynamicRef:
			r := d.ref()
			s.DynamicRef = &DynamicRef{Ref: r, Anchor: d.str()}
		case tagDynamicAnchor:
			s.DynamicAnchor = d.str()
		case tagTypes:
			s.Types = take(&d.types, Types(d.int()))
		case tagEnum:
			v, ok := d.value().([]any)
			if !ok {
				panic(errSnapshot)
			}
			s.Enum = newEnum(v)
		case tagConst:
			s.Const = take(&d.anys, d.value())
		case tagNot:
			s.Not = d.ref()
		case tagAllOf:
			s.AllOf = d.list()
		case tagAnyOf:
			s.AnyOf = d.list()
		case tagOneOf:
			s.OneOf = d.list()
		case tagIf:
			s.If = d.ref()
		case tagThen:
			s.Then = d.ref()
		case tagElse:
			s.Else = d.ref()
		case tagFormat:
			name := d.str()
			if name == "regex" {
				s.Format = regexFormat()
			} else if s.Format = formats[name]; s.Format == nil {
				panic(errSnapshot)
			}
		case tagMaxProperties:
			s.MaxProperties = d.intp()
		case tagMinProperties:
			s.MinProperties = d.intp()
		case tagRequired:
			s.Required = d.strings()
		case tagPropertyNames:
			s.PropertyNames = d.ref()
		case tagProperties:
			n := int(d.uint())
			s.Properties = make(map[string]*Schema, n)
			for i := 0; i < n; i++ {
				k := d.str()
				s.Properties[k] = d.ref()
			}
		case tagPatternProperties:
			n := int(d.uint())
			s.PatternProperties = make(map[Regexp]*Schema, n)
			for i := 0; i < n; i++ {
				re := d.regexp()
				s.PatternProperties[re] = d.ref()
			}
		case tagAdditionalProperties:
			s.AdditionalProperties = d.schemaOrBool()
		case tagDependencies:
			n := int(d.uint())
			s.Dependencies = make(map[string]any, n)
			for i := 0; i < n; i++ {
				k := d.str()
				switch d.uint() {
				case valSchema:
					s.Dependencies[k] = d.ref()
				case valStrings:
					s.Dependencies[k] = d.strings()
				default:
					panic(errSnapshot)
				}
			}
		case tagDependentRequired:
			n := int(d.uint())
			s.DependentRequired = make(map[string][]string, n)
			for i := 0; i < n; i++ {
				k := d.str()
				s.DependentRequired[k] = d.strings()
			}
		case tagDependentSchemas:
			n := int(d.uint())
			s.DependentSchemas = make(map[string]*Schema, n)
			for i := 0; i < n; i++ {
				k := d.str()
				s.DependentSchemas[k] = d.ref()
			}
		case tagUnevaluatedProperties:
			s.UnevaluatedProperties = d.ref()
		case tagMinItems:
			s.MinItems = d.intp()
		case tagMaxItems:
			s.MaxItems = d.intp()
		case tagContains:
			s.Contains = d.ref()
		case tagMinContains:
			s.MinContains = d.intp()
		case tagMaxContains:
			s.MaxContains = d.intp()
		case tagItems:
			s.Items = d.schemaOrBool()
		case tagAdditionalItems:
			s.AdditionalItems = d.schemaOrBool()
		case tagPrefixItems:
			s.PrefixItems = d.list()
		case tagItems2020:
			s.Items2020 = d.ref()
		case tagUnevaluatedItems:
			s.UnevaluatedItems = d.ref()
		case tagMinLength:
			s.MinLength = d.intp()
		case tagMaxLength:
			s.MaxLength = d.intp()
		case tagPattern:
			s.Pattern = d.regexp()
		case tagContentEncoding:
			if s.ContentEncoding = decoders[d.str()]; s.ContentEncoding == nil {
				panic(errSnapshot)
			}
		case tagContentMediaType:
			if s.ContentMediaType = mediaTypes[d.str()]; s.ContentMediaType == nil {
				panic(errSnapshot)
			}
		case tagContentSchema:
			s.ContentSchema = d.ref()
		case tagMaximum:
			s.Maximum = d.rat()
		case tagMinimum:
			s.Minimum = d.rat()
		case tagExclusiveMaximum:
			s.ExclusiveMaximum = d.rat()
		case tagExclusiveMinimum:
			s.ExclusiveMinimum = d.rat()
		case tagMultipleOf:
			s.MultipleOf = d.rat()
		case tagTitle:
			s.Title = d.str()
		case tagDescription:
			s.Description = d.str()
		case tagDefault:
			s.Default = take(&d.anys, d.value())
		case tagComment:
			s.Comment = d.str()
		case tagExamples:
			v, ok := d.value().([]any)
			if !ok {
				panic(errSnapshot)
			}
			s.Examples = v
		default:
			panic(errSnapshot)
		}
	}
}
