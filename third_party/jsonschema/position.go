package jsonschema

import (
	"strconv"
	"strings"
)

// Position tells possible tokens in json.
//
// collect calls yield for every value at this position of v, with its
// pointer. (Upstream returned a map per call; the schema walk of every
// compile made one for each of some 30 keyword positions of every subschema.)
type Position interface {
	collect(v any, ptr jsonPointer, yield func(jsonPointer, any))
}

// --

type AllProp struct{}

func (AllProp) collect(v any, ptr jsonPointer, yield func(jsonPointer, any)) {
	obj, ok := v.(map[string]any)
	if !ok {
		return
	}
	for pname, pvalue := range obj {
		yield(ptr.append(pname), pvalue)
	}
}

// --

type AllItem struct{}

func (AllItem) collect(v any, ptr jsonPointer, yield func(jsonPointer, any)) {
	arr, ok := v.([]any)
	if !ok {
		return
	}
	for i, item := range arr {
		yield(ptr.append(strconv.Itoa(i)), item)
	}
}

// --

type Prop string

func (p Prop) collect(v any, ptr jsonPointer, yield func(jsonPointer, any)) {
	obj, ok := v.(map[string]any)
	if !ok {
		return
	}
	pvalue, ok := obj[string(p)]
	if !ok {
		return
	}
	yield(ptr.append(string(p)), pvalue)
}

// --

type Item int

func (i Item) collect(v any, ptr jsonPointer, yield func(jsonPointer, any)) {
	arr, ok := v.([]any)
	if !ok {
		return
	}
	if i < 0 || int(i) >= len(arr) {
		return
	}
	yield(ptr.append(strconv.Itoa(int(i))), arr[int(i)])
}

// --

// SchemaPath tells where to look for subschema inside keyword.
type SchemaPath []Position

func schemaPath(path string) SchemaPath {
	var sp SchemaPath
	for _, tok := range strings.Split(path, "/") {
		var pos Position
		switch tok {
		case "*":
			pos = AllProp{}
		case "[]":
			pos = AllItem{}
		default:
			if i, err := strconv.Atoi(tok); err == nil {
				pos = Item(i)
			} else {
				pos = Prop(tok)
			}
		}
		sp = append(sp, pos)
	}
	return sp
}

func (sp SchemaPath) collect(v any, ptr jsonPointer, yield func(jsonPointer, any)) {
	if len(sp) == 0 {
		yield(ptr, v)
		return
	}
	// The first position usually names one keyword: look it up before
	// building any pointer, since most keywords are absent.
	if p, ok := sp[0].(Prop); ok {
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		pvalue, ok := obj[string(p)]
		if !ok {
			return
		}
		sp[1:].collect(pvalue, ptr.append(string(p)), yield)
		return
	}
	sp[0].collect(v, ptr, func(ptr jsonPointer, v any) {
		sp[1:].collect(v, ptr, yield)
	})
}

func (sp SchemaPath) String() string {
	var sb strings.Builder
	for _, pos := range sp {
		if sb.Len() != 0 {
			sb.WriteByte('/')
		}
		switch pos := pos.(type) {
		case AllProp:
			sb.WriteString("*")
		case AllItem:
			sb.WriteString("[]")
		case Prop:
			sb.WriteString(string(pos))
		case Item:
			sb.WriteString(strconv.Itoa(int(pos)))
		}
	}
	return sb.String()
}
