package ir

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/spec"
)

var repo = func() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "../../..")
}()

// CorpusSpecs are the shared corpus descriptions every emitter is tried on.
var CorpusSpecs = []string{
	"petstore.yaml", "tictactoe.yaml", "asana.yaml", "twilio_api_v2010.yaml",
	"digitalocean/specification/DigitalOcean-public.v2.yaml", "github-api.github.com.yaml", "stripe-spec3.yaml",
}

func load(t testing.TB, path string) *spec.Document {
	t.Helper()
	doc, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestOrders(t *testing.T) {
	api, err := Build(load(t, filepath.Join(repo, "examples/orders/openapi.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Operation{}
	for _, op := range api.Operations {
		byName[op.Name] = op
	}
	create := byName["CreateOrder"]
	if create == nil || create.Idempotency == nil || create.Idempotency.Name != "Idempotency-Key" {
		t.Fatalf("createOrder idempotency: %+v", create)
	}
	list := byName["ListUserOrders"]
	if list == nil || list.Pagination == nil {
		t.Fatalf("listUserOrders is not paginated")
	}
	if p := list.Pagination; p.Style != PaginateCursor || p.Param != "cursor" || p.Next != "meta.next_cursor" || p.Items != "data" {
		t.Errorf("listUserOrders pagination %+v", p)
	}
	if len(api.Webhooks) != 4 || api.Webhooks[0].Signature == nil || api.Webhooks[0].Signature.Header != "Webhook-Signature" {
		t.Errorf("webhooks %+v", api.Webhooks)
	}
	var payment *Type
	for _, ty := range api.Types {
		if ty.Name == "Payment" {
			payment = ty
		}
	}
	if payment == nil || payment.Schema.Kind != KindUnion || payment.Schema.Discriminator.Property != "method" ||
		len(payment.Schema.Variants) != 2 || payment.Schema.Variants[0].Tags[0].JSON != `"card"` {
		t.Errorf("Payment %+v", payment.Schema)
	}
	for _, w := range api.Warnings {
		t.Logf("warning %s", w)
	}
}

func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the large corpus descriptions")
	}
	for _, p := range CorpusSpecs {
		t.Run(p, func(t *testing.T) {
			doc := load(t, filepath.Join(repo, "../shared/corpus", p))
			start := time.Now()
			api, err := Build(doc)
			if err != nil {
				t.Fatal(err)
			}
			paged := 0
			for _, op := range api.Operations {
				if op.Pagination != nil {
					paged++
				}
			}
			t.Logf("%v: %d types, %d operations (%d paginated), %d webhooks, %d warnings", time.Since(start).Round(time.Millisecond),
				len(api.Types), len(api.Operations), paged, len(api.Webhooks), len(api.Warnings))
		})
	}
}
