package cli

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/sequere/sequere/internal/spec"
)

// watchSpec polls the description's files and, when one changes, reloads it
// and hands it to apply; a broken edit is logged and the last good
// description stays in use. Shared by `mock --watch` and `docs --serve`.
func watchSpec(ctx context.Context, f *Factory, who, arg string, every time.Duration, doc *spec.Document, apply func(*spec.Document) error) {
	if spec.ParseInput(arg).Kind != spec.KindFile {
		fmt.Fprintf(f.IO.Err, "%s: watching only follows local files\n", who)
		return
	}
	stamp := func(files []string) string {
		s := ""
		for _, name := range files {
			if fi, err := os.Stat(name); err == nil {
				s += name + fi.ModTime().String() + strconv.FormatInt(fi.Size(), 10)
			}
		}
		return s
	}
	files := doc.Files()
	last := stamp(files)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := stamp(files)
		if now == last {
			continue
		}
		last = now
		nd, err := f.loadSpecToServe(ctx, arg)
		if err == nil {
			err = apply(nd)
		}
		if err != nil {
			fmt.Fprintf(f.IO.Err, "%s: reload failed, still serving the last good description: %v\n", who, err)
			continue
		}
		files = nd.Files()
		last = stamp(files)
	}
}
