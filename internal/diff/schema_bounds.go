package diff

import (
	"fmt"
	"strconv"
)

func (s *sc) compareBounds() {
	for _, b := range allBounds {
		bv, rv := s.b.str(b.key), s.r.str(b.key)
		if bv == rv {
			continue
		}
		// OpenAPI 3.0 writes exclusiveMaximum as a boolean next to maximum.
		if bv == "true" || bv == "false" || rv == "true" || rv == "false" {
			if bv == "true" && rv != "true" {
				s.add("schema-"+b.id+"-removed", b.key, "%s is no longer set", b.key)
			} else if bv != "true" && rv == "true" {
				s.add("schema-"+b.id+"-added", b.key, "%s was set", b.key)
			}
			continue
		}
		switch {
		case bv == "":
			s.add("schema-"+b.id+"-added", b.key, "%s %s was added", b.key, rv)
		case rv == "":
			s.add("schema-"+b.id+"-removed", b.key, "%s %s was removed", b.key, bv)
		default:
			bf, rf, ok := nums(bv, rv)
			if !ok || bf == rf {
				continue
			}
			dir := "increased"
			if rf < bf {
				dir = "decreased"
			}
			s.add("schema-"+b.id+"-"+dir, b.key, "%s %s from %s to %s", b.key, dir, bv, rv)
		}
	}
}

var allBounds = append(append([]bound(nil), bounds...), containsBounds...)

func nums(a, b string) (float64, float64, bool) {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return x, y, err1 == nil && err2 == nil
}

// divides reports whether a divides b exactly (b is a whole multiple of a).
func divides(a, b float64) bool {
	q := b / a
	return q == float64(int64(q))
}

func sameSet(a, b map[string]bool) bool { return len(a) == len(b) && subset(a, b) }

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func setString(m map[string]bool) string {
	var s []string
	for _, k := range []string{"null", "boolean", "object", "array", "number", "integer", "string"} {
		if m[k] {
			s = append(s, k)
		}
	}
	for k := range m {
		switch k {
		case "null", "boolean", "object", "array", "number", "integer", "string":
		default:
			s = append(s, k)
		}
	}
	if len(s) == 1 {
		return s[0]
	}
	return fmt.Sprint(s)
}
