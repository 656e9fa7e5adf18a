package spec

import (
	"bytes"
	"io"
	"io/fs"
	"log/slog"
	"path"
	"strings"
	"time"
)

// memFS serves the files a Document already read to libopenapi, keyed by their
// path part (the part after "REV:" for git inputs).
type memFS struct{ d *Document }

func (m memFS) Open(name string) (fs.File, error) {
	want := path.Clean("/" + strings.TrimPrefix(name, "/"))
	for _, n := range m.d.order {
		p := n
		if _, after, ok := strings.Cut(n, ":"); ok && m.d.input.Kind == KindGit {
			p = after
		}
		if path.Clean("/"+strings.TrimPrefix(p, "./")) == want || strings.HasSuffix(want, "/"+path.Base(p)) && path.Base(p) == path.Base(want) && len(m.d.order) == 1 {
			f := m.d.files[n]
			return &memFile{name: path.Base(want), r: bytes.NewReader(f.Bytes), size: int64(len(f.Bytes))}, nil
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

type memFile struct {
	name string
	r    *bytes.Reader
	size int64
}

func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f}, nil }
func (f *memFile) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *memFile) Close() error               { return nil }

type memInfo struct{ f *memFile }

func (i memInfo) Name() string       { return i.f.name }
func (i memInfo) Size() int64        { return i.f.size }
func (i memInfo) Mode() fs.FileMode  { return 0o444 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
