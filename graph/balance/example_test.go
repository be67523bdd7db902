package balance_test

import (
	"fmt"

	"kg/graph/balance"
)

func Example() {
	// Two camps, {0, 1, 2} and {3, 4}, allied inside and hostile across,
	// except that 2 and 3 are on good terms.
	g := balance.Graph{N: 5, Edges: []balance.Edge{
		{U: 0, V: 1, Sign: 1}, {U: 1, V: 2, Sign: 1}, {U: 0, V: 2, Sign: 1},
		{U: 3, V: 4, Sign: 1},
		{U: 0, V: 3, Sign: -1}, {U: 1, V: 4, Sign: -1},
		{U: 2, V: 3, Sign: 1}, {U: 2, V: 4, Sign: -1},
	}}

	c := balance.Triangles(g)
	fmt.Printf("triangles +++ %d, ++- %d, +-- %d, --- %d\n", c.PPP, c.PPN, c.PNN, c.NNN)
	fmt.Println("unbalanced:", c.Unbalanced)
	fmt.Printf("strong %.2f, weak %.2f\n", c.Strong(), c.Weak())

	s := balance.Frustration(g, balance.Options{})
	fmt.Println("frustration:", s.Index, "exact:", s.Exact, "flip:", s.Flips)
	fmt.Println("blocs:", s.Blocs())

	p := balance.Blocs(g, 2, balance.DefaultAlpha, balance.Options{})
	fmt.Println("k=2 blocs:", p.Blocs, "P:", p.P)
	// Output:
	// triangles +++ 1, ++- 2, +-- 1, --- 0
	// unbalanced: [[0 2 3] [2 3 4]]
	// strong 0.50, weak 0.50
	// frustration: 1 exact: true flip: [6]
	// blocs: [[0 1 2] [3 4]]
	// k=2 blocs: [[0 1 2] [3 4]] P: 0.5
}
