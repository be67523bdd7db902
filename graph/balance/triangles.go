package balance

// Census counts the triangles of a signed graph by sign pattern.
type Census struct {
	PPP int // three positive ties ("+++"): balanced
	PPN int // two positive, one negative ("++-"): unbalanced, strongly and weakly
	PNN int // one positive, two negative ("+--"): balanced
	NNN int // three negative ties ("---"): unbalanced, but weakly balanced

	// Unbalanced lists the triangles whose sign product is negative ("++-"
	// and "---") as node triples, each ascending, in ascending order.
	Unbalanced [][3]int
}

// Triangles counts the triangles of g by sign pattern and lists the
// unbalanced ones.
func Triangles(g Graph) Census {
	mustValidate(g)
	a := newAdjacency(g)
	var c Census
	// mark[w] holds the sign of the tie u-w for the current u, 0 if none.
	mark := make([]int8, g.N)
	for u := range g.N {
		nu := a.start[u]
		for k := nu; k < a.start[u+1]; k++ {
			mark[a.nbr[k]] = a.sign[k]
		}
		for k := nu; k < a.start[u+1]; k++ {
			v := a.nbr[k]
			if v <= u {
				continue
			}
			for l := a.start[v]; l < a.start[v+1]; l++ {
				w := a.nbr[l]
				if w <= v || mark[w] == 0 {
					continue
				}
				negs := 0
				for _, s := range [3]int8{a.sign[k], a.sign[l], mark[w]} {
					if s < 0 {
						negs++
					}
				}
				switch negs {
				case 0:
					c.PPP++
				case 1:
					c.PPN++
				case 2:
					c.PNN++
				case 3:
					c.NNN++
				}
				if negs%2 == 1 {
					c.Unbalanced = append(c.Unbalanced, [3]int{u, v, w})
				}
			}
		}
		for k := nu; k < a.start[u+1]; k++ {
			mark[a.nbr[k]] = 0
		}
	}
	return c
}

// Total returns the number of triangles.
func (c Census) Total() int { return c.PPP + c.PPN + c.PNN + c.NNN }

// Strong returns the Cartwright-Harary balance ratio: the share of triangles
// that are balanced ("+++" and "+--"). A graph without triangles has
// nothing unbalanced in it, so its ratio is 1.
func (c Census) Strong() float64 {
	t := c.Total()
	if t == 0 {
		return 1
	}
	return float64(c.PPP+c.PNN) / float64(t)
}

// Weak returns Davis's weak balance ratio: the share of triangles other than
// "++-", since weak balance also allows three mutually hostile actors. A
// graph without triangles has ratio 1.
func (c Census) Weak() float64 {
	t := c.Total()
	if t == 0 {
		return 1
	}
	return float64(t-c.PPN) / float64(t)
}
