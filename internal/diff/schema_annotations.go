package diff

import (
	"fmt"

	yaml "github.com/pb33f/go-yaml"
)

// compareFlips reports readOnly and writeOnly flips of a property present on
// both sides, in the one direction each matters to. A required property that
// enters or leaves the message with the flip is also reported as becoming
// required or optional there. It reports whether it judged requiredness.
func (s *sc) compareFlips(prop string, bro, rro, bwo, rwo, breq, rreq bool, where at) bool {
	if s.dir == Request && bro == rro || s.dir == Response && bwo == rwo {
		return false
	}
	name := s.child(prop)
	var was, is bool
	var word string
	switch {
	case s.dir == Request && bro != rro:
		was, is, word = breq && !bro, rreq && !rro, "readOnly"
		id := "schema-property-became-read-only"
		if !rro {
			id = "schema-property-became-not-read-only"
		}
		s.c.add(s.g, id, s.dir, s.guards, where, fmt.Sprintf("%s: property %s %s", s.ctx, name, becameWord(rro, "readOnly")))
	case s.dir == Response && bwo != rwo:
		was, is, word = breq && !bwo, rreq && !rwo, "writeOnly"
		id := "schema-property-became-write-only"
		g := s.guards
		if !rwo {
			id = "schema-property-became-not-write-only"
			if !s.b.closed {
				g |= OpenObject
			}
		}
		s.c.add(s.g, id, s.dir, g, where, fmt.Sprintf("%s: property %s %s", s.ctx, name, becameWord(rwo, "writeOnly")))
	}
	switch {
	case !was && is:
		s.c.add(s.g, "schema-property-became-required", s.dir, s.guards, where, fmt.Sprintf("%s: property %s is now required in the %s (it %s)", s.ctx, name, s.dir, becameWord(!is, word)))
	case was && !is:
		s.c.add(s.g, "schema-property-became-optional", s.dir, s.guards, where, fmt.Sprintf("%s: property %s is no longer required in the %s (it %s)", s.ctx, name, s.dir, becameWord(was, word)))
	}
	return true
}

func becameWord(on bool, k string) string {
	if on {
		return "became " + k
	}
	return "is no longer " + k
}

// comparePolicy applies the endpoint lifecycle policy to a property: sunset
// notice and stability level. Policy is not a property of a direction, so
// each property is judged once.
func (s *sc) comparePolicy(bn, rn nref, p []string, name string) {
	if s.c.judged == nil {
		s.c.judged = map[*yaml.Node]bool{}
	}
	if s.c.judged[rn.n] {
		return
	}
	s.c.judged[rn.n] = true
	bl, bname := stability(bn)
	rl, rname := stability(rn)
	swhere := at{rev: pick(rn.get("x-stability-level"), rn), base: pick(bn.get("x-stability-level"), bn), path: join(p, "x-stability-level")}
	switch {
	case rl < bl:
		s.c.add(s.g, "schema-property-stability-decreased", Request, 0, swhere, fmt.Sprintf("%s: property %s: stability went down from %s to %s", s.ctx, name, bname, rname))
	case rl > bl:
		s.c.add(s.g, "schema-property-stability-increased", Request, 0, swhere, fmt.Sprintf("%s: property %s: stability went up from %s to %s", s.ctx, name, bname, rname))
	}
	bdep, rdep := bn.isTrue("deprecated"), rn.isTrue("deprecated")
	rs, rok := sunsetOf(rn)
	where := at{rev: pick(rn.get("x-sunset"), rn), base: bn, path: join(p, "x-sunset")}
	switch {
	case !bdep && rdep && rok:
		min := s.c.minSunsetDays(rn)
		if min <= 0 || s.c.opts.Now.IsZero() {
			return
		}
		if days := int(rs.Sub(s.c.opts.Now).Hours() / 24); days < min {
			_, lvl := stability(rn)
			s.c.add(s.g, "schema-property-sunset-too-soon", Request, 0, where,
				fmt.Sprintf("%s: property %s: sunset %s is %d days away; a %s property needs at least %d days of notice", s.ctx, name, rs.Format(dateLayout), days, lvl, min))
		}
	case bdep && rdep && rok:
		if bs, bok := sunsetOf(bn); bok && rs.Before(bs) {
			s.c.add(s.g, "schema-property-sunset-earlier", Request, 0, where,
				fmt.Sprintf("%s: property %s: sunset moved earlier, from %s to %s", s.ctx, name, bs.Format(dateLayout), rs.Format(dateLayout)))
		}
	}
}

// retired reports whether removing the property keeps the promise its
// deprecation made, as endpointRemoved judges an operation.
func (s *sc) retired(bn nref) (bool, string) { return s.c.retired(bn) }

// retired reports whether removing the deprecated element bn (a property or
// a parameter) keeps the promise its deprecation made, and says why.
func (c *comparer) retired(bn nref) (bool, string) {
	if !bn.isTrue("deprecated") {
		return false, ""
	}
	sunset, ok := sunsetOf(bn)
	switch {
	case !ok:
		return true, " (it was deprecated, without an x-sunset date)"
	case c.opts.Now.IsZero() || !c.opts.Now.Before(sunset):
		return true, " after its sunset date " + sunset.Format(dateLayout)
	default:
		return false, " before its sunset date " + sunset.Format(dateLayout)
	}
}
