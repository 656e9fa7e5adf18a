package spec

// The YAML parse is the serial floor of every command: a 4 MB description
// takes longer to parse than most commands take for their own work, and the
// parser is single-threaded. parseParallel cuts a large block-style document
// into pieces at lines where a new key of a block mapping starts, parses the
// pieces on every core, shifts their line numbers and splices their pairs
// into the mappings they continue, giving the tree yaml.Unmarshal gives.
//
// Why a piece parses to the same nodes as the same lines inside the whole
// text: a piece starts at a line holding a one-line key at indentation I, at
// which the whole parse is in block context (no quoted scalar, flow
// collection or block scalar open) inside a block mapping indented I. The
// parser's decisions for the lines that follow depend only on the block
// collections indented I and deeper, which are the ones the piece opens
// itself, and columns are unchanged because a piece starts at a line start.
//
// The line scanner that picks the cuts is deliberately simple; nothing rests
// on it being right. What makes a wrong cut harmless:
//   - a quoted scalar or flow collection open at a cut leaves the piece before
//     it unterminated, a parse error;
//   - a cut inside a block or plain multi-line scalar, or at a line that does
//     not continue a mapping indented I, shows when splicing: the tree built
//     so far must end in an open block mapping whose column is I+1 (after
//     which the scalar's mapping would be the deepest open one, at a smaller
//     column);
//   - anchors, aliases and tags (an alias cannot reach another piece),
//     directives and document markers after the first content, tabs in
//     indentation, line breaks other than LF and CRLF, other encodings, flow
//     or non-mapping roots, explicit keys, and comments next to a cut (a
//     comment belongs to the token before or after it) are refused.
//
// Any refusal, piece error or panic returns false and the caller parses the
// whole text serially, so errors (file:line:col) are always the serial
// parser's own. FuzzParallelParse and the corpus test hold the two parses to
// identical trees.

import (
	"bytes"
	"runtime"
	"sync"
	"sync/atomic"

	yaml "github.com/pb33f/go-yaml"
)

// splitConfig tunes parseParallel; tests shrink the sizes to cut tiny inputs.
type splitConfig struct {
	workers    int
	minBytes   int // smaller documents are parsed serially: the split does not pay
	chunkBytes int // target piece size; 0 derives it from the size and workers
}

func defaultSplit() splitConfig {
	return splitConfig{workers: runtime.GOMAXPROCS(0), minBytes: 128 << 10}
}

const (
	// piecesPerWorker keeps workers busy to the end when pieces differ in cost.
	piecesPerWorker = 4
	minChunkBytes   = 64 << 10
	// maxCutIndent keeps far from the parser's block depth limit (10000), which
	// a piece, being shallower than the whole, could otherwise pass.
	maxCutIndent = 4096
)

// parseYAML returns the document node yaml.Unmarshal gives for data, and its
// error; large documents are parsed on every core.
func parseYAML(data []byte) (*yaml.Node, error) {
	n, _, err := parseFile(data)
	return n, err
}

// parseFile is parseYAML that also says whether the tree is known to hold no
// alias: a parallel parse refuses aliases (see shiftLines), so the alias
// bound need not walk its tree again.
func parseFile(data []byte) (n *yaml.Node, aliasFree bool, err error) {
	if doc, ok := parseParallel(data, defaultSplit()); ok {
		return doc, true, nil
	}
	var doc yaml.Node
	err = yaml.Unmarshal(data, &doc)
	return &doc, false, err
}

// parseParallel returns the document node yaml.Unmarshal gives for data and
// true, or false when data cannot be split safely or a piece fails.
func parseParallel(data []byte, cfg splitConfig) (*yaml.Node, bool) {
	if cfg.workers < 2 || len(data) < cfg.minBytes || !plainText(data) {
		return nil, false
	}
	lines, ok := scanLines(data)
	if !ok {
		return nil, false
	}
	target := cfg.chunkBytes
	if target <= 0 {
		target = max(minChunkBytes, len(data)/(cfg.workers*piecesPerWorker))
	}
	cuts, ok := planCuts(lines, len(data), target)
	if !ok || len(cuts) < 2 {
		return nil, false
	}
	docs, ok := parsePieces(data, lines, cuts, cfg.workers)
	if !ok {
		return nil, false
	}
	return splice(docs, cuts)
}

