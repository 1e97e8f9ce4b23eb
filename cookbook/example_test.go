package cookbook_test

import (
	"fmt"

	"github.com/dyadgraph/dyad/cookbook"
)

func ExampleList() {
	queries, err := cookbook.List()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range queries {
		fmt.Printf("%s:", q.Name)
		for _, p := range q.Params {
			fmt.Printf(" $%s", p.Name)
		}
		fmt.Println()
	}
	// Output:
	// agreements-by-country-pair: $a $b $year
	// articles-without-events: $lang
	// co-participation-network: $country $cross_border $min_events $limit
	// country-pair-graph: $a $b $limit
	// country-pair-timeline: $a $b $from $to
	// events-by-place: $place
	// fact-evidence: $entity $type $limit
	// find-entity: $text $label $limit
	// institution-counterparts: $org $foreign_only
	// institutions-per-country: $country
	// meetings-between-countries: $a $b $from $to
	// most-active-officials: $country $limit
	// official-profile: $person
	// shortest-path-between-officials: $person_a $person_b $limit
}

func ExampleQuery_Bind() {
	q, _ := cookbook.Get("meetings-between-countries")
	params, _ := q.Bind(map[string]string{"a": "vn", "b": "KH", "from": "2023-01-01"})
	fmt.Println(params["a"], params["b"], params["from"], params["to"])
	_, err := q.Bind(map[string]string{"a": "VN"})
	fmt.Println(err)
	// Output:
	// VN KH 2023-01-01 <nil>
	// query meetings-between-countries: parameter $b: missing parameter: give --param b=VALUE (country: ISO code of the other country, e.g. KH)
}
