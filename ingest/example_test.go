package ingest_test

import (
	"fmt"

	"github.com/dyadgraph/dyad/ingest"
)

func ExampleParseShard() {
	sh, err := ingest.ParseShard("2/3")
	fmt.Println(sh.K, sh.N, err)
	_, err = ingest.ParseShard("4/3")
	fmt.Println(err)
	// Output:
	// 2 3 <nil>
	// shard "4/3": the shard number must be between 1 and 3, got 4
}

func ExampleShard_Contains() {
	// Each source belongs to exactly one of the n shards, on every machine.
	src := "https://example.org/news/1.html"
	for k := 1; k <= 3; k++ {
		fmt.Println(k, ingest.Shard{K: k, N: 3}.Contains(src))
	}
	// Output:
	// 1 false
	// 2 false
	// 3 true
}