// plainText refuses what the line scanner does not model: UTF-16 or NULs,
// line breaks other than LF and CRLF (YAML also breaks at CR, NEL, LS and PS)
// and a byte order mark after the start.
func plainText(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 || bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return false
	}
	for _, s := range []string{"\u0085", "\u2028", "\u2029"} {
		if bytes.Contains(data, []byte(s)) {
			return false
		}
	}
	if len(data) > 0 && bytes.Contains(data[1:], []byte("\ufeff")) {
		return false
	}
	for i := 0; ; i++ {
		j := bytes.IndexByte(data[i:], '\r')
		if j < 0 {
			return true
		}
		i += j
		if i+1 >= len(data) || data[i+1] != '\n' {
			return false
		}
	}
}

type lineFlags uint8

const (
	lineClean       lineFlags = 1 << iota // starts in block context, outside any scalar
	lineBlank                             // spaces only
	lineCommentOnly                       // a comment and nothing else
	lineComment                           // holds a comment
	lineKey                               // clean, and opens with a one-line key and ':'
	lineKeyOnly                           // lineKey with nothing after the ':'
	lineExplicitKey                       // clean, and opens with "? " (an explicit key)
)

type textLine struct {
	start  int // byte offset
	indent int // leading spaces, for clean lines
	flags  lineFlags
}

// lexer carries what is open from one line to the next.
type lexer struct {
	data        []byte
	quote       byte // '"' or '\'' while a quoted scalar is open
	flow        int  // open flow collections
	scalarOwner int  // indentation of the collection owning an open block scalar; -1 when none
	scalarInd   int  // that scalar's content indentation; 0 until its first non-empty line
	plainOwner  int  // indentation a line must exceed to continue an open plain scalar; -1 when none
	seenContent bool
	failed      bool
	lineBegin   int // offset of the first non-space byte of the clean line being lexed
}

// scanLines classifies every line of data; false means data holds something
// the splitter does not reason about.
func scanLines(data []byte) ([]textLine, bool) {
	l := lexer{data: data, scalarOwner: -1, plainOwner: -1}
	lines := make([]textLine, 0, bytes.Count(data, []byte{'\n'})+1)
	for start := 0; start < len(data); {
		end := len(data)
		next := end
		if i := bytes.IndexByte(data[start:], '\n'); i >= 0 {
			end, next = start+i, start+i+1
		}
		if end > start && data[end-1] == '\r' {
			end--
		}
		lines = append(lines, l.line(start, end))
		if l.failed {
			return nil, false
		}
		start = next
	}
	if l.quote != 0 || l.flow > 0 {
		return nil, false
	}
	// A trailing comment is the document's or the last node's depending on
	// what the whole parse saw; keep such files whole.
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].flags&lineBlank == 0 {
			if lines[i].flags&lineComment != 0 {
				return nil, false
			}
			break
		}
	}
	return lines, true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

func isFlowIndicator(c byte) bool {
	return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
}

func (l *lexer) blankFrom(p, end int) bool {
	for ; p < end; p++ {
		if !isSpace(l.data[p]) {
			return false
		}
	}
	return true
}

