package e2e

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// chrome is a headless Chromium driven over the DevTools protocol: just
// what the test needs (navigate, evaluate, type, keys, screenshot).
type chrome struct {
	t    *testing.T
	cmd  *exec.Cmd
	ws   *websocket.Conn
	mu   sync.Mutex
	next int
	wait map[int]chan cdpReply
}

type cdpReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

const devtoolsOrigin = "http://127.0.0.1"

var devtoolsURL = regexp.MustCompile(`DevTools listening on (ws://127\.0\.0\.1:(\d+)/\S+)`)

// startChrome runs Debian's chromium headless with a new empty profile and
// connects to its first page. It is stopped when t ends.
func startChrome(t *testing.T, exe string, width, height int) *chrome {
	t.Helper()
	profile := t.TempDir()
	cmd := exec.Command(exe,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
		fmt.Sprintf("--window-size=%d,%d", width, height),
		"--user-data-dir="+profile, "--remote-debugging-port=0",
		// DevTools refuses WebSocket clients from other origins.
		"--remote-allow-origins="+devtoolsOrigin, "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	port := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := devtoolsURL.FindStringSubmatch(sc.Text()); m != nil {
				port <- m[2]
			}
		}
	}()
	var p string
	select {
	case p = <-port:
	case <-time.After(30 * time.Second):
		t.Fatal("chromium did not print its DevTools address")
	}
	var targets []struct {
		Type string `json:"type"`
		WS   string `json:"webSocketDebuggerUrl"`
	}
	resp, err := http.Get("http://127.0.0.1:" + p + "/json/list")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&targets); err != nil {
		t.Fatal(err)
	}
	ws := ""
	for _, tg := range targets {
		if tg.Type == "page" {
			ws = tg.WS
			break
		}
	}
	if ws == "" {
		t.Fatalf("no page target in %+v", targets)
	}
	conn, err := websocket.Dial(ws, "", devtoolsOrigin)
	if err != nil {
		t.Fatal(err)
	}
	conn.MaxPayloadBytes = 64 << 20
	c := &chrome{t: t, cmd: cmd, ws: conn, wait: map[int]chan cdpReply{}}
	go c.read()
	t.Cleanup(func() { _ = conn.Close() })
	c.call("Page.enable", nil)
	c.call("Runtime.enable", nil)
	return c
}

func (c *chrome) read() {
	for {
		var msg struct {
			ID int `json:"id"`
			cdpReply
		}
		if err := websocket.JSON.Receive(c.ws, &msg); err != nil {
			c.mu.Lock()
			for id, ch := range c.wait {
				close(ch)
				delete(c.wait, id)
			}
			c.mu.Unlock()
			return
		}
		if msg.ID == 0 {
			continue // an event
		}
		c.mu.Lock()
		ch := c.wait[msg.ID]
		delete(c.wait, msg.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- msg.cdpReply
		}
	}
}

// call sends one command and returns its result; a protocol error fails t.
func (c *chrome) call(method string, params any) json.RawMessage {
	c.t.Helper()
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan cdpReply, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	if params == nil {
		params = map[string]any{}
	}
	if err := websocket.JSON.Send(c.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
	select {
	case r, ok := <-ch:
		if !ok {
			c.t.Fatalf("%s: connection to chromium closed", method)
		}
		if r.Error != nil {
			c.t.Fatalf("%s: %s", method, r.Error.Message)
		}
		return r.Result
	case <-time.After(60 * time.Second):
		c.t.Fatalf("%s: no answer from chromium", method)
	}
	return nil
}

// eval runs JavaScript in the page and returns its value as JSON.
func (c *chrome) eval(js string) json.RawMessage {
	c.t.Helper()
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	raw := c.call("Runtime.evaluate", map[string]any{"expression": js, "returnByValue": true, "awaitPromise": true})
	if err := json.Unmarshal(raw, &r); err != nil {
		c.t.Fatal(err)
	}
	if r.Exception != nil {
		c.t.Fatalf("javascript %q: %s %s", js, r.Exception.Text, r.Exception.Exception.Description)
	}
	return r.Result.Value
}

// waitFor polls a JavaScript condition until it is true.
func (c *chrome) waitFor(what, js string, timeout time.Duration) {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if string(c.eval("Boolean("+js+")")) == "true" {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("timed out waiting for %s (%s); page text:\n%s", what, js, c.text())
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// text is the page's visible text, for failure messages.
func (c *chrome) text() string {
	var s string
	_ = json.Unmarshal(c.eval("document.body ? document.body.innerText.slice(0, 3000) : ''"), &s)
	return s
}

func (c *chrome) navigate(url string) {
	c.t.Helper()
	c.call("Page.navigate", map[string]any{"url": url})
}

// typeText inserts text where the focus is, as typing would.
func (c *chrome) typeText(s string) {
	c.t.Helper()
	c.call("Input.insertText", map[string]any{"text": s})
}

// key presses a key (Enter, Escape, ...) with modifiers (2 = Ctrl).
func (c *chrome) key(key string, code int, modifiers int) {
	c.t.Helper()
	for _, typ := range []string{"rawKeyDown", "keyUp"} {
		c.call("Input.dispatchKeyEvent", map[string]any{
			"type": typ, "key": key, "code": key, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code, "modifiers": modifiers,
		})
	}
}

// screenshot writes the page as PNG to path.
func (c *chrome) screenshot(path string) {
	c.t.Helper()
	var r struct {
		Data string `json:"data"`
	}
	if err := json.Unmarshal(c.call("Page.captureScreenshot", map[string]any{"format": "png"}), &r); err != nil {
		c.t.Fatal(err)
	}
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		c.t.Fatal(err)
	}
}

// jsString quotes s for JavaScript source.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// httpOK reports whether url answers 200.
func httpOK(ctx context.Context, url string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode == http.StatusOK && !strings.Contains(resp.Header.Get("Content-Type"), "json")
}
