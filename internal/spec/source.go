package spec

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/sequere/sequere/internal/report"
)

// A reader fetches the files of one description. Names are the reader's own
// canonical file names; they are also what locations display.
type reader interface {
	read(ctx context.Context, name string) ([]byte, error)
	// join resolves ref (a relative or absolute file reference without fragment)
	// against the file named base.
	join(base, ref string) string
}

// Input classifies a command-line spec argument.
type Input struct {
	Kind InputKind
	// Name is the display and lookup name of the entry file: the path as given,
	// "-" for stdin, the URL, or "REV:path".
	Name string
	Rev  string // git revision, for KindGit
	Path string // path inside the repository, for KindGit
}

// InputKind says where a spec comes from.
type InputKind int

const (
	KindFile InputKind = iota
	KindStdin
	KindURL
	KindGit
)

// ParseInput decides what kind of input arg is. "REV:path" is a git input only
// when arg is not an existing file and REV does not look like a URL scheme or a
// Windows drive letter.
func ParseInput(arg string) Input {
	switch {
	case arg == "-":
		return Input{Kind: KindStdin, Name: "-"}
	case strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://"):
		return Input{Kind: KindURL, Name: arg}
	}
	if i := strings.Index(arg, ":"); i > 1 {
		if _, err := os.Stat(arg); err != nil {
			return Input{Kind: KindGit, Name: arg, Rev: arg[:i], Path: arg[i+1:]}
		}
	}
	return Input{Kind: KindFile, Name: arg}
}

type fileReader struct{}

func (fileReader) read(_ context.Context, name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s", describeFSError(pe.Err))
		}
	}
	return b, err
}

func describeFSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

func (fileReader) join(base, ref string) string {
	if filepath.IsAbs(ref) {
		return filepath.Clean(ref)
	}
	return filepath.Clean(filepath.Join(filepath.Dir(base), filepath.FromSlash(ref)))
}

// stdinReader serves the entry document from memory and resolves relative refs
// against the working directory.
type stdinReader struct {
	data []byte
	fileReader
}

func (s stdinReader) read(ctx context.Context, name string) ([]byte, error) {
	if name == "-" {
		return s.data, nil
	}
	return s.fileReader.read(ctx, name)
}

func (s stdinReader) join(base, ref string) string {
	if base == "-" {
		base = "stdin"
	}
	return s.fileReader.join(base, ref)
}

type httpReader struct{ client *http.Client }

func newHTTPReader(timeout time.Duration) httpReader {
	return httpReader{client: &http.Client{Timeout: timeout}}
}

func (h httpReader) read(ctx context.Context, name string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, name, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/yaml, application/json;q=0.9, */*;q=0.5")
	resp, err := h.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			if ue.Timeout() {
				return nil, fmt.Errorf("request timed out after %s", h.client.Timeout)
			}
			return nil, ue.Err
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 256<<20))
}

func (httpReader) join(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// gitReader reads files of one revision through `git show REV:path`, so relative
// refs resolve inside the same revision.
type gitReader struct {
	rev string
	dir string // working directory for git
}

func (g gitReader) read(ctx context.Context, name string) ([]byte, error) {
	_, p, _ := strings.Cut(name, ":")
	cmd := exec.CommandContext(ctx, "git", "show", g.rev+":"+gitPath(p))
	cmd.Dir = g.dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, g.explain(ctx, p, strings.TrimSpace(errb.String()), err)
	}
	return out.Bytes(), nil
}

// gitPath makes p usable in "REV:path": git wants "./" for paths relative to
// the working directory rather than the repository root.
func gitPath(p string) string {
	p = filepath.ToSlash(p)
	if strings.HasPrefix(p, "/") || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") {
		return p
	}
	return "./" + p
}

func (g gitReader) explain(ctx context.Context, p, stderr string, err error) error {
	if errors.Is(err, exec.ErrNotFound) {
		return errors.New("git is not installed; it is needed to read a REV:path input")
	}
	verify := exec.CommandContext(ctx, "git", "rev-parse", "--verify", "--quiet", g.rev+"^{commit}")
	verify.Dir = g.dir
	if verify.Run() != nil {
		hint := fmt.Sprintf("git revision %q not found", g.rev)
		shallow := exec.CommandContext(ctx, "git", "rev-parse", "--is-shallow-repository")
		shallow.Dir = g.dir
		if out, _ := shallow.Output(); strings.TrimSpace(string(out)) == "true" {
			hint += fmt.Sprintf(" in this shallow clone; fetch it first, e.g. `git fetch --deepen=50 origin` or `git fetch origin %s`", fetchTarget(g.rev))
		} else if stderr != "" && strings.Contains(stderr, "not a git repository") {
			hint = "not inside a git repository, so " + fmt.Sprintf("%q", g.rev+":"+p) + " cannot be read as REV:path"
		} else {
			hint += fmt.Sprintf("; fetch it first, e.g. `git fetch origin %s`", fetchTarget(g.rev))
		}
		return errors.New(hint)
	}
	return fmt.Errorf("%s does not exist in revision %s", p, g.rev)
}

func fetchTarget(rev string) string {
	if b, ok := strings.CutPrefix(rev, "origin/"); ok {
		return b
	}
	return rev
}

func (gitReader) join(base, ref string) string {
	rev, p, _ := strings.Cut(base, ":")
	if strings.HasPrefix(ref, "/") {
		return rev + ":" + path.Clean(ref)
	}
	return rev + ":" + path.Clean(path.Join(path.Dir(filepath.ToSlash(p)), ref))
}

func readerFor(in Input, opts Options, stdin io.Reader) (reader, error) {
	switch in.Kind {
	case KindStdin:
		if stdin == nil {
			stdin = os.Stdin
		}
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, errorf(report.Location{File: "-"}, "cannot read standard input: %v", err)
		}
		return stdinReader{data: b}, nil
	case KindURL:
		return newHTTPReader(opts.timeout()), nil
	case KindGit:
		return gitReader{rev: in.Rev, dir: opts.Dir}, nil
	}
	return fileReader{}, nil
}