func (l *lexer) line(start, end int) textLine {
	d := l.data
	t := textLine{start: start}
	p := start
	if start == 0 && bytes.HasPrefix(d, []byte("\ufeff")) {
		p += 3
	}
	if end-p >= 3 && (string(d[p:p+3]) == "---" || string(d[p:p+3]) == "...") && (end-p == 3 || isSpace(d[p+3])) {
		// Only a bare start marker before any content, which stays in the
		// first piece; anything else ends or starts a document.
		if string(d[p:p+3]) != "---" || l.seenContent || l.quote != 0 || l.flow > 0 || l.scalarOwner >= 0 || !l.blankFrom(p+3, end) {
			l.failed = true
		}
		return t
	}
	ind := 0
	for p+ind < end && d[p+ind] == ' ' {
		ind++
	}
	if l.scalarOwner >= 0 {
		if p+ind == end {
			t.flags = lineBlank
			return t
		}
		if ind > l.scalarOwner && (l.scalarInd == 0 || ind >= l.scalarInd) {
			if l.scalarInd == 0 {
				l.scalarInd = ind
			}
			return t
		}
		l.scalarOwner = -1
	}
	if l.plainOwner >= 0 {
		if p+ind == end {
			t.flags = lineBlank
			return t
		}
		if ind > l.plainOwner && d[p+ind] != '#' {
			t.flags = l.plainMore(p+ind, end)
			return t
		}
		l.plainOwner = -1
	}
	if l.quote != 0 || l.flow > 0 {
		t.flags = l.lex(p, end, -1)
		return t
	}
	t.flags, t.indent = lineClean, ind
	q := p + ind
	switch {
	case q == end:
		t.flags |= lineBlank
		return t
	case d[q] == '\t' || ind > maxCutIndent || (ind == 0 && d[q] == '%'):
		l.failed = true
		return t
	case d[q] == '#':
		t.flags |= lineCommentOnly | lineComment
		return t
	}
	l.seenContent = true
	l.lineBegin = q
	t.flags |= l.lex(q, end, ind)
	return t
}

// lex follows the tokens of one line from p, updating what is left open.
// indent is the line's indentation when the line is clean, else -1: only
// then can the line hold a key or start a block scalar.
func (l *lexer) lex(p, end, indent int) (flags lineFlags) {
	d := l.data
	clean := indent >= 0
	tok := true         // at a token start, where indicators count
	keyTok := clean     // the pending scalar opened the line
	owner := indent     // indentation of the collection a block scalar here would belong to
	lastStart := indent // column where the latest block-context token started
	fail := func() lineFlags { l.failed = true; return 0 }
	for p < end {
		if l.quote != 0 {
			p = l.closeQuote(p, end)
			tok = false
			continue
		}
		c := d[p]
		if isSpace(c) {
			p++
			continue
		}
		if c == '#' {
			return flags | lineComment
		}
		if l.flow > 0 {
			switch c {
			case '[', '{':
				l.flow++
				tok = true
				p++
			case ']', '}':
				l.flow--
				tok = false
				p++
			case ',', ':':
				tok = true
				p++
			case '"', '\'':
				l.quote = c
				p++
			case '&', '*', '!':
				if tok {
					return fail()
				}
				p = l.plainFlow(p, end)
			default:
				tok = false
				p = l.plainFlow(p, end)
			}
			keyTok = false
			continue
		}
		blankAfter := p+1 >= end || isSpace(d[p+1])
		switch {
		case c == ':' && blankAfter && tok:
			// The value of an explicit key ("? k" on an earlier line).
			if p != l.lineBegin {
				return fail()
			}
			owner = l.column(p, indent)
			keyTok = false
			p++
		case c == ':' && blankAfter:
			if keyTok {
				flags |= lineKey
				if l.blankFrom(p+1, end) {
					flags |= lineKeyOnly
				}
			}
			keyTok = false
			owner = lastStart
			tok = true
			p++
		case !tok:
			// Adjacent to a closed quoted scalar or flow collection: not YAML
			// the scanner models; let the pieces' parse decide.
			return fail()
		case c == '-' && blankAfter:
			owner = l.column(p, indent)
			keyTok = false
			p++
		case c == '?' && blankAfter:
			if p == l.lineBegin {
				flags |= lineExplicitKey
			}
			owner = l.column(p, indent)
			keyTok = false
			p++
		case c == '"' || c == '\'':
			lastStart = l.column(p, indent)
			l.quote = c
			p++
		case c == '[' || c == '{':
			l.flow = 1
			keyTok = false
			p++
		case c == '|' || c == '>':
			if !clean || owner < 0 || p == l.lineBegin {
				return fail()
			}
			return flags | l.blockScalarHeader(p+1, end, owner)
		case c == '&' || c == '*' || c == '!' || c == '%' || c == ',' || c == ']' || c == '}':
			return fail()
		default:
			lastStart = l.column(p, indent)
			tok = false
			p = l.plainBlock(p, end)
			if p == end {
				// The scalar may go on over more indented lines.
				l.plainOwner = owner
				if keyTok {
					l.plainOwner = indent - 1
				}
			}
		}
	}
	return flags
}

