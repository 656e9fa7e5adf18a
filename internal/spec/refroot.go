package spec

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// Local $refs are read only inside a root folder, so that a description from
// a stranger (a pull request linted in CI, a spec a mock serves) cannot make
// sequere read /etc/passwd or a key file beside the project and publish it.
// The root is Options.RefRoot when set, otherwise the git work tree holding
// the entry file, or the entry file's folder when it is in no work tree. A
// ref leaves the root through "..", an absolute path or a symlink; the check
// is on the path as written and on the path with symlinks resolved. Inputs
// read from a git revision stay inside the revision's tree (git refuses paths
// outside it) and URLs are governed by AllowRemoteRefs, so neither is checked
// here.

// refRoot is the folder local $refs must stay inside, found on first use.
type refRoot struct {
	dir  string // absolute, as written
	real string // symlinks resolved
	err  error  // the root itself cannot be found

	realDirs map[string]string // memoised symlink-free folders
}

// localRefsChecked reports whether the root applies to the document's reader.
func (d *Document) localRefsChecked() bool {
	switch d.input.Kind {
	case KindFile, KindStdin:
		return true
	}
	return false
}

func (d *Document) root() *refRoot {
	if d.refRoot != nil {
		return d.refRoot
	}
	r := &refRoot{realDirs: map[string]string{}}
	d.refRoot = r
	dir := d.opts.RefRoot
	if dir == "" {
		entry := d.Name
		if d.input.Kind == KindStdin {
			entry = "stdin"
		}
		abs, err := filepath.Abs(filepath.Dir(entry))
		if err != nil {
			r.err = err
			return r
		}
		dir = gitWorkTree(abs)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		r.err = err
		return r
	}
	r.dir = abs
	if r.real, err = filepath.EvalSymlinks(abs); err != nil {
		r.err = err
	}
	return r
}

// gitWorkTree is the top of the git work tree holding dir (a folder with a
// .git folder, or a .git file for worktrees and submodules), or dir itself.
// It looks for .git rather than running git: a lint of a small file should
// not pay for a process start.
func gitWorkTree(dir string) string {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// checkInRoot returns an error when the local file target (a name of the
// document's reader) lies outside the root, as written or through a symlink.
func (d *Document) checkInRoot(target string) error {
	r := d.root()
	if r.err != nil {
		return fmt.Errorf("cannot find the folder $refs must stay in: %v", r.err)
	}
	abs, err := filepath.Abs(target)
	if err != nil {
		return err
	}
	if !within(r.dir, abs) {
		return d.outsideRoot(abs)
	}
	real, err := r.realPath(abs)
	if err != nil {
		// A file that does not exist is refused when it is read, with the
		// reader's own words.
		return nil
	}
	if !within(r.real, real) {
		return d.outsideRoot(abs + " (a symlink to " + real + ")")
	}
	return nil
}

func (d *Document) outsideRoot(what string) error {
	how := "the git work tree holding the entry file, or its folder when there is none"
	if d.opts.RefRoot != "" {
		how = "set by --ref-root"
	}
	return &rootError{msg: fmt.Sprintf("it reaches %s, outside the ref root %s (%s); pass --ref-root DIR to allow local $refs anywhere under DIR", what, d.refRoot.dir, how)}
}

// rootError marks a ref refused by the root, so the caller reports it as such
// rather than as an unreadable file.
type rootError struct{ msg string }

func (e *rootError) Error() string { return e.msg }

func isRootError(err error) bool {
	var re *rootError
	return errors.As(err, &re)
}

// realPath resolves symlinks in abs: its folder through a memo (thousands of
// files share a few folders) and the file itself with one Lstat.
func (r *refRoot) realPath(abs string) (string, error) {
	dir, base := filepath.Split(abs)
	realDir, ok := r.realDirs[dir]
	if !ok {
		var err error
		if realDir, err = filepath.EvalSymlinks(dir); err != nil {
			return "", err
		}
		r.realDirs[dir] = realDir
	}
	p := filepath.Join(realDir, base)
	fi, err := os.Lstat(p)
	if err != nil {
		return "", err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return filepath.EvalSymlinks(p)
	}
	return p, nil
}

// within reports whether path p is dir or below it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// checkDataRefs holds the root to "$ref"s that Load does not follow (inside
// example and default data) in a multi-file description: libopenapi, which
// reads the files of such a description itself, follows them. Extensions are
// skipped: neither Load nor libopenapi (ExcludeExtensionRefs) follows refs
// there.
func (d *Document) checkDataRefs() error {
	checked := map[string]bool{}
	for _, name := range d.order {
		var err error
		eachRefValue(d.files[name].Root, func(v *yaml.Node) bool {
			target, _ := splitRef(v.Value)
			if target == "" || isRemote(target) {
				return true
			}
			file := d.joinRef(name, target)
			if checked[file] {
				return true
			}
			checked[file] = true
			if rerr := d.checkInRoot(file); rerr != nil {
				err = errorf(d.pos(name, v), "$ref %q is not followed: %v", v.Value, rerr)
				return false
			}
			return true
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// eachRefValue calls f with every "$ref" string value under n outside
// extensions, until f returns false.
func eachRefValue(n *yaml.Node, f func(*yaml.Node) bool) bool {
	if n == nil {
		return true
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch {
			case k.Value == "$ref" && v.Kind == yaml.ScalarNode:
				if !f(v) {
					return false
				}
			case strings.HasPrefix(k.Value, "x-"):
			default:
				if !eachRefValue(v, f) {
					return false
				}
			}
		}
		return true
	}
	for _, c := range n.Content {
		if !eachRefValue(c, f) {
			return false
		}
	}
	return true
}
