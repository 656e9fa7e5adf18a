package loadtest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxDataRows bounds a data file: every row becomes one prepared request per
// operation it feeds, held for the whole run (as k6's SharedArray holds it).
const MaxDataRows = 100_000

// Data is a request data file: rows of named values, bound by name to the
// parameters and top-level body fields of the operations that have them.
type Data struct {
	Columns []string
	Rows    []map[string]any // CSV values are strings; JSON values as decoded
}

// ParseData reads a CSV file (a header row, then one row per iteration) or a
// JSON array of objects; name says which (by its extension) and appears in
// errors with the line and column.
func ParseData(name string, b []byte) (*Data, error) {
	trimmed := bytes.TrimSpace(b)
	if strings.HasSuffix(strings.ToLower(name), ".json") || (len(trimmed) > 0 && trimmed[0] == '[') {
		return parseJSONData(name, b)
	}
	return parseCSVData(name, b)
}

func parseCSVData(name string, b []byte) (*Data, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err != nil {
		return nil, csvError(name, err, "a header row naming the columns")
	}
	d := &Data{}
	seen := map[string]bool{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if h == "" {
			return nil, fmt.Errorf("%s:1:%d: column %d has no name; the header row names every column", name, i+1, i+1)
		}
		if seen[h] {
			return nil, fmt.Errorf("%s:1:%d: column %q appears twice", name, i+1, h)
		}
		seen[h] = true
		d.Columns = append(d.Columns, h)
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(name, err, fmt.Sprintf("%d fields as in the header", len(d.Columns)))
		}
		if len(d.Rows) == MaxDataRows {
			line, _ := r.FieldPos(0)
			return nil, fmt.Errorf("%s:%d:1: more than %d rows; split the file or sample it", name, line, MaxDataRows)
		}
		row := make(map[string]any, len(rec))
		for i, v := range rec {
			row[d.Columns[i]] = v
		}
		d.Rows = append(d.Rows, row)
	}
	if len(d.Rows) == 0 {
		return nil, fmt.Errorf("%s:2:1: no data rows after the header", name)
	}
	return d, nil
}

func csvError(name string, err error, want string) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: %v; expected %s", name, pe.Line, pe.Column, pe.Err, want)
	}
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("%s:1:1: the file is empty; expected %s", name, want)
	}
	return fmt.Errorf("%s: %w", name, err)
}

func parseJSONData(name string, b []byte) (*Data, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var rows []map[string]any
	if err := dec.Decode(&rows); err != nil {
		line, col := lineCol(b, jsonOffset(err, dec))
		return nil, fmt.Errorf("%s:%d:%d: %v; expected a JSON array of objects, one per iteration", name, line, col, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s:1:1: an empty array; expected at least one object", name)
	}
	if len(rows) > MaxDataRows {
		return nil, fmt.Errorf("%s:1:1: %d rows, more than %d; split the file or sample it", name, len(rows), MaxDataRows)
	}
	d := &Data{}
	seen := map[string]bool{}
	for i, row := range rows {
		if row == nil {
			return nil, fmt.Errorf("%s: element %d is null; expected an object", name, i)
		}
		for k := range row {
			if !seen[k] {
				seen[k] = true
				d.Columns = append(d.Columns, k)
			}
		}
	}
	d.Rows = rows
	return d, nil
}

func jsonOffset(err error, dec *json.Decoder) int64 {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return se.Offset
	case errors.As(err, &te):
		return te.Offset
	}
	return dec.InputOffset()
}

func lineCol(b []byte, off int64) (int, int) {
	off = min(max(off, 0), int64(len(b)))
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(b[:off], '\n')
	return line, col
}