// column is p's column on a clean line, -1 on other lines. Only the ASCII
// prefix of a line (indentation, "- " entries, a key) is ever measured, so
// bytes are columns.
func (l *lexer) column(p, indent int) int {
	if indent < 0 {
		return -1
	}
	return p - l.lineBegin + indent
}

// blockScalarHeader reads the indicators after '|' or '>' and opens the
// scalar. owner is the indentation of the collection the scalar is a value
// of; content lines are indented deeper.
func (l *lexer) blockScalarHeader(p, end, owner int) lineFlags {
	d := l.data
	explicit, chomp := 0, false
	for ; p < end && !isSpace(d[p]); p++ {
		switch c := d[p]; {
		case (c == '-' || c == '+') && !chomp:
			chomp = true
		case c >= '1' && c <= '9' && explicit == 0:
			explicit = int(c - '0')
		default:
			l.failed = true
			return 0
		}
	}
	var flags lineFlags
	for ; p < end; p++ {
		if d[p] == '#' {
			flags = lineComment
			break
		}
		if !isSpace(d[p]) {
			l.failed = true
			return 0
		}
	}
	l.scalarOwner, l.scalarInd = owner, 0
	if explicit > 0 {
		l.scalarInd = owner + explicit
	}
	return flags
}

// closeQuote scans the open quoted scalar from p and returns where it closed,
// or end when it goes on past this line.
func (l *lexer) closeQuote(p, end int) int {
	d := l.data
	for p < end {
		c := d[p]
		if l.quote == '"' {
			if c == '\\' {
				p += 2
				continue
			}
			if c == '"' {
				l.quote = 0
				return p + 1
			}
		} else if c == '\'' {
			if p+1 < end && d[p+1] == '\'' {
				p += 2
				continue
			}
			l.quote = 0
			return p + 1
		}
		p++
	}
	return end
}

// plainMore follows a line that continues a plain scalar.
func (l *lexer) plainMore(p, end int) lineFlags {
	p = l.plainBlock(p, end)
	switch {
	case p == end:
		return 0
	case l.data[p] == '#':
		l.plainOwner = -1
		return lineComment
	}
	// ": " on a continuation line: a multi-line key, which YAML refuses.
	l.failed = true
	return 0
}

// plainBlock skips a plain scalar in block context: it ends at ": ", at a
// comment or at the end of the line.
func (l *lexer) plainBlock(p, end int) int {
	d := l.data
	for ; p < end; p++ {
		c := d[p]
		if c == ':' && (p+1 == end || isSpace(d[p+1])) {
			return p
		}
		if isSpace(c) && p+1 < end && d[p+1] == '#' {
			return p + 1
		}
	}
	return end
}

// plainFlow skips a plain scalar inside a flow collection.
func (l *lexer) plainFlow(p, end int) int {
	d := l.data
	for ; p < end; p++ {
		switch c := d[p]; {
		case isFlowIndicator(c):
			return p
		case c == ':':
			if p+1 == end || isSpace(d[p+1]) || isFlowIndicator(d[p+1]) {
				return p
			}
		default:
			if isSpace(c) && p+1 < end && d[p+1] == '#' {
				return p + 1
			}
		}
	}
	return end
}

// cut is the first line of a piece and the indentation of the mapping whose
// pairs that piece continues.
type cut struct{ line, indent int }

type planner struct {
	lines       []textLine
	size        int
	target      int
	cuts        []cut
	chunkStart  int // byte offset of the open piece
	chunkIndent int // indentation of the open piece's root mapping
}

