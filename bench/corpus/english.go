package corpus

import (
	"fmt"
	"strings"
)

// enTitle is the English title of an office; withAdj puts the country
// adjective first ("Cambodian Prime Minister").
func enTitle(o official, c country, withAdj bool) string {
	adj := ""
	if withAdj {
		adj = c.enAdj + " "
	}
	chair := "Chairman"
	if o.female {
		chair = "Chairwoman"
	}
	switch o.office {
	case offPM:
		return adj + "Prime Minister"
	case offDPM:
		return adj + "Deputy Prime Minister"
	case offNAChair:
		return adj + "National Assembly " + chair
	case offNAVice:
		return adj + "National Assembly Vice " + chair
	case offAmbassador:
		return adj + "Ambassador to Vietnam"
	}
	t, _ := officeTopic(o.office)
	return adj + "Minister of " + t.enMinistry
}

func (w *writer) english() string {
	p, r := w.p, w.r
	vn := countries["VN"]
	pc := p.partner
	host, guest := p.host.nameIn("en"), p.guest.nameIn("en")
	hostIntro := enTitle(p.host, vn, r.IntN(3) == 0) + " " + host
	guestIntro := enTitle(p.guest, pc, true) + " " + guest
	his := "his"
	if p.host.female {
		his = "her"
	}
	kv := map[string]string{"H": host, "G": guest, "PC": pc.enName, "ADJ": pc.enAdj, "F": p.field.enField,
		"N": strings.ReplaceAll(p.num, ",", "."), "Y": fmt.Sprint(p.published.Year() - 1)}

	titles := []string{
		"Vietnam, " + pc.enName + " step up cooperation in " + p.field.enField,
		enTitle(p.host, vn, true) + " " + map[string]string{"talks": "holds talks with", "meeting": "meets",
			"reception": "receives", "phone_call": "holds phone talks with", "working_session": "works with"}[p.kind] +
			" " + enTitle(p.guest, pc, true) + " " + guest,
		"Vietnam, " + pc.enName + " pledge to deepen traditional friendship",
	}
	title := oneOf(r, titles...)

	if p.noise.breadcrumb {
		w.line("Home > Politics > Diplomacy")
	}
	w.line(p.published.Format("Monday, January 2, 2006") + " - " + p.hhmm)
	if p.noise.share {
		w.line("Share | Facebook | Twitter | Print")
	}
	w.line("")

	day := enDay(p.date)
	in := ""
	if p.place != nil {
		in = " in " + p.place.en
	}
	var lead string
	switch p.kind {
	case "talks":
		lead = fmt.Sprintf("%s held talks with %s %s counterpart %s%s on %s.", hostIntro, his, pc.enAdj, guest, in, day)
	case "meeting":
		lead = fmt.Sprintf("%s met with %s%s on %s.", hostIntro, guestIntro, in, day)
	case "reception":
		lead = fmt.Sprintf("%s received %s%s on %s.", hostIntro, guestIntro, in, day)
	case "phone_call":
		lead = fmt.Sprintf("%s held phone talks with %s %s counterpart %s on %s.", hostIntro, his, pc.enAdj, guest, day)
	default:
		lead = fmt.Sprintf("%s had a working session with %s%s on %s.", hostIntro, guestIntro, in, day)
	}
	if p.noise.lead {
		w.para(lead)
	}
	city := "Hanoi"
	if p.place != nil {
		city = p.place.en
	}
	w.para(oneOf(r, city+", "+enDate(p.date)+" (VNA) – ", city+" (VNA) – ") + lead)

	pool := []string{
		"{H} hailed the progress made in cooperation between the two countries, particularly in trade, investment, education and health.",
		"{G} thanked Vietnam for the warm welcome and affirmed that {PC} attaches great importance to its relations with Vietnam.",
		"The two sides agreed to step up the exchange of delegations at all levels and to effectively implement the agreements already signed.",
		"According to {H}, two-way trade reached {N} billion USD in {Y}.",
		"The two leaders also exchanged views on regional and international issues of mutual concern.",
		"{G} wished that the two countries would intensify cooperation in {F} and human resources training.",
		"{H} proposed that the two sides coordinate closely at multilateral forums, especially ASEAN.",
		"They stressed the importance of infrastructure connectivity and the facilitation of border trade.",
		"{H} affirmed that Vietnam always supports {PC}'s efforts in socio-economic development.",
		"{G} called on Vietnamese businesses to invest more in {PC}.",
		"The two sides pledged to build a shared border of peace, friendship and cooperation.",
		"They reviewed the implementation of the outcomes of the latest meeting of the Joint Committee on Bilateral Cooperation.",
	}
	sents := w.sentences(pool, 2*p.paras+1)
	for _, s := range sents {
		w.line(fill(s, kv))
	}
	if p.third != nil {
		v := "had a working session with"
		if p.thirdKind == "meeting" {
			v = "met with"
		}
		w.line(fmt.Sprintf("On the same day, %s %s %s %s.", guest, v, enTitle(*p.third, vn, false), p.third.nameIn("en")))
	}
	if p.agreement != "" {
		doc := map[string]string{"mou": "a memorandum of understanding on cooperation in " + p.field.enField,
			"plan":      fmt.Sprintf("an action plan for %d-%d", p.published.Year(), p.published.Year()+3),
			"agreement": "an agreement on cooperation in " + p.field.enField}[p.agreement]
		w.line(fmt.Sprintf("After the talks, the two leaders witnessed the signing of %s between Vietnam and %s.", doc, pc.enName))
	}
	w.line(fill(oneOf(r, "{G} invited {H} to visit {PC} soon, and the invitation was accepted with pleasure./.",
		"The two sides agreed to meet again next year./."), kv))
	if p.noise.caption {
		w.line(hostIntro + " (R) and " + guestIntro + " (Photo: VNA)")
	}
	w.line("")
	w.line("Related")
	for _, t := range w.p.teasers {
		c := countries[t.country]
		w.line(enTitle(t, c, true) + " " + t.nameIn("en") + " " +
			oneOf(r, "receives high-level delegation", "chairs conference on regional integration", "calls for stronger cooperation"))
	}
	if p.noise.comments {
		w.line("")
		w.line("Comments (0)")
		w.line("Leave a comment")
	}
	return title
}
