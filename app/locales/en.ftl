site-name = Kenes
site-tagline = Citizen grievances and dialogue
skip-to-content = Skip to content
nav-label = Main navigation
nav-home = Home
nav-track = Track a grievance
lang-label = Language

home-title = Be heard. Be answered.
home-lead = File a grievance with a state body, follow every step on an open timeline, and ask for a neutral mediator when you need dialogue rather than a letter.
home-cta-track = Track a grievance

how-title = How it works
how-file-title = File
how-file-text = Describe the problem in a few steps from any phone. You get a tracking code at once.
how-follow-title = Follow
how-follow-text = Every step is on the timeline, with the legal deadline: 15 working days.
how-mediate-title = Talk it through
how-mediate-text = A certified mediator brings you and the responsible body together to agree on a solution.

levels-title = Three levels of mediation
level-local = Local: district and city akimats
level-regional = Regional: public mediation centres of the regions
level-national = National: the national mediation centre

stats-title = The portal today
stat-total = grievances filed
stat-open = being handled
stat-mediation = in mediation
stat-resolved = resolved

recent-title = Recent public grievances
recent-empty = No public grievances yet.
author-hidden = Name hidden

status-submitted = Submitted
status-accepted = Accepted
status-redirected = Redirected
status-extended = Deadline extended
status-answered = Answered
status-in_mediation = In mediation
status-resolved = Resolved
status-not_resolved = Not resolved
status-closed = Closed
status-rejected = Rejected
status-withdrawn = Withdrawn
status-reopened = Reopened
status-escalated = Escalated

track-title = Track a grievance
track-lead = Enter the tracking code you received when you filed.
track-label = Tracking code
track-hint = For example KZ-26-7F3K-92QD
track-submit = Show status
track-invalid = A tracking code looks like KZ-26-7F3K-92QD: "KZ", the year and two groups of four letters or digits.
track-not-found = No grievance has this tracking code. Check the code and try again.
track-status = Status
track-category = Category
track-place = Place
track-submitted = Filed on
track-due = Answer due by
track-overdue = The deadline has passed
track-days-left = { $n ->
    [one] 1 working day left
   *[other] { $n } working days left
}
track-private = This grievance is private: only its parties and the assigned staff see its text.

footer-text = Kenes is open-source software for citizen grievances and mediation.
notfound-title = Page not found
notfound-text = The page you asked for does not exist or has moved.
notfound-home = Go to the home page