func planCuts(lines []textLine, size, target int) ([]cut, bool) {
	pl := &planner{lines: lines, size: size, target: target}
	s := 0
	for s < len(lines) && !pl.content(s) {
		s++
	}
	if s == len(lines) || lines[s].flags&lineKey == 0 {
		return nil, false
	}
	ind := lines[s].indent
	pl.cuts = []cut{{line: 0, indent: ind}}
	pl.chunkIndent = ind
	starts, end := pl.entries(s, ind)
	if end != len(lines) || !pl.body(starts, end, ind) {
		return nil, false
	}
	return pl.cuts, true
}

func (pl *planner) content(i int) bool {
	f := pl.lines[i].flags
	return f&lineClean != 0 && f&(lineBlank|lineCommentOnly) == 0
}

func (pl *planner) offset(i int) int {
	if i == len(pl.lines) {
		return pl.size
	}
	return pl.lines[i].start
}

// entries lists the first lines of the pairs of the block mapping whose first
// key is line s, indented ind, and the line where that mapping ends.
func (pl *planner) entries(s, ind int) (starts []int, end int) {
	starts = []int{s}
	for i := s + 1; i < len(pl.lines); i++ {
		if !pl.content(i) {
			continue
		}
		t := pl.lines[i]
		if t.indent < ind {
			return starts, i
		}
		if t.indent == ind && t.flags&lineKey != 0 {
			starts = append(starts, i)
		}
	}
	return starts, len(pl.lines)
}

// cuttable reports whether a piece may start at line i: a key line with no
// comment on it or on the last non-blank line before it.
func (pl *planner) cuttable(i int) bool {
	if i == len(pl.lines) {
		return true
	}
	f := pl.lines[i].flags
	if f&lineKey == 0 || f&lineComment != 0 {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if pl.lines[j].flags&lineBlank == 0 {
			if pl.lines[j].flags&lineComment != 0 {
				return false
			}
			break
		}
	}
	// An explicit key with no ": value" line after it has a null value that
	// the parser places at the next token, which a piece ending there does
	// not have (fuzzed: "  0:\n  ?\n  0:"): no cut right after one.
	for j := i - 1; j >= 0; j-- {
		if pl.content(j) && pl.lines[j].indent <= pl.lines[i].indent {
			return pl.lines[j].flags&lineExplicitKey == 0
		}
	}
	return true
}

// body places cuts among the pairs starting at starts (a mapping indented ind
// that ends at line end) and inside pairs too large for one piece.
func (pl *planner) body(starts []int, end, ind int) bool {
	for k, a := range starts {
		b := end
		if k+1 < len(starts) {
			b = starts[k+1]
		}
		if k > 0 {
			switch {
			case pl.chunkIndent > ind:
				// The open piece is rooted deeper and cannot hold this line.
				if !pl.cuttable(a) {
					return false
				}
				pl.cut(a, ind)
			case pl.offset(a)-pl.chunkStart >= pl.target && pl.cuttable(a):
				pl.cut(a, ind)
			}
		}
		if pl.offset(b)-pl.offset(a) > pl.target {
			if inner, innerInd, ok := pl.nested(a, b, ind); ok {
				if !pl.body(inner, b, innerInd) {
					return false
				}
			}
		}
	}
	return true
}

// nested returns the pairs of the block mapping that is the value of the key
// on line a (its pair ends at line b), when pieces may be cut among them:
// the key stands alone on its line, the mapping starts on the next content
// line, ends exactly at b, and a piece may start at b.
func (pl *planner) nested(a, b, ind int) ([]int, int, bool) {
	if pl.lines[a].flags&lineKeyOnly == 0 || !pl.cuttable(b) {
		return nil, 0, false
	}
	c := a + 1
	for c < b && !pl.content(c) {
		if pl.lines[c].flags&lineClean == 0 {
			return nil, 0, false
		}
		c++
	}
	if c == b || pl.lines[c].indent <= ind || pl.lines[c].flags&lineKey == 0 {
		return nil, 0, false
	}
	inner, end := pl.entries(c, pl.lines[c].indent)
	if end != b {
		return nil, 0, false
	}
	return inner, pl.lines[c].indent, true
}

