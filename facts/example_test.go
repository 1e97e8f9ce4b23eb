package facts_test

import (
	"fmt"

	"github.com/dyadgraph/dyad/facts"
)

func ExampleDatePrecision() {
	for _, d := range []string{"2023-12-01", "2023-12", "--02-21"} {
		p, _ := facts.DatePrecision(d)
		fmt.Println(d, p)
	}
	// Output:
	// 2023-12-01 day
	// 2023-12 month
	// --02-21 month-day
}
