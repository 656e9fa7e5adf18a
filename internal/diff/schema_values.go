package diff

import yaml "github.com/pb33f/go-yaml"

func (s *sc) compareEnum() {
	if s.compareExtensibleEnum() {
		return
	}
	bn, rn := s.b.kw.get("enum").n, s.r.kw.get("enum").n
	switch {
	case bn == nil && rn == nil:
	case bn == nil:
		s.add("schema-enum-added", "enum", "an enum of %d values was added", len(rn.Content))
	case rn == nil:
		s.add("schema-enum-removed", "enum", "the enum constraint was removed")
	default:
		s.enumValues(bn, rn, "schema-enum-value", "enum")
	}
}

// enumValues compares two value lists, reporting with ids prefix-added and
// prefix-removed at keyword k.
func (s *sc) enumValues(bn, rn *yaml.Node, prefix, k string) {
	bs, rs := scalarSet(listOnly(bn)), scalarSet(listOnly(rn))
	for _, v := range rs.order {
		if !bs.has[v] {
			s.add(prefix+"-added", k, "%s value %q was added", k, v)
		}
	}
	for _, v := range bs.order {
		if !rs.has[v] {
			s.add(prefix+"-removed", k, "%s value %q was removed", k, v)
		}
	}
}

// listOnly keeps a sequence; a value list written as anything else lists nothing.
func listOnly(n *yaml.Node) *yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	return n
}

// compareExtensibleEnum handles x-extensible-enum (Zalando's guideline): the
// list of values known today, with clients told to expect more. A new value
// is no surprise to anyone; a removed one is refused in requests. It reports
// whether it has judged the enum, so compareEnum stays out.
func (s *sc) compareExtensibleEnum() bool {
	const xk = "x-extensible-enum"
	bx, rx := s.b.kw.get(xk).n, s.r.kw.get(xk).n
	be, re := s.b.kw.get("enum").n, s.r.kw.get("enum").n
	switch {
	case bx == nil && rx == nil:
		return false
	case be != nil && re == nil && rx != nil:
		s.add("schema-enum-became-extensible", xk, "enum became x-extensible-enum: values outside the list may now occur")
		s.enumValues(be, rx, "schema-extensible-enum-value", xk)
	case bx != nil && be == nil && re != nil:
		s.add("schema-enum-became-closed", "enum", "x-extensible-enum became enum: only the listed values are valid")
		s.enumValues(bx, re, "schema-enum-value", "enum")
	case bx != nil && rx != nil:
		s.enumValues(bx, rx, "schema-extensible-enum-value", xk)
		return false
	case rx != nil:
		// A list of known values that constrains nothing it did not before.
		s.enumValues(&yaml.Node{Kind: yaml.SequenceNode}, rx, "schema-extensible-enum-value", xk)
		return false
	default:
		return false // the list was dropped: nothing is constrained any more
	}
	return true
}

func (s *sc) comparePattern() {
	bp, rp := s.b.str("pattern"), s.r.str("pattern")
	switch ba, ra := matchesAll(bp), matchesAll(rp); {
	case bp == rp, ba && ra:
	case ra && rp == "":
		s.add("schema-pattern-removed", "pattern", "pattern %s was removed", bp)
	case ra:
		s.add("schema-pattern-removed", "pattern", "pattern changed from %s to %s, which accepts every string", bp, rp)
	case ba:
		s.add("schema-pattern-added", "pattern", "pattern %s was added", rp)
	default:
		s.add("schema-pattern-changed", "pattern", "pattern changed from %s to %s", bp, rp)
	}
}

// matchesAll recognises the patterns that accept every string. A pattern is
// not anchored, so ".*" matches anywhere; "^.*$" is not here because "." does
// not match a line break.
func matchesAll(p string) bool {
	switch p {
	case "", ".*", "^.*", ".*$", "(.*)", "[\\s\\S]*", "^[\\s\\S]*$":
		return true
	}
	return false
}