func (pl *planner) cut(line, ind int) {
	pl.cuts = append(pl.cuts, cut{line: line, indent: ind})
	pl.chunkStart = pl.offset(line)
	pl.chunkIndent = ind
}

// parsePieces parses the pieces on workers goroutines, shifting each piece's
// lines to the whole text's.
func parsePieces(data []byte, lines []textLine, cuts []cut, workers int) ([]*yaml.Node, bool) {
	docs := make([]*yaml.Node, len(cuts))
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range min(workers, len(cuts)) {
		wg.Go(func() {
			defer func() {
				if recover() != nil {
					failed.Store(true)
				}
			}()
			for !failed.Load() {
				k := int(next.Add(1)) - 1
				if k >= len(cuts) {
					return
				}
				start, end := lines[cuts[k].line].start, len(data)
				if k+1 < len(cuts) {
					end = lines[cuts[k+1].line].start
				}
				doc, ok := parsePiece(data[start:end], cuts[k], k == 0)
				if !ok {
					failed.Store(true)
					return
				}
				docs[k] = doc
			}
		})
	}
	wg.Wait()
	return docs, !failed.Load()
}

func parsePiece(text []byte, c cut, first bool) (*yaml.Node, bool) {
	var doc yaml.Node
	if yaml.Unmarshal(text, &doc) != nil || doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, false
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode || root.Style&yaml.FlowStyle != 0 || root.Column != c.indent+1 {
		return nil, false
	}
	// Comments at a piece's edges would sit at the document's edges in the
	// whole parse only for the first piece's head.
	if doc.FootComment != "" || root.FootComment != "" {
		return nil, false
	}
	if !first && (doc.HeadComment != "" || doc.LineComment != "" || root.HeadComment != "" || root.LineComment != "") {
		return nil, false
	}
	if !shiftLines(root, c.line) {
		return nil, false
	}
	return &doc, true
}

// shiftLines moves a piece's nodes to the whole text's lines and refuses
// anchors, aliases and explicit tags.
func shiftLines(n *yaml.Node, by int) bool {
	if n.Anchor != "" || n.Kind == yaml.AliasNode || n.Style&yaml.TaggedStyle != 0 {
		return false
	}
	n.Line += by
	for _, c := range n.Content {
		if !shiftLines(c, by) {
			return false
		}
	}
	return true
}

// splice appends each piece's pairs to the mapping it continues: the deepest
// open block mapping of the tree so far, which must sit at the piece's column.
func splice(docs []*yaml.Node, cuts []cut) (*yaml.Node, bool) {
	root := docs[0].Content[0]
	for k := 1; k < len(docs); k++ {
		into := openMapping(root, cuts[k].indent+1)
		if into == nil {
			return nil, false
		}
		into.Content = append(into.Content, docs[k].Content[0].Content...)
	}
	return docs[0], true
}

// openMapping walks the last children of the tree (the block collections
// still open at the end of the text so far) and returns the deepest block
// mapping at column col, provided nothing open below it sits at col or
// further left (an indentless sequence under it excepted).
func openMapping(root *yaml.Node, col int) *yaml.Node {
	var deepest, parent *yaml.Node
	var prev *yaml.Node
	for n := root; n != nil; {
		block := (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) && n.Style&yaml.FlowStyle == 0
		if !block || n.Column > col {
			break
		}
		deepest, parent = n, prev
		prev = n
		if len(n.Content) == 0 {
			break
		}
		n = n.Content[len(n.Content)-1]
	}
	switch {
	case deepest == nil || deepest.Column != col:
		return nil
	case deepest.Kind == yaml.MappingNode:
		return deepest
	case parent != nil && parent.Kind == yaml.MappingNode && parent.Column == col:
		return parent // an indentless sequence ends where its mapping goes on
	}
	return nil
}
