package extract_test

import (
	"fmt"

	"github.com/dyadgraph/dyad/extract"
)

func ExampleExtractor_Extract() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	d := x.Extract(extract.Input{
		Source: "example.txt",
		Text: "Vietnam and Laos boost defence ties\n\n" +
			"Hanoi (VNA) - Vietnamese Minister of National Defence Phan Van Giang held talks with his Lao counterpart Chansamone Chanyalath in Hanoi on March 4.",
		Published: "2024-03-05",
	})
	fmt.Println(d.Article.Lang, *d.Article.Published)
	for _, r := range d.Relations {
		fmt.Println(r.Type, r.From, "->", r.To)
	}
	// Output:
	// en 2024-03-05
	// HELD_IN event:2024-03-04:889dbba1c23e -> loc:VN:hanoi
	// HOLDS_POSITION person:chansamonchanialat:LA -> org:ministry:defence:LA
	// HOLDS_POSITION person:phan-van-giang:VN -> org:ministry:defence:VN
	// PARTICIPATED_IN person:chansamonchanialat:LA -> event:2024-03-04:889dbba1c23e
	// PARTICIPATED_IN person:phan-van-giang:VN -> event:2024-03-04:889dbba1c23e
}
