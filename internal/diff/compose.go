package diff

import (
	"fmt"
	"strings"
)

// compareAlternatives matches oneOf/anyOf alternatives by $ref name, then by
// title, then by structure (same types and property names, or the best
// property overlap), and compares matched pairs. A schema with no
// alternatives on one side counts as a single alternative, so wrapping a
// schema in oneOf with a new sibling is one added alternative.
func (s *sc) compareAlternatives(kw string, b, r []*alt) {
	if len(b) == 0 && len(r) == 0 {
		return
	}
	if len(b) == 0 {
		b = []*alt{s.selfAlt(s.b)}
	} else if len(r) == 0 {
		r = []*alt{s.selfAlt(s.r)}
	}
	id := "schema-one-of"
	if kw == "anyOf" {
		id = "schema-any-of"
	}
	pairs, bLeft, rLeft := matchAlts(s, b, r)
	for _, p := range pairs {
		s.g.link(s.c.schemaAt(p[0].raw, p[1].raw, p[0].path, p[1].path, s.dir, s.guards, s.ctx, s.child(kw+"("+p[1].label+")")))
	}
	for _, a := range bLeft {
		s.c.add(s.g, id+"-removed", s.dir, s.guards, at{rev: pick(s.r.kw.get(kw), s.r.n), base: a.raw, path: a.path},
			fmt.Sprintf("%s: %s alternative %s was removed", s.subject(), kw, a.label))
	}
	for _, a := range rLeft {
		s.c.add(s.g, id+"-added", s.dir, s.guards, at{rev: a.raw, path: a.path},
			fmt.Sprintf("%s: %s alternative %s was added", s.subject(), kw, a.label))
	}
}

func (s *sc) selfAlt(v *view) *alt {
	a := &alt{raw: v.n, n: v.n, path: v.path, label: "(the schema itself)", title: v.n.str("title")}
	if len(v.path) == 3 && v.path[0] == "components" {
		a.ref, a.label = v.path[2], v.path[2]
	}
	return a
}

func matchAlts(s *sc, b, r []*alt) (pairs [][2]*alt, bLeft, rLeft []*alt) {
	used := make([]bool, len(r))
	var pending []*alt
	try := func(key func(*alt) string) {
		next := pending[:0:0]
		for _, a := range pending {
			k := key(a)
			found := -1
			if k != "" {
				for j, x := range r {
					if !used[j] && key(x) == k {
						found = j
						break
					}
				}
			}
			if found < 0 {
				next = append(next, a)
				continue
			}
			used[found] = true
			pairs = append(pairs, [2]*alt{a, r[found]})
		}
		pending = next
	}
	pending = append(pending, b...)
	try(func(a *alt) string { return a.ref })
	try(func(a *alt) string { return a.title })
	sig := func(d int) func(a *alt) string {
		return func(a *alt) string {
			doc := s.c.b
			if d == 1 {
				doc = s.c.r
			}
			return buildView(doc, a.n, a.path).signature()
		}
	}
	bsig, rsig := map[*alt]string{}, map[*alt]string{}
	for _, a := range pending {
		bsig[a] = sig(0)(a)
	}
	for j, a := range r {
		if !used[j] {
			rsig[a] = sig(1)(a)
		}
	}
	try(func(a *alt) string {
		if v, ok := bsig[a]; ok {
			return v
		}
		return rsig[a]
	})
	// Last resort: same type and the largest share of property names.
	for _, a := range pending {
		best, bestScore := -1, 0.5
		for j, x := range r {
			if used[j] {
				continue
			}
			if sc := overlap(bsig[a], rsig[x]); sc > bestScore {
				best, bestScore = j, sc
			}
		}
		if best < 0 {
			bLeft = append(bLeft, a)
			continue
		}
		used[best] = true
		pairs = append(pairs, [2]*alt{a, r[best]})
	}
	for j, x := range r {
		if !used[j] {
			rLeft = append(rLeft, x)
		}
	}
	return pairs, bLeft, rLeft
}

// overlap scores two signatures: 0 unless the types agree, else the Jaccard
// index of their property names.
func overlap(a, b string) float64 {
	at, ap, _ := strings.Cut(a, "|")
	bt, bp, _ := strings.Cut(b, "|")
	if at != bt || ap == "" || bp == "" {
		return 0
	}
	as, bs := strings.Split(ap, ","), strings.Split(bp, ",")
	set := map[string]int{}
	for _, x := range as {
		set[x] |= 1
	}
	for _, x := range bs {
		set[x] |= 2
	}
	both := 0
	for _, v := range set {
		if v == 3 {
			both++
		}
	}
	return float64(both) / float64(len(set))
}
