package check

import "time"

// The dated facts the year rules rely on, in one place with their
// sources. A plan for year Y is written in the winter before Y; what had
// happened by 1 January of Y is what it should treat as current.

// Congress is a National Congress of the Communist Party of China.
type Congress struct {
	Number int    // 20 for 党的二十大
	Name   string // 二十大
	Opened time.Time
}

// congresses lists the National Congresses from the 16th, with their
// opening dates (Xinhua, 中国共产党历次全国代表大会). The dates are
// computed on first use, like plenums', so that a program that checks
// nothing does not compute them at start-up.
var congresses = lazy[[]Congress]{build: func() []Congress {
	return []Congress{
		{16, "十六大", day(2002, 11, 8)},
		{17, "十七大", day(2007, 10, 15)},
		{18, "十八大", day(2012, 11, 8)},
		{19, "十九大", day(2017, 10, 18)},
		{20, "二十大", day(2022, 10, 16)},
	}
}}

// Plenum is a plenary session of a Central Committee.
type Plenum struct {
	Congress int    // the Central Committee's number: 19 for 十九届
	Session  int    // 5 for 五中全会
	Name     string // 十九届五中全会
	Opened   time.Time
}

// plenums lists the plenary sessions of the 17th to 20th Central
// Committees (Xinhua communiqués of each session).
var plenums = lazy[[]Plenum]{build: func() []Plenum {
	return []Plenum{
		{17, 1, "十七届一中全会", day(2007, 10, 22)}, {17, 2, "十七届二中全会", day(2008, 2, 25)},
		{17, 3, "十七届三中全会", day(2008, 10, 9)}, {17, 4, "十七届四中全会", day(2009, 9, 15)},
		{17, 5, "十七届五中全会", day(2010, 10, 15)}, {17, 6, "十七届六中全会", day(2011, 10, 15)},
		{17, 7, "十七届七中全会", day(2012, 11, 1)},
		{18, 1, "十八届一中全会", day(2012, 11, 15)}, {18, 2, "十八届二中全会", day(2013, 2, 26)},
		{18, 3, "十八届三中全会", day(2013, 11, 9)}, {18, 4, "十八届四中全会", day(2014, 10, 20)},
		{18, 5, "十八届五中全会", day(2015, 10, 26)}, {18, 6, "十八届六中全会", day(2016, 10, 24)},
		{18, 7, "十八届七中全会", day(2017, 10, 11)},
		{19, 1, "十九届一中全会", day(2017, 10, 25)}, {19, 2, "十九届二中全会", day(2018, 1, 18)},
		{19, 3, "十九届三中全会", day(2018, 2, 26)}, {19, 4, "十九届四中全会", day(2019, 10, 28)},
		{19, 5, "十九届五中全会", day(2020, 10, 26)}, {19, 6, "十九届六中全会", day(2021, 11, 8)},
		{19, 7, "十九届七中全会", day(2022, 10, 9)},
		{20, 1, "二十届一中全会", day(2022, 10, 23)}, {20, 2, "二十届二中全会", day(2023, 2, 26)},
		{20, 3, "二十届三中全会", day(2024, 7, 15)}, {20, 4, "二十届四中全会", day(2025, 10, 20)},
	}
}}

// FiveYearPlan is a national five-year plan period.
type FiveYearPlan struct {
	Name       string // 十四五
	First, End int    // its first and last years
}

// FiveYearPlans lists the national five-year plans from the 10th (the
// Outlines adopted by each National People's Congress).
var FiveYearPlans = []FiveYearPlan{
	{"十五", 2001, 2005},
	{"十一五", 2006, 2010},
	{"十二五", 2011, 2015},
	{"十三五", 2016, 2020},
	{"十四五", 2021, 2025},
	{"十五五", 2026, 2030},
}

func day(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// yearStart is 1 January of y, the day by which a plan for y is written.
func yearStart(y int) time.Time {
	return day(y, 1, 1)
}

// currentCongress returns the latest congress held before year y began.
func currentCongress(y int) (Congress, bool) {
	var cur Congress
	found := false
	for _, c := range congresses.get() {
		if c.Opened.Before(yearStart(y)) {
			cur, found = c, true
		}
	}
	return cur, found
}

// plenum returns the plenary session of the given Central Committee.
func plenum(committee, session int) (Plenum, bool) {
	for _, p := range plenums.get() {
		if p.Congress == committee && p.Session == session {
			return p, true
		}
	}
	return Plenum{}, false
}

// fiveYearPlanOf returns the plan period that contains year y.
func fiveYearPlanOf(y int) (FiveYearPlan, bool) {
	for _, p := range FiveYearPlans {
		if y >= p.First && y <= p.End {
			return p, true
		}
	}
	return FiveYearPlan{}, false
}
