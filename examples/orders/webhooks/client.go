package webhooks

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"syscall"
	"time"
)

// ErrPrivateAddress is returned for a webhook URL that resolves to an address inside
// the server's own network.
var ErrPrivateAddress = errors.New("webhook destination is a loopback, private or link-local address")

// SafeClient is the HTTP client for deliveries: it refuses to connect to loopback,
// private, link-local, multicast and unspecified addresses, so that a registered
// endpoint cannot make the server call its own network (SSRF). The check runs on the
// address actually dialled, after DNS, so a name that resolves inward is refused too.
func SafeClient(timeout time.Duration) *http.Client {
	dialer := &net.Dialer{Timeout: timeout, Control: func(_, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return err
		}
		ip := net.ParseIP(host)
		if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
			ip.IsMulticast() || ip.IsUnspecified() || ip.IsInterfaceLocalMulticast() {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, host)
		}
		return nil
	}}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.DialContext = dialer.DialContext
	transport.Proxy = nil
	return &http.Client{
		Timeout:   timeout,
		Transport: transport,
		// A redirect could lead anywhere; a receiver answers where it was registered.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}
