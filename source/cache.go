package source

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// CacheEntry holds the validators a server gave for a URL.
type CacheEntry struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Stored       time.Time `json:"stored"`
}

// Cache keeps validators between runs so that unchanged feeds and pages are
// answered 304 and yield nothing. Feed stores a page's entry only once the
// caller has taken its Document, and a feed's only once all its items were
// handled without a transient failure, so nothing is skipped that was never
// delivered.
type Cache interface {
	Get(url string) (CacheEntry, bool)
	Put(url string, e CacheEntry) error
}

// cacheMaxAge bounds the file: entries not stored again for this long are
// dropped (the page is then fetched in full once more, which is harmless).
const cacheMaxAge = 30 * 24 * time.Hour

// FileCache is a Cache persisted as a JSON file. Put writes the file at
// most every few seconds (to a temporary file renamed over the old one, so
// a crash leaves either version whole); call Save when the run ends. It is
// safe for concurrent use in one process.
type FileCache struct {
	path    string
	mu      sync.Mutex
	entries map[string]CacheEntry
	dirty   bool
	saved   time.Time
	now     func() time.Time
}

// cacheSaveEvery bounds how often Put rewrites the file: rewriting it on
// every Put would make a run quadratic in the number of URLs.
const cacheSaveEvery = 5 * time.Second

// cacheFile is the on-disk form; the version lets a later dyad change it.
type cacheFile struct {
	Version int                   `json:"version"`
	Entries map[string]CacheEntry `json:"entries"`
}

// NewFileCache loads the cache at path; a missing file is an empty cache.
// A file that is not a cache is an error, not silently replaced.
func NewFileCache(path string) (*FileCache, error) {
	c := &FileCache{path: path, entries: map[string]CacheEntry{}, now: time.Now}
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return c, nil
	case err != nil:
		return nil, fmt.Errorf("cache %s: %w", path, bare(err))
	}
	var f cacheFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("cache %s: not a dyad cache file: %w", path, err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("cache %s: unknown version %d", path, f.Version)
	}
	for k, e := range f.Entries {
		c.entries[k] = e
	}
	return c, nil
}

// Get returns the validators stored for url.
func (c *FileCache) Get(url string) (CacheEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[url]
	return e, ok
}

// Put stores the validators for url and writes the file.
func (c *FileCache) Put(url string, e CacheEntry) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.Stored.IsZero() {
		e.Stored = c.now().UTC()
	}
	c.entries[url] = e
	c.dirty = true
	if c.now().Sub(c.saved) < cacheSaveEvery {
		return nil
	}
	return c.save()
}

// Save writes the file if anything changed since it was last written.
func (c *FileCache) Save() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty {
		return nil
	}
	return c.save()
}

// Len is the number of URLs held.
func (c *FileCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

func (c *FileCache) save() error {
	cutoff := c.now().Add(-cacheMaxAge)
	for k, e := range c.entries {
		if e.Stored.Before(cutoff) {
			delete(c.entries, k)
		}
	}
	b, err := json.MarshalIndent(cacheFile{Version: 1, Entries: c.entries}, "", " ")
	if err != nil {
		return fmt.Errorf("cache %s: %w", c.path, err)
	}
	dir := filepath.Dir(c.path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(c.path)+".*")
	if err != nil {
		return fmt.Errorf("cache %s: %w", c.path, bare(err))
	}
	_, werr := tmp.Write(append(b, '\n'))
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache %s: writing: %w", c.path, err)
	}
	if err := os.Rename(tmp.Name(), c.path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache %s: %w", c.path, bare(err))
	}
	c.dirty = false
	c.saved = c.now()
	return nil
}
